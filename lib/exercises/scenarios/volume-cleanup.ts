/** 볼륨 정리하기: dangling anonymous volumes, `docker rm -v`, in-use refusal, prune and -a. */
import type { Volume } from '../../engine';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const TODO = 'diamol/ch06-todo-list';

/** Volumes no container (running or stopped) uses: `docker volume ls --filter dangling=true`. */
const dangling = (s: ExerciseState): Volume[] =>
  s.volumes().filter((v) => !s.containers().some((c) => c.mounts.some((m) => m.volume === v)));

const todoListKept = (s: ExerciseState) => {
  const v = s.volume('todo-list');
  return v !== undefined && s.volumeFiles(v).includes('todo-list.db');
};

export const volumeCleanup: Scenario = {
  id: 'volume-cleanup',
  title: '남은 볼륨을 찾아 정리하고 쓰는 볼륨은 지키기',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    // What the earlier exercises leave behind: containers removed without -v (their anonymous
    // volumes dangle), a stopped container with its own, an old named volume, one in use.
    setup: [
      `docker container run -d --name todo1 ${TODO}`,
      `docker container run -d --name todo2 ${TODO}`,
      'docker container rm -f todo1 todo2',
      `docker container run -d --name todo-old ${TODO}`,
      'docker container stop todo-old',
      "docker container run --rm -v old-data:/data diamol/base sh -c 'echo 2019 > /data/old.txt'",
      // The list's database written directly: a request right after `run -d` may come too early.
      'docker container run --rm -v todo-list:/data diamol/base sh -c \'printf "SQLite format 3 (simulated)\\nTODO\\tkeep-me\\n" > /data/todo-list.db\'',
      `docker container run -d --name todo-v2 -p 8011:80 -v todo-list:/data ${TODO}:v2`,
    ],
  },
  goals: [
    {
      id: 'old-container-and-volume',
      label: '멈춘 `todo-old`를 지웠고, 어떤 컨테이너도 쓰지 않는 익명 볼륨이 남아 있지 않습니다',
      hint: '`docker container rm -v todo-old`는 컨테이너와 그 익명 볼륨을 함께 지웁니다. 이미 주인 없이 남은 익명 볼륨은 `docker volume prune`으로 지우세요.',
      check: (s) =>
        !s.container('todo-old') && !dangling(s).some((v) => v.anonymous) && todoListKept(s),
    },
    {
      id: 'old-named-removed',
      label:
        '아무도 쓰지 않는 명명된 볼륨 `old-data`를 지웠고, 쓰고 있는 `todo-list`는 남아 있습니다',
      hint: '도커 23부터 `docker volume prune`은 익명 볼륨만 지웁니다. 명명된 볼륨은 `docker volume rm old-data`나 `docker volume prune -a`로 지웁니다.',
      check: (s) => !s.volume('old-data') && todoListKept(s),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '먼저 `docker volume ls`와 `docker volume ls --filter dangling=true`로 무엇이 남아 있는지 보세요.',
    },
    {
      level: 'concept',
      text: '컨테이너를 지워도 볼륨은 남습니다. `-v`를 붙여 지우거나 `--rm`으로 실행한 컨테이너만 익명 볼륨을 함께 지웁니다. 쓰고 있는 볼륨은 지울 수 없고, `prune`은 어떤 컨테이너도 쓰지 않는 볼륨만 지웁니다.',
    },
    {
      level: 'command',
      text: '`docker container rm -v todo-old`, `docker volume prune -f`, `docker volume rm old-data` 순서로 실행한 뒤 `docker volume ls`로 확인하세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'rm-in-use',
      example: ['docker volume rm todo-list'],
      detect: (s, line) =>
        /\bvolume\s+rm\b.*\btodo-list\b/.test(line) && s.volume('todo-list') !== undefined,
      explanation:
        '`todo-list`는 실행 중인 `todo-v2`가 쓰고 있어서 `volume is in use` 오류로 거절되었습니다. 도커는 컨테이너가 연결한 볼륨을 지우지 않습니다. 이 볼륨은 할 일 데이터를 담고 있으니 남겨 두고, 아무도 쓰지 않는 볼륨만 정리하세요.',
    },
    {
      id: 'lost-todo-list',
      example: ['docker container rm -f todo-v2', 'docker volume prune -a -f'],
      detect: (s) => !todoListKept(s),
      explanation:
        '할 일 데이터가 든 `todo-list` 볼륨까지 지워졌습니다. `docker volume prune -a`는 그 순간 어떤 컨테이너도 쓰지 않는 명명된 볼륨을 모두 지우는데, 먼저 `todo-v2`를 지웠기 때문에 `todo-list`도 그 대상이 되었습니다. 되돌리기로 돌아가 `todo-v2`는 남겨 두고, 지울 볼륨은 이름으로 골라 지우세요.',
    },
  ],
  solution: [
    'docker volume ls',
    'docker volume ls --filter dangling=true',
    'docker container rm -v todo-old',
    'docker volume prune -f',
    'docker volume rm old-data',
    'docker volume ls',
    'docker system df',
  ],
};
