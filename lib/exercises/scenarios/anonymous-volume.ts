/** 도커 볼륨이 뭐야?: VOLUME gives each container an anonymous volume; --volumes-from shares one (S4, S5). */
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
      label: 'todo2는 자기만의 새 익명 볼륨을 받아 `/data`가 비어 있습니다',
      hint: '`docker container run --name todo2 -d diamol/ch06-todo-list`를 실행하고 `docker container exec todo2 ls /data`를 확인하세요.',
      check: (s) => {
        const v2 = dataVolume(s, 'todo2');
        return v2?.anonymous === true && v2 !== dataVolume(s, 'todo1');
      },
    },
    {
      id: 'shared',
      label: 't3는 `--volumes-from todo1`로 todo1의 볼륨을 함께 써서 `todo-list.db`가 보입니다',
      hint: '`docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list`를 실행하세요.',
      check: (s) => {
        const t3 = s.container('t3');
        const v = dataVolume(s, 't3');
        return (
          t3 !== undefined &&
          v !== undefined &&
          v === dataVolume(s, 'todo1') &&
          s.listIn(t3, '/data').includes('todo-list.db')
        );
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '볼륨을 지정하지 않고 할 일 목록 컨테이너를 실행한 다음, 어떤 마운트가 연결되었는지 확인해 보세요.',
    },
    {
      level: 'concept',
      text: '이미지에 `VOLUME /data`가 있으면 도커는 컨테이너마다 새 익명 볼륨을 만듭니다. 예전 볼륨을 다시 쓰려면 `--volumes-from`으로 다른 컨테이너의 볼륨을 그대로 연결해야 합니다.',
    },
    {
      level: 'command',
      text: '`docker container run --name todo2 -d diamol/ch06-todo-list`와 `docker container run -d --name t3 --volumes-from todo1 diamol/ch06-todo-list`를 실행하고 각각 `ls /data`를 확인하세요.',
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
        const v = dataVolume(s, 't3');
        return v !== undefined && v === dataVolume(s, 'todo2');
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
      detect: (s) => {
        const v = dataVolume(s, 't3');
        return (
          v?.anonymous === true && v !== dataVolume(s, 'todo1') && v !== dataVolume(s, 'todo2')
        );
      },
      explanation:
        '`-v /data`처럼 경로만 적으면 도커는 또 하나의 새 익명 볼륨을 만듭니다. 같은 경로라도 볼륨은 컨테이너마다 따로 생기므로 t3의 `/data`는 비어 있습니다. todo1의 볼륨을 함께 쓰려면 `--volumes-from todo1`을 사용하세요.',
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
