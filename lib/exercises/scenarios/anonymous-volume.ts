/**
 * 도커 볼륨: VOLUME gives each container an anonymous volume; --volumes-from shares one
 * (docs/semantics.md#s4-volume-creates-an-anonymous-volume,
 * docs/semantics.md#s5-separate-and-shared-volumes).
 */
import type { Container, Volume } from '../../engine';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-todo-list';

/** The volume behind a container's /data. */
const dataVolume = (s: ExerciseState, name: string): Volume | undefined => {
  const c: Container | undefined = s.container(name);
  const m = c && s.mount(c, '/data');
  return m?.type === 'volume' ? m.volume : undefined;
};

/** todo1's volume, when it holds the to-do database. */
const todo1Data = (s: ExerciseState): Volume | undefined => {
  const v = dataVolume(s, 'todo1');
  return v && s.volumeFiles(v).includes('todo-list.db') ? v : undefined;
};

/** Other containers whose /data is todo1's volume, and how they got it. */
const sharers = (s: ExerciseState, how: 'volumes-from' | 'by-name') => {
  const v = todo1Data(s);
  return s.containers().filter((c) => {
    if (!v || c.name === 'todo1') return false;
    const m = s.mount(c, '/data');
    const from = c.hostConfig.volumesFrom.length > 0;
    return (
      m?.volume === v &&
      (how === 'volumes-from') === from &&
      s.listIn(c, '/data').includes('todo-list.db')
    );
  });
};

export const anonymousVolume: Scenario = {
  id: 'anonymous-volume',
  title: 'VOLUME이 만드는 익명 볼륨과 --volumes-from으로 볼륨 공유하기',
  section: 'volumes-and-mounts',
  start: { cwd: REPO, setup: [] },
  goals: [
    {
      id: 'anonymous',
      label: 'todo1의 `/data`에 이미지의 VOLUME이 만든 익명 볼륨이 연결되었습니다',
      hint: "`docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list`로 실행하고 `docker container inspect --format '{{.Mounts}}' todo1`을 확인하세요.",
      check: (s) => {
        const todo1 = s.container('todo1');
        return (
          todo1 !== undefined && s.running(todo1) && dataVolume(s, 'todo1')?.anonymous === true
        );
      },
    },
    {
      id: 'db-in-volume',
      label: '할 일을 추가해 `todo-list.db`가 기록 가능 레이어가 아닌 볼륨에 만들어졌습니다',
      hint: '`curl -s -d item=milk http://localhost:8010/new`로 할 일을 추가한 뒤 `docker diff todo1`을 확인하세요.',
      check: (s) => {
        const todo1 = s.container('todo1');
        const v = dataVolume(s, 'todo1');
        return (
          todo1 !== undefined &&
          v !== undefined &&
          s.todoItems(v.data, '/todo-list.db').length > 0 &&
          !s.diff(todo1).some((ch) => ch.path.startsWith('/data/'))
        );
      },
    },
    {
      id: 'own-volume',
      label: '같은 이미지로 실행한 다른 컨테이너(todo2)는 자기만의 새 익명 볼륨을 받았습니다',
      hint: '`docker container run --name todo2 -d diamol/ch06-todo-list`를 실행하고 `docker container exec todo2 ls /data`를 확인하세요.',
      check: (s) =>
        s.byImage(IMAGE).some((c) => {
          const v = c.name === 'todo1' ? undefined : dataVolume(s, c.name);
          return v?.anonymous === true && v !== dataVolume(s, 'todo1');
        }),
    },
    {
      id: 'shared',
      label:
        '`--volumes-from todo1`로 실행한 컨테이너(t3)가 todo1의 볼륨을 함께 써서 `todo-list.db`가 보입니다',
      hint: '`docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list`를 실행하세요.',
      check: (s) => sharers(s, 'volumes-from').length > 0,
    },
    {
      id: 'by-name',
      label:
        '`--volumes-from` 없이, 익명 볼륨의 이름(긴 ID)으로 todo1의 볼륨을 연결한 컨테이너에도 `todo-list.db`가 보입니다',
      hint: "익명 볼륨도 이름이 있습니다. `docker container inspect --format '{{(index .Mounts 0).Name}}' todo1`로 이름을 알아내 `-v 이름:/data`로 연결하세요.",
      check: (s) => sharers(s, 'by-name').length > 0,
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '볼륨을 지정하지 않고 할 일 목록 컨테이너를 실행한 다음, 어떤 마운트가 연결되었는지 확인해 보세요.',
    },
    {
      level: 'concept',
      text: '이미지에 `VOLUME /data`가 있으면 도커는 컨테이너마다 새 익명 볼륨을 만듭니다. 예전 볼륨을 다시 쓰려면 `--volumes-from`으로 다른 컨테이너의 볼륨을 그대로 연결하거나, 익명 볼륨에도 붙어 있는 긴 이름으로 직접 연결해야 합니다.',
    },
    {
      level: 'command',
      text: "`docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list`로 볼륨을 함께 쓰고, `vol=$(docker container inspect --format '{{(index .Mounts 0).Name}}' todo1)` 다음 `docker container run -d --name t4 -v $vol:/data diamol/ch06-todo-list`로 이름으로 연결하세요.",
    },
  ],
  wrongAnswers: [
    {
      id: 'shares-todo2',
      example: [
        `docker container run --name todo1 -d -p 8010:80 ${IMAGE}`,
        'curl -s -d item=milk http://localhost:8010/new',
        `docker container run --name todo2 -d ${IMAGE}`,
        `docker container run -d --name t3 --volumes-from todo2 ${IMAGE}`,
      ],
      detect: (s) => {
        const v = dataVolume(s, 'todo2');
        return (
          v !== undefined &&
          s.containers().some((c) => c.name !== 'todo2' && dataVolume(s, c.name) === v)
        );
      },
      explanation:
        't3가 todo1이 아니라 todo2의 볼륨을 연결했습니다. todo2의 익명 볼륨은 아직 비어 있으므로 t3의 `/data`에는 `todo-list.db`가 없습니다. `--volumes-from` 뒤에는 데이터를 가진 컨테이너, todo1을 적어야 합니다.',
    },
    {
      id: 'another-anonymous',
      example: [
        `docker container run --name todo1 -d -p 8010:80 ${IMAGE}`,
        'curl -s -d item=milk http://localhost:8010/new',
        `docker container run -d --name t3 -v /data ${IMAGE}`,
      ],
      // `-v /data` typed (Config.Volumes, not Binds): one more fresh anonymous volume at the same path.
      detect: (s) =>
        s
          .containers()
          .some(
            (c) =>
              c.name !== 'todo1' &&
              c.hostConfig.mounts.some(
                (m) => m.origin === 'v' && m.source === null && m.target === '/data',
              ),
          ),
      explanation:
        '`-v /data`처럼 경로만 적으면 도커는 또 하나의 새 익명 볼륨을 만듭니다. 같은 경로라도 볼륨은 컨테이너마다 따로 생기므로 t3의 `/data`는 비어 있습니다. todo1의 볼륨을 함께 쓰려면 `--volumes-from todo1`을 사용하세요.',
    },
    {
      id: 'container-name-as-volume',
      example: [
        `docker container run --name todo1 -d -p 8010:80 ${IMAGE}`,
        'curl -s -d item=milk http://localhost:8010/new',
        `docker container run -d --name t4 -v todo1:/data ${IMAGE}`,
      ],
      detect: (s) => s.volume('todo1') !== undefined,
      explanation:
        '`-v todo1:/data`의 `todo1`은 컨테이너가 아니라 볼륨의 이름으로 해석됩니다. 그런 볼륨이 없어서 도커가 빈 명명된 볼륨 `todo1`을 새로 만들었고, `/data`에는 `todo-list.db`가 없습니다. todo1의 익명 볼륨 이름(64자리 ID)은 `docker container inspect todo1`의 `Mounts`나 `docker volume ls`에서 찾으세요.',
    },
  ],
  solution: [
    `docker container run --name todo1 -d -p 8010:80 ${IMAGE}`,
    "docker container inspect --format '{{.Mounts}}' todo1",
    'docker volume ls',
    'curl -s -d item=milk http://localhost:8010/new',
    `docker container run --name todo2 -d ${IMAGE}`,
    'docker container exec todo2 ls /data',
    `docker container run -d --name t3 --volumes-from todo1 ${IMAGE}`,
    'docker container exec t3 ls /data',
    "vol=$(docker container inspect --format '{{(index .Mounts 0).Name}}' todo1)",
    `docker container run -d --name t4 -v $vol:/data ${IMAGE}`,
    'docker container exec t4 ls /data',
  ],
  predict: {
    question:
      'todo1에 할 일을 추가한 뒤 같은 이미지로 todo2를 실행했습니다. todo2의 `/data`에는 무엇이 있을까요?',
    choices: ['todo1이 만든 todo-list.db', '아무것도 없음', '이미지에 들어 있던 빈 todo-list.db'],
    answer: '아무것도 없음',
    explanation:
      'todo2에는 자기만의 새 익명 볼륨이 만들어졌습니다. 이미지의 `/data`도 비어 있어서 볼륨에 복사될 파일이 없고, 애플리케이션은 첫 요청을 받을 때에야 데이터베이스를 만듭니다. 레이어 보기에서 todo1과 todo2의 `/data`가 서로 다른 볼륨에 연결된 것을 확인하세요.',
    // todo2 runs with a fresh anonymous volume of its own at /data.
    reveal: (s) => {
      const v2 = dataVolume(s, 'todo2');
      return v2?.anonymous === true && v2 !== dataVolume(s, 'todo1');
    },
  },
};
