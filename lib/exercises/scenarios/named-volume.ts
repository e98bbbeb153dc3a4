/**
 * 도커 볼륨 사용하기: a named volume survives v1 → v2
 * (docs/semantics.md#s6-a-named-volume-survives-an-upgrade); VOLUME in a Dockerfile.
 */
import type { Volume } from '../../engine';
import type { Scenario } from '../model';
import { emptyVariable } from '../notices';
import { REPO, type ExerciseState } from '../state';

const V1 = 'diamol/ch06-todo-list';
const V2 = 'diamol/ch06-todo-list:v2';
const DIR = `${REPO}/ch06/exercises/volume-image`;

const v2Containers = (s: ExerciseState) => s.byImage(V2);

/** A named (not anonymous) volume's to-do items. */
const namedItems = (s: ExerciseState, v: Volume | undefined) =>
  v && !v.anonymous ? s.todoItems(v.data, '/todo-list.db') : [];

/**
 * A running v2 container reading, from a named volume at /data, an item it did not add itself
 * (its log names every item it added): the data outlived the container that wrote it.
 */
const upgraded = (s: ExerciseState) =>
  s.byImage(V1).length === 0 &&
  v2Containers(s).some((c) => {
    const items = namedItems(s, s.mount(c, '/data')?.volume);
    const log = s.logText(c);
    return s.running(c) && items.some((i) => !log.includes(`New item added: ${i}\n`));
  });

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
      label: '이름을 붙인 볼륨(예: `todo-data`)에 할 일이 담긴 `todo-list.db`가 있습니다',
      hint: '`-v todo-data:/data`처럼 이름을 적어 v1 컨테이너에 연결하면 그 이름의 볼륨이 없을 때 도커가 만들어 줍니다. 실행한 뒤 `curl -s -d item=bread http://localhost:8011/new`로 할 일을 추가하세요.',
      check: (s) => s.volumes().some((v) => namedItems(s, v).length > 0),
    },
    {
      id: 'upgraded',
      label:
        'v1 컨테이너를 모두 지우고 실행한 v2 컨테이너가 같은 볼륨에서 v1 때 추가한 할 일을 읽습니다',
      hint: '`docker container rm -f todo-v1` 다음, v1 때와 같은 볼륨 이름과 같은 경로(`/data`)로 `diamol/ch06-todo-list:v2`를 실행하세요.',
      check: upgraded,
    },
    {
      id: 'volume-instruction',
      label: 'Dockerfile에 `VOLUME /data`를 넣어 빌드한 이미지의 컨테이너가 익명 볼륨을 받았습니다',
      hint: '편집기에서 `ch06/exercises/volume-image/Dockerfile`에 `VOLUME /data`를 추가하고 `docker build -t volume-image .`으로 빌드한 뒤 실행하세요.',
      // Any image the learner built (the book's images all come with the machine).
      check: (s) =>
        s
          .containers()
          .some(
            (c) =>
              c.image.config.Volumes?.['/data'] !== undefined &&
              !c.image.repoTags.some((t) => t.startsWith('diamol/')) &&
              s.mount(c, '/data')?.volume?.anonymous === true,
          ),
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
      text: '`docker container run -d -p 8011:80 -v todo-data:/data --name todo-v1 diamol/ch06-todo-list`로 v1을 실행해 할 일을 추가하고, v1을 지운 뒤 같은 `-v todo-data:/data`로 `diamol/ch06-todo-list:v2`를 실행하세요. Dockerfile에는 `VOLUME /data` 한 줄을 추가합니다.',
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
            !c.mounts.some((m) => m.volume?.anonymous === false),
        ),
      explanation:
        'v2 컨테이너에 볼륨을 지정하지 않아서, 이미지의 `VOLUME /data` 때문에 새 익명 볼륨이 만들어졌습니다. 새 볼륨은 비어 있으므로 v1에서 추가한 할 일이 보이지 않습니다. 데이터는 여전히 v1 때 쓴 명명된 볼륨에 있으니 v2도 `-v 그 이름:/data`로 실행하세요.',
    },
    {
      id: 'wrong-target',
      example: [
        ...upToV1,
        `docker container run -d -p 8011:80 -v todo-list:/app/data --name todo-v2 ${V2}`,
      ],
      detect: (s) =>
        v2Containers(s).some((c) =>
          c.mounts.some((m) => m.volume?.anonymous === false && m.destination !== '/data'),
        ),
      explanation:
        '명명된 볼륨을 `/data`가 아닌 경로에 연결했습니다. 애플리케이션은 데이터베이스를 `/data/todo-list.db`에서 찾는데, `/data`에는 이미지의 VOLUME이 만든 빈 익명 볼륨이 연결되어 목록이 비어 보입니다. 컨테이너 쪽 경로는 v1 때와 같은 `/data`여야 합니다.',
    },
    {
      id: 'volumes-from-removed',
      example: [
        ...upToV1,
        `docker container run -d -p 8011:80 --volumes-from todo-v1 --name todo-v2 ${V2}`,
      ],
      detect: (s, line) => {
        const from = /--volumes-from[= ](\S+)/.exec(line)?.[1];
        return from !== undefined && s.container(from) === undefined;
      },
      explanation:
        '`--volumes-from`은 지금 있는 컨테이너의 마운트를 빌려 오는 옵션이라, 이미 삭제한 컨테이너를 가리키면 새 컨테이너가 만들어지지 않습니다. 명명된 볼륨은 컨테이너가 없어도 이름으로 연결할 수 있으니 `-v 볼륨이름:/data`를 쓰세요.',
    },
  ],
  notices: [
    emptyVariable(`docker container run -d -p 8011:80 -v todo-list:$target --name todo-v1 ${V1}`),
  ],
  solution: [
    `docker container run -d -p 8011:80 -v todo-data:/data --name todo-v1 ${V1}`,
    'curl -s -d item=bread http://localhost:8011/new',
    'docker container rm -f todo-v1',
    'docker volume ls',
    `docker container run -d -p 8011:80 -v todo-data:/data --name todo-v2 ${V2}`,
    'curl -s http://localhost:8011/list',
    'cd ch06/exercises/volume-image',
    "echo 'VOLUME /data' >> Dockerfile",
    'docker build -t volume-image .',
    'docker container run --name vi1 volume-image',
    "docker container inspect --format '{{.Mounts}}' vi1",
  ],
};
