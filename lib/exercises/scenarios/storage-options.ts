/** 컨테이너 스토리지 구성 일반론: every storage option in one container, then the lab (S13). */
import { type Container, readTodoConfig } from '../../engine';
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

/** An item the lab image's own database holds: seen only when the list did not start empty. */
const PREFILLED = 'Finish the chapter 6 lab';

/** Where the lab app keeps its database, read from its config as the app reads it. */
function dbPath(s: ExerciseState, c: Container): string | undefined {
  const config = readTodoConfig(s.view(c));
  return 'error' in config ? undefined : config.databasePath;
}

/** The mount serving a path in the container (the deepest one above it), if any. */
const mountOf = (c: Container, path: string) =>
  c.mounts
    .filter((m) => under(path, m.destination))
    .sort((a, b) => b.destination.length - a.destination.length)[0];

/** Lab containers whose database sits in a mount of `kind`, and the items they read there. */
function labData(s: ExerciseState, kind: 'named' | 'anonymous' | 'none') {
  return s.byImage(LAB).flatMap((c) => {
    const path = dbPath(s, c);
    if (path === undefined) return [];
    const m = mountOf(c, path);
    const where = !m?.volume ? (m ? 'other' : 'none') : m.volume.anonymous ? 'anonymous' : 'named';
    if (where !== kind) return [];
    return [{ c, path, items: s.todoItems(s.view(c), path) }];
  });
}

/**
 * The lab's answer, however it is reached (a config moving the database into a named volume,
 * or an empty volume at /init-data with volume-nocopy): a running lab container whose list
 * did not start from the image's pre-filled database and lives in a named volume.
 */
const labAnswers = (s: ExerciseState) =>
  labData(s, 'named').filter(({ c, items }) => s.running(c) && !items.includes(PREFILLED));

const clear = 'docker container rm -f $(docker container ls -aq)';

/** The reference solution's own config: the database moved to a path the image lacks. */
const CONFIG = '{"ConnectionStrings": {"ToDoDb": "Filename=/todo-data/todo-list.db"}}';
const LAB_MOUNTS =
  '--mount type=bind,source="$(pwd)/ch06/lab/config",target=/app/config,readonly -v lab-data:/todo-data';

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
        '연습 문제: 같은 이미지로 실행한 컨테이너가 빈 목록으로 시작하고, 데이터베이스를 명명된 볼륨에 둡니다',
      hint: '애플리케이션은 `/app/config/config.json`의 `ConnectionStrings:ToDoDb`로 데이터베이스 경로를 바꿀 수 있습니다. 이미지에 없는 경로를 가리키는 설정 파일을 직접 써서 읽기 전용으로 연결하고, 그 경로에 명명된 볼륨을 연결하세요.',
      check: (s) => labAnswers(s).length > 0,
    },
    {
      id: 'lab-saved',
      label:
        '연습 문제: 컨테이너를 지우고 같은 볼륨으로 다시 실행한 컨테이너가, 앞 컨테이너에서 추가한 할 일을 읽습니다',
      hint: '`curl -s -d item=saved http://localhost:8016/new`로 할 일을 추가하고, 컨테이너를 지운 뒤 같은 옵션으로 다시 실행해 `curl -s http://localhost:8016/list`로 확인하세요.',
      // An item the running container did not add itself (its log names each one it added).
      check: (s) =>
        labAnswers(s).some(({ c, items }) =>
          items.some((i) => !s.logText(c).includes(`New item added: ${i}\n`)),
        ),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '위 그림의 스토리지를 하나씩 컨테이너에 연결해 보세요. 연습 문제는 이미지를 다시 빌드하지 않고 설정 파일과 마운트만으로 풉니다.',
    },
    {
      level: 'concept',
      text: '빈 볼륨을 이미지에 이미 있는 디렉터리(`/init-data`)에 연결하면 이미지의 데이터베이스가 복사되어 목록이 채워진 채로 시작합니다. 설정으로 데이터베이스 경로를 이미지에 없는 새 경로로 바꾸고 거기에 명명된 볼륨을 연결하면 빈 목록으로 시작하고, 컨테이너를 바꿔도 볼륨 이름으로 데이터를 이어 쓸 수 있습니다.',
    },
    {
      level: 'command',
      text: `\`mkdir -p ch06/lab/config\`, \`echo '${CONFIG}' > ch06/lab/config/config.json\` 다음 \`docker container run -d --name lab1 -p 8016:80 ${LAB_MOUNTS} ${LAB}\`을 실행하세요. 할 일을 추가하고 lab1을 지운 뒤 같은 옵션으로 lab2를 실행해 목록을 확인합니다.`,
    },
  ],
  wrongAnswers: [
    {
      id: 'volume-at-init-data',
      example: [clear, `docker container run -d -p 8016:80 --volume ch06-lab2:/init-data ${LAB}`],
      // The empty volume took the image's database (with volume-nocopy it would not).
      detect: (s) =>
        s.byImage(LAB).some((c) => {
          const v = s.mount(c, '/init-data')?.volume;
          return v !== undefined && s.todoItems(v.data, '/todo-list.db').includes(PREFILLED);
        }),
      explanation:
        '빈 볼륨을 이미지에 이미 있는 `/init-data`에 연결했습니다. 도커는 빈 볼륨에 그 디렉터리의 내용을 복사하므로 이미지의 `todo-list.db`가 볼륨으로 옮겨져 목록이 채워진 채로 시작합니다. 설정으로 데이터베이스 경로를 이미지에 없는 경로로 바꾸고 거기에 볼륨을 연결하세요(`--mount`의 `volume-nocopy`로 복사를 막는 방법도 있습니다).',
    },
    {
      id: 'config-as-volume',
      example: [
        'cd ch06/lab',
        `docker container run -d -p 8016:80 -v solution:/app/config --volume ch06-lab:/new-data ${LAB}`,
      ],
      detect: (s) => s.byImage(LAB).some((c) => s.mount(c, '/app/config')?.type === 'volume'),
      explanation:
        '`-v solution:/app/config`처럼 `/`나 `.`로 시작하지 않는 이름은 호스트 디렉터리가 아니라 명명된 볼륨의 이름으로 해석됩니다. 빈 볼륨이 연결되어 `config.json`이 없으니 데이터베이스 경로가 바뀌지 않았고, 목록은 미리 채워진 그대로입니다. 설정 폴더는 `--mount type=bind,source="$(pwd)/폴더",target=/app/config,readonly`로 연결하세요.',
    },
    {
      id: 'volume-elsewhere',
      example: [clear, `docker container run -d -p 8016:80 --volume ch06-lab:/data ${LAB}`],
      // A named volume is there, but the database path (from the config) is not under it.
      detect: (s) =>
        s
          .byImage(LAB)
          .some(
            (c) =>
              c.mounts.some((m) => m.volume?.anonymous === false) &&
              labData(s, 'named').every((d) => d.c !== c),
          ),
      explanation:
        '명명된 볼륨을 연결했지만, 애플리케이션이 데이터베이스를 쓰는 경로는 그 볼륨 밖에 있습니다. 연습 문제 이미지는 `appsettings.json`에서 데이터베이스를 `/init-data/todo-list.db`로 지정하고, `/app/config/config.json`이 있으면 그 경로를 바꿉니다. 볼륨은 설정이 가리키는 디렉터리에 연결해야 합니다. 지금은 할 일이 볼륨이 아닌 곳에 쌓입니다.',
    },
    {
      id: 'config-without-volume',
      example: [
        'cd ch06/lab',
        `docker container run -d -p 8016:80 --mount type=bind,source="$(pwd)/solution",target=/app/config,readonly ${LAB}`,
      ],
      // The config moved the database to a path no mount serves: the writable layer.
      detect: (s) => labData(s, 'none').some(({ c }) => s.mount(c, '/app/config')?.type === 'bind'),
      explanation:
        '설정 덕분에 빈 목록으로 시작하지만, 설정이 가리키는 데이터베이스 경로에 아무것도 연결하지 않아서 데이터베이스가 기록 가능 레이어에 만들어집니다. 컨테이너를 지우면 할 일도 함께 사라집니다. 그 경로의 디렉터리에 명명된 볼륨을 더하세요(예: `-v ch06-lab:/new-data`).',
    },
    {
      id: 'anonymous-data',
      example: [
        'mkdir -p ch06/lab/mine',
        `echo '{"ConnectionStrings": {"ToDoDb": "Filename=/data/todo-list.db"}}' > ch06/lab/mine/config.json`,
        `docker container run -d -p 8016:80 --mount type=bind,source="$(pwd)/ch06/lab/mine",target=/app/config,readonly ${LAB}`,
      ],
      detect: (s) => labData(s, 'anonymous').length > 0,
      explanation:
        '데이터베이스가 이미지의 `VOLUME /data`가 만든 익명 볼륨에 들어갑니다. 컨테이너를 지워도 익명 볼륨은 남지만, 새 컨테이너는 또 새 익명 볼륨을 받으므로 할 일이 이어지지 않습니다. `-v ch06-lab:/data`처럼 이름을 붙인 볼륨을 연결하면 다시 실행할 때 같은 이름으로 이어 쓸 수 있습니다.',
    },
  ],
  solution: [
    clear,
    'docker container run -d --name all-storage -p 8014:80 -v todo-data:/data --mount type=bind,source="$(pwd)/ch06/exercises/todo-list/config",target=/app/config,readonly --mount type=bind,source=/mnt/nfs/config,target=/shared-config,readonly --tmpfs /cache diamol/ch06-todo-list',
    "docker container exec all-storage sh -c 'echo cached > /tmp/result.txt'",
    'docker container diff all-storage',
    `docker container run -d -p 8015:80 ${LAB}`,
    'curl -s http://localhost:8015/list',
    'mkdir -p ch06/lab/config',
    `echo '${CONFIG}' > ch06/lab/config/config.json`,
    `docker container run -d --name lab1 -p 8016:80 ${LAB_MOUNTS} ${LAB}`,
    'curl -s http://localhost:8016/list',
    'curl -s -d item=saved http://localhost:8016/new',
    'docker container rm -f lab1',
    `docker container run -d --name lab2 -p 8016:80 ${LAB_MOUNTS} ${LAB}`,
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
    reveal: (s) =>
      s.byImage(LAB).some((c) => {
        const v = s.mount(c, '/init-data')?.volume;
        return v !== undefined && s.todoItems(v.data, '/todo-list.db').includes(PREFILLED);
      }),
    example: [
      `docker container run -d -p 8017:80 --volume ch06-lab2:/init-data ${LAB}`,
      'curl -s http://localhost:8017/list',
    ],
  },
};
