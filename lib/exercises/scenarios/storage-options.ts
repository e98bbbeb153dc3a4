/** 컨테이너 스토리지 구성 일반론: every storage option in one container, then the lab (S13). */
import type { Container } from '../../engine';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const LAB = 'diamol/ch06-lab';
const NFS = '/mnt/nfs';

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/** A container using a named volume, a local bind, a network-share bind and a tmpfs at once. */
const allMounts = (s: ExerciseState, c: Container) =>
  c.mounts.some((m) => m.type === 'volume' && m.volume?.anonymous === false) &&
  c.mounts.some((m) => m.type === 'bind' && !under(m.source, NFS)) &&
  c.mounts.some((m) => m.type === 'bind' && under(m.source, NFS)) &&
  c.mounts.some((m) => m.type === 'tmpfs') &&
  s.running(c);

/** The lab's answer: config from a read-only bind, data in volume ch06-lab at /new-data. */
const labAnswers = (s: ExerciseState) =>
  s.byImage(LAB).filter((c) => {
    const config = s.mount(c, '/app/config');
    return (
      s.running(c) &&
      config?.type === 'bind' &&
      !config.rw &&
      (s.fileIn(c, '/app/config/config.json') ?? '').includes('/new-data/todo-list.db') &&
      s.mount(c, '/new-data')?.name === 'ch06-lab'
    );
  });

const clear = 'docker container rm -f $(docker container ls -aq)';

export const storageOptions: Scenario = {
  id: 'storage-options',
  title: '다섯 가지 스토리지를 한 컨테이너에 연결하고 6장 연습 문제 풀기',
  section: 'container-filesystem',
  start: {
    cwd: REPO,
    // Containers left over from earlier exercises, for the lab's first step to clear.
    setup: [
      'docker container run --name f1 diamol/ch06-file-display',
      'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list',
    ],
  },
  goals: [
    {
      id: 'cleared',
      label: '앞 실습에서 남은 컨테이너(f1, todo1)를 모두 지웠습니다',
      hint: '`docker container rm -f $(docker container ls -aq)`는 모든 컨테이너의 ID를 모아 한 번에 지웁니다.',
      check: (s) => s.container('f1') === undefined && s.container('todo1') === undefined,
    },
    {
      id: 'all-mounts',
      label:
        '한 컨테이너에 명명된 볼륨, 로컬 바인드 마운트, 네트워크 공유 바인드 마운트, tmpfs를 함께 연결했습니다',
      hint: '`-v`로 볼륨을, `--mount type=bind`로 호스트 디렉터리와 `/mnt/nfs/config`를, `--tmpfs`로 메모리 디렉터리를 연결하세요.',
      check: (s) => s.containers().some((c) => allMounts(s, c)),
    },
    {
      id: 'writable-layer',
      label: '그 컨테이너의 기록 가능 레이어에도 파일을 하나 썼습니다',
      hint: '마운트가 없는 경로(예: `/tmp`)에 `docker container exec`로 파일을 만들고 `docker diff`로 확인하세요.',
      check: (s) =>
        s
          .containers()
          .some(
            (c) =>
              allMounts(s, c) &&
              s
                .diff(c)
                .some(
                  (ch) =>
                    ch.kind === 'A' &&
                    !c.mounts.some(
                      (m) => under(m.destination, ch.path) || under(ch.path, m.destination),
                    ),
                ),
          ),
    },
    {
      id: 'lab-empty-start',
      label:
        '연습 문제: 설정은 읽기 전용 바인드 마운트로, 데이터는 `/new-data`에 연결한 볼륨 `ch06-lab`으로 옮긴 컨테이너가 실행 중입니다',
      hint: '`ch06/lab/solution`의 `config.json`은 데이터베이스 경로를 `/new-data/todo-list.db`로 바꿉니다. 이 디렉터리를 `/app/config`에 연결하세요.',
      check: (s) => labAnswers(s).length > 0,
    },
    {
      id: 'lab-saved',
      label:
        '연습 문제: 새로 추가한 할 일이 볼륨 `ch06-lab`에 저장되었고, 이미지의 미리 채운 목록은 그대로입니다',
      hint: '`curl -s -d item=saved http://localhost:8016/new`로 할 일을 추가하세요.',
      check: (s) => {
        const v = s.volume('ch06-lab');
        const lab = labAnswers(s)[0];
        return (
          v !== undefined &&
          lab !== undefined &&
          s.todoItems(v.data, '/todo-list.db').length > 0 &&
          s.todoItems(s.view(lab), '/init-data/todo-list.db').length > 0
        );
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '위 그림의 스토리지를 하나씩 컨테이너에 연결해 보세요. 연습 문제는 이미지를 다시 빌드하지 않고 마운트만으로 풉니다.',
    },
    {
      level: 'concept',
      text: '빈 볼륨을 이미지에 이미 있는 디렉터리(`/init-data`)에 연결하면 이미지의 데이터베이스가 복사되어 목록이 채워진 채로 시작합니다. 이미지에 없는 새 경로(`/new-data`)를 설정으로 가리키고 거기에 볼륨을 연결하면 빈 목록으로 시작합니다.',
    },
    {
      level: 'command',
      text: '`ch06/lab`에서 `docker container run -d -p 8016:80 --mount type=bind,source=$configSource,target=$configTarget,readonly --volume ch06-lab:$dataTarget diamol/ch06-lab`을 실행하세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'volume-at-init-data',
      example: [clear, `docker container run -d -p 8016:80 --volume ch06-lab2:/init-data ${LAB}`],
      detect: (s) => s.byImage(LAB).some((c) => s.mount(c, '/init-data')?.type === 'volume'),
      explanation:
        '빈 볼륨을 이미지에 이미 있는 `/init-data`에 연결했습니다. 도커는 빈 볼륨에 그 디렉터리의 내용을 복사하므로 이미지의 `todo-list.db`가 볼륨으로 옮겨져 목록이 채워진 채로 시작합니다. 설정으로 데이터베이스 경로를 이미지에 없는 `/new-data`로 바꾸고 거기에 볼륨을 연결하세요.',
    },
    {
      id: 'volume-at-data',
      example: [clear, `docker container run -d -p 8016:80 --volume ch06-lab:/data ${LAB}`],
      detect: (s) => s.byImage(LAB).some((c) => s.mount(c, '/data')?.name === 'ch06-lab'),
      explanation:
        '연습 문제 이미지는 `appsettings.json`에서 데이터베이스를 `/init-data/todo-list.db`로 지정합니다. `/data`에 연결한 볼륨 `ch06-lab`은 아무도 쓰지 않고, 할 일은 여전히 기록 가능 레이어의 `/init-data`에 쌓여 컨테이너와 함께 사라집니다.',
    },
    {
      id: 'config-as-volume',
      example: [
        'cd ch06/lab',
        `docker container run -d -p 8016:80 -v solution:/app/config --volume ch06-lab:/new-data ${LAB}`,
      ],
      detect: (s) => s.volume('solution') !== undefined,
      explanation:
        '`-v solution:/app/config`의 `solution`은 호스트 디렉터리가 아니라 새 명명된 볼륨의 이름으로 해석됩니다. 빈 볼륨이 연결되어 `config.json`이 없으니 데이터베이스 경로가 바뀌지 않았고, 목록은 미리 채워진 그대로입니다. `--mount type=bind,source="$(pwd)/solution",target=/app/config,readonly`를 쓰세요.',
    },
    {
      id: 'config-without-volume',
      example: [
        'cd ch06/lab',
        `docker container run -d -p 8016:80 --mount type=bind,source="$(pwd)/solution",target=/app/config,readonly ${LAB}`,
      ],
      detect: (s) =>
        s
          .byImage(LAB)
          .some(
            (c) =>
              s.running(c) &&
              s.mount(c, '/app/config')?.type === 'bind' &&
              s.mount(c, '/new-data') === undefined,
          ),
      explanation:
        '설정 덕분에 빈 목록으로 시작하지만, `/new-data`에 아무것도 연결하지 않아서 데이터베이스가 기록 가능 레이어에 만들어집니다. 컨테이너를 지우면 할 일도 함께 사라집니다. `--volume ch06-lab:/new-data`를 더해 데이터를 볼륨에 두세요.',
    },
  ],
  solution: [
    clear,
    'docker container run -d --name all-storage -p 8014:80 -v todo-data:/data --mount type=bind,source="$(pwd)/ch06/exercises/todo-list/config",target=/app/config,readonly --mount type=bind,source=/mnt/nfs/config,target=/shared-config,readonly --tmpfs /cache diamol/ch06-todo-list',
    "docker container exec all-storage sh -c 'echo cached > /tmp/result.txt'",
    'docker container diff all-storage',
    `docker container run -d -p 8015:80 ${LAB}`,
    'curl -s http://localhost:8015/list',
    'docker volume create ch06-lab',
    'cd ch06/lab',
    "configSource=\"$(pwd)/solution\" && configTarget='/app/config' && dataTarget='/new-data'",
    `docker container run -d -p 8016:80 --mount type=bind,source=$configSource,target=$configTarget,readonly --volume ch06-lab:$dataTarget ${LAB}`,
    'curl -s -d item=saved http://localhost:8016/new',
    'curl -s http://localhost:8016/list',
  ],
  predict: {
    question:
      '연습 문제 이미지에 빈 볼륨을 `--volume ch06-lab2:/init-data`로 연결하면 목록은 어떻게 보일까요?',
    choices: ['빈 목록', '미리 채워진 목록', '데이터베이스가 없다는 오류'],
    answer: '미리 채워진 목록',
    explanation:
      '`/init-data`는 이미지에 이미 있는 디렉터리이고 새 볼륨은 완전히 비어 있으므로, 도커가 이미지의 `todo-list.db`를 볼륨으로 복사합니다. 레이어 보기에서 볼륨에 `todo-list.db`가 생긴 것을 확인하세요. 빈 목록으로 시작하려면 이미지에 없는 경로(`/new-data`)를 쓰도록 설정을 바꾸고 거기에 볼륨을 연결해야 합니다.',
    // The reference solution never mounts /init-data: the question's own command reveals it.
    reveal: (s) => s.byImage(LAB).some((c) => s.mount(c, '/init-data')?.type === 'volume'),
    example: [
      `docker container run -d -p 8017:80 --volume ch06-lab2:/init-data ${LAB}`,
      'curl -s http://localhost:8017/list',
    ],
  },
};
