/** 무상태 애플리케이션: replicas replaced one by one with a new version lose nothing. */
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const V1 = 'diamol/ch06-file-display';
const V2 = 'diamol/ch06-file-display:v2';
const NEW_URL = 'https://diamol.net\n';

const v2Replicas = (s: ExerciseState) =>
  ['f1', 'f2'].map((n) => s.container(n)).filter((c) => c && s.byImage(V2).includes(c));

export const statelessReplicas: Scenario = {
  id: 'stateless-replicas',
  title: '무상태 애플리케이션의 복제본을 하나씩 새 버전으로 교체하기',
  section: 'container-state',
  start: {
    cwd: REPO,
    files: {
      [`${REPO}/ch06/exercises/file-display-v2/Dockerfile`]:
        'FROM diamol/ch06-file-display\nCOPY input.txt /input.txt\n',
      [`${REPO}/ch06/exercises/file-display-v2/input.txt`]: NEW_URL,
    },
    setup: [`docker build -t ${V2} ch06/exercises/file-display-v2`],
  },
  goals: [
    {
      id: 'v2-replicas',
      label: '복제본 f1과 f2가 모두 새 버전 이미지(:v2)로 실행되었습니다',
      hint: '예전 복제본을 지운 자리에 같은 이름으로 :v2 이미지의 컨테이너를 실행하세요.',
      check: (s) => v2Replicas(s).filter((c) => c && s.exitedOk(c)).length === 2,
    },
    {
      id: 'v1-retired',
      label: '예전 버전(v1) 이미지로 만든 컨테이너가 하나도 남아 있지 않습니다',
      hint: '`docker container ls -a`로 남은 복제본을 확인하고, v1 컨테이너를 하나씩 삭제하세요.',
      check: (s) => s.byImage(V1).length === 0 && s.byImage(V2).length >= 2,
    },
    {
      id: 'nothing-kept',
      label: '새 복제본의 기록 가능 레이어는 비어 있고, 새 내용은 이미지에서 옵니다',
      hint: '`docker diff f1`이 아무것도 출력하지 않는다면 컨테이너가 지키던 데이터가 없다는 뜻입니다.',
      check: (s) => {
        const replicas = v2Replicas(s);
        return (
          replicas.length === 2 &&
          replicas.every(
            (c) => c && s.diff(c).length === 0 && s.fileIn(c, '/input.txt') === NEW_URL,
          )
        );
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '먼저 v1 이미지로 복제본 f1과 f2를 실행하고, 하나씩 새 버전으로 바꿔 보세요.',
    },
    {
      level: 'concept',
      text: '롤링 업데이트는 복제본 하나를 지우고 그 자리에 새 버전을 띄우는 일을 반복합니다. 컨테이너가 보관한 데이터가 없으니 지워도 잃을 것이 없습니다.',
    },
    {
      level: 'command',
      text: '`docker container rm -f f1`로 예전 복제본을 지운 다음 `docker container run --name f1 diamol/ch06-file-display:v2`를 실행하세요. f2도 같은 방법으로 바꿉니다.',
    },
  ],
  wrongAnswers: [
    {
      id: 'name-in-use',
      example: [
        `docker container run --name f1 ${V1}`,
        `docker container run --name f2 ${V1}`,
        `docker container run --name f1 ${V2}`,
      ],
      detect: (s, line) => {
        const name = /\brun\b.*--name[= ](\S+)/.exec(line)?.[1];
        const c = name ? s.container(name) : undefined;
        return line.includes(':v2') && c !== undefined && s.byImage(V1).includes(c);
      },
      explanation:
        '이름 f1은 아직 예전 복제본이 쓰고 있어서 새 컨테이너를 만들지 못했습니다. 컨테이너 이름은 하나뿐이므로, 예전 복제본을 먼저 `docker container rm -f f1`로 삭제한 다음 같은 이름으로 새 버전을 실행해야 합니다.',
    },
    {
      id: 'patch-in-place',
      example: [
        `docker container run --name f1 ${V1}`,
        'echo "https://diamol.net" > url.txt',
        'docker container cp url.txt f1:/input.txt',
      ],
      detect: (s) => s.byImage(V1).some((c) => s.hasChange(c, 'C', '/input.txt')),
      explanation:
        '실행 중인 복제본 안의 파일을 직접 고치면 그 복제본의 기록 가능 레이어에만 복사본이 생깁니다. 다른 복제본과 이미지는 그대로라서 복제본끼리 내용이 달라지고, 이 컨테이너를 지우는 순간 수정도 사라집니다. 새 버전은 이미지로 만들어 복제본을 교체하세요.',
    },
  ],
  solution: [
    `docker container run --name f1 ${V1}`,
    `docker container run --name f2 ${V1}`,
    'docker container rm -f f1',
    `docker container run --name f1 ${V2}`,
    'docker container rm -f f2',
    `docker container run --name f2 ${V2}`,
  ],
};
