/** 도커 볼륨을 어떻게 사용해?: a named volume survives v1 → v2 (S6); VOLUME in a Dockerfile. */
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const V1 = 'diamol/ch06-todo-list';
const V2 = 'diamol/ch06-todo-list:v2';
const DIR = `${REPO}/ch06/exercises/volume-image`;

const v2Containers = (s: ExerciseState) => s.byImage(V2);

const upToV1 = [
  "target='/data'",
  'docker volume create todo-list',
  `docker container run -d -p 8011:80 -v todo-list:$target --name todo-v1 ${V1}`,
  'curl -s -d item=bread http://localhost:8011/new',
  'docker container rm -f todo-v1',
];

export const namedVolume: Scenario = {
  id: 'named-volume',
  title: '명명된 볼륨으로 v1에서 v2로 업데이트해도 데이터 지키기',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    files: { [`${DIR}/Dockerfile`]: 'FROM diamol/base\nCMD ["ls", "/data"]\n' },
    setup: [],
  },
  goals: [
    {
      id: 'named',
      label: '명명된 볼륨 `todo-list`에 할 일이 담긴 `todo-list.db`가 있습니다',
      hint: '`docker volume create todo-list`로 볼륨을 만들고 `-v todo-list:/data`로 v1 컨테이너에 연결한 뒤 할 일을 추가하세요.',
      check: (s) => {
        const v = s.volume('todo-list');
        return v !== undefined && !v.anonymous && s.todoItems(v.data, '/todo-list.db').length > 0;
      },
    },
    {
      id: 'upgraded',
      label: 'v1 컨테이너를 지우고 실행한 v2 컨테이너가 같은 볼륨에서 예전 할 일을 읽습니다',
      hint: '`docker container rm -f todo-v1` 다음 `-v todo-list:$target`으로 `diamol/ch06-todo-list:v2`를 실행하세요.',
      check: (s) =>
        s.container('todo-v1') === undefined &&
        v2Containers(s).some((c) => {
          const m = s.mount(c, '/data');
          return (
            s.running(c) &&
            m?.name === 'todo-list' &&
            s.todoItems(s.view(c), '/data/todo-list.db').length > 0
          );
        }),
    },
    {
      id: 'volume-instruction',
      label: 'Dockerfile에 `VOLUME /data`를 넣어 빌드한 이미지의 컨테이너가 익명 볼륨을 받았습니다',
      hint: '편집기에서 `ch06/exercises/volume-image/Dockerfile`에 `VOLUME /data`를 추가하고 `docker build -t volume-image .`으로 빌드한 뒤 실행하세요.',
      check: (s) => {
        const image = s.image('volume-image');
        if (!image?.config.Volumes?.['/data']) return false;
        return s
          .containers()
          .some((c) => c.image === image && s.mount(c, '/data')?.volume?.anonymous === true);
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '데이터를 컨테이너 밖, 이름이 있는 볼륨에 두면 컨테이너를 바꿔도 데이터가 남습니다.',
    },
    {
      level: 'concept',
      text: '명명된 볼륨은 컨테이너와 생애주기가 따로입니다. v1 컨테이너를 삭제해도 볼륨은 남고, v2 컨테이너를 실행할 때 같은 이름으로 다시 연결하면 됩니다. `VOLUME` 인스트럭션은 경로만 기록하므로 실행할 때 아무것도 연결하지 않으면 익명 볼륨이 생깁니다.',
    },
    {
      level: 'command',
      text: '`docker container run -d -p 8011:80 -v todo-list:$target --name todo-v2 diamol/ch06-todo-list:v2`로 v2를 실행하세요. Dockerfile에는 `VOLUME /data` 한 줄을 추가합니다.',
    },
  ],
  wrongAnswers: [
    {
      id: 'v2-without-volume',
      example: [...upToV1, `docker container run -d -p 8011:80 --name todo-v2 ${V2}`],
      detect: (s) =>
        v2Containers(s).some(
          (c) =>
            s.mount(c, '/data')?.volume?.anonymous === true &&
            !c.mounts.some((m) => m.name === 'todo-list'),
        ),
      explanation:
        'v2 컨테이너에 볼륨을 지정하지 않아서, 이미지의 `VOLUME /data` 때문에 새 익명 볼륨이 만들어졌습니다. 새 볼륨은 비어 있으므로 v1에서 추가한 할 일이 보이지 않습니다. 데이터는 여전히 볼륨 `todo-list`에 있으니 v2도 `-v todo-list:$target`으로 실행하세요.',
    },
    {
      id: 'wrong-target',
      example: [
        ...upToV1,
        `docker container run -d -p 8011:80 -v todo-list:/app/data --name todo-v2 ${V2}`,
      ],
      detect: (s) =>
        v2Containers(s).some((c) =>
          c.mounts.some((m) => m.name === 'todo-list' && m.destination !== '/data'),
        ),
      explanation:
        '볼륨 `todo-list`를 `/data`가 아닌 경로에 연결했습니다. 애플리케이션은 데이터베이스를 `/data/todo-list.db`에서 찾는데, `/data`에는 이미지의 VOLUME이 만든 빈 익명 볼륨이 연결되어 목록이 비어 보입니다. 컨테이너 쪽 경로는 v1 때와 같은 `$target`(`/data`)이어야 합니다.',
    },
    {
      id: 'volumes-from-removed',
      example: [
        ...upToV1,
        `docker container run -d -p 8011:80 --volumes-from todo-v1 --name todo-v2 ${V2}`,
      ],
      detect: (s, line) =>
        s.container('todo-v1') === undefined && /--volumes-from[= ]todo-v1\b/.test(line),
      explanation:
        '`--volumes-from`은 지금 있는 컨테이너의 마운트를 빌려 오는 옵션이라, 이미 삭제한 todo-v1을 가리키면 컨테이너가 만들어지지 않습니다. 명명된 볼륨은 컨테이너가 없어도 이름으로 연결할 수 있으니 `-v todo-list:$target`을 쓰세요.',
    },
  ],
  solution: [
    ...upToV1,
    'docker volume ls',
    `docker container run -d -p 8011:80 -v todo-list:$target --name todo-v2 ${V2}`,
    'curl -s http://localhost:8011/list',
    'cd ch06/exercises/volume-image',
    "echo 'VOLUME /data' >> Dockerfile",
    'docker build -t volume-image .',
    'docker container run --name vi1 volume-image',
    "docker container inspect --format '{{.Mounts}}' vi1",
  ],
};
