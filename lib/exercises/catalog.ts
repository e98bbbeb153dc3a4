/**
 * The exercises' catalog: one entry per subsection's `<Playground scenario="..." />`.
 *
 * Invariant: every `scenario` named in content/*.mdx is an id here, and every id here is used by
 * exactly one page (checked by `npm run check:content`). Until the engine lands (issues 5–7) an
 * entry is a declared placeholder: it names the exercise and the first command a reader will run,
 * which the server-rendered placeholder shows.
 */
export type ScenarioStatus = 'placeholder';

export interface ScenarioEntry {
  /** Stable ASCII id used in MDX. */
  id: string;
  /** Korean title shown above the playground. */
  title: string;
  /** The first command of the exercise, exactly as the reader will type it. */
  firstCommand: string;
  status: ScenarioStatus;
}

export const scenarioCatalog: readonly ScenarioEntry[] = [
  {
    id: 'stateless-replicas',
    title: '무상태 애플리케이션의 복제본을 하나씩 새 버전으로 교체하기',
    firstCommand: 'docker container run --name f1 diamol/ch06-file-display',
    status: 'placeholder',
  },
  {
    id: 'writable-layers',
    title: '같은 이미지로 만든 두 컨테이너의 기록 가능 레이어 비교하기',
    firstCommand: 'docker container run --name rn1 diamol/ch06-random-number',
    status: 'placeholder',
  },
  {
    id: 'copy-on-write',
    title: '이미지 파일 수정하기: 기록 중 복사와 화이트아웃 확인하기',
    firstCommand: 'docker container run --name f1 diamol/ch06-file-display',
    status: 'placeholder',
  },
  {
    id: 'writable-layer-lifetime',
    title: '컨테이너를 삭제하면 기록 가능 레이어도 사라진다',
    firstCommand: 'docker container run --name f2 diamol/ch06-file-display',
    status: 'placeholder',
  },
  {
    id: 'anonymous-volume',
    title: 'VOLUME이 만드는 익명 볼륨과 --volumes-from으로 볼륨 공유하기',
    firstCommand: 'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
    status: 'placeholder',
  },
  {
    id: 'named-volume',
    title: '명명된 볼륨으로 v1에서 v2로 업데이트해도 데이터 지키기',
    firstCommand: "target='/data'",
    status: 'placeholder',
  },
  {
    id: 'bind-mount',
    title: '호스트 디렉터리를 바인드 마운트하고 설정 파일을 읽기 전용으로 연결하기',
    firstCommand: 'source="$(pwd)/databases" && target=\'/data\'',
    status: 'placeholder',
  },
  {
    id: 'mount-limits',
    title: '마운트가 가리는 디렉터리, 합쳐지는 단일 파일 마운트, 분산 스토리지의 한계',
    firstCommand: 'cd ./ch06/exercises/bind-mount',
    status: 'placeholder',
  },
  {
    id: 'union-layers',
    title: '유니언 파일 시스템: 레이어를 하나씩 쌓아 합쳐진 뷰 읽기',
    firstCommand: 'docker system df -v',
    status: 'placeholder',
  },
  {
    id: 'storage-options',
    title: '다섯 가지 스토리지를 한 컨테이너에 연결하고 6장 연습 문제 풀기',
    firstCommand: 'docker container rm -f $(docker container ls -aq)',
    status: 'placeholder',
  },
];

export function findScenario(id: string): ScenarioEntry | undefined {
  return scenarioCatalog.find((s) => s.id === id);
}
