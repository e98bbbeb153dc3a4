/** 볼륨 백업과 복원: tar in a helper container with --volumes-from, restore into a new volume. */
import { gunzipSync } from 'fflate';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const TODO = 'diamol/ch06-todo-list';
const ITEM = 'keep-me';

/** Files under the learner's checkout, recursively. */
function hostFiles(s: ExerciseState, dir = REPO): string[] {
  return s.hostList(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    const kind = s.hostFs.lstat(path).kind;
    return kind === 'dir' ? hostFiles(s, path) : kind === 'file' ? [path] : [];
  });
}

/** Whether the bytes of a tar (or gzipped tar) archive hold the to-do item. */
function holdsItem(bytes: Uint8Array): boolean {
  let data = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      data = gunzipSync(bytes);
    } catch {
      return false;
    }
  }
  const needle = [...ITEM].map((ch) => ch.charCodeAt(0));
  return data.some((_, i) => needle.every((b, k) => data[i + k] === b));
}

const backups = (s: ExerciseState) =>
  hostFiles(s).filter((p) => /\.(tar|tgz|tar\.gz)$/.test(p) && holdsItem(s.hostFs.readFile(p)));

/** Volumes other than the original that hold the database at their top, with the item. */
const restored = (s: ExerciseState) =>
  s
    .volumes()
    .filter((v) => v.name !== 'todo-list' && s.todoItems(v.data, '/todo-list.db').includes(ITEM));

export const volumeBackup: Scenario = {
  id: 'volume-backup',
  title: '볼륨을 tar로 백업하고 새 볼륨에 복원하기',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    setup: [
      // The list's database written directly: a request right after `run -d` may come too early.
      'docker container run --rm -v todo-list:/data diamol/base sh -c \'printf "SQLite format 3 (simulated)\\nTODO\\tkeep-me\\n" > /data/todo-list.db\'',
      `docker container run -d --name todo-v1 -p 8011:80 -v todo-list:/data ${TODO}`,
    ],
  },
  goals: [
    {
      id: 'backup-made',
      label: '`todo-list` 볼륨의 내용을 담은 tar 파일이 호스트에 있습니다',
      hint: '볼륨과 호스트 폴더를 함께 연결한 컨테이너에서 묶으세요: `docker container run --rm --volumes-from todo-v1 -v "$(pwd)":/backup alpine:3.9 tar cf /backup/todo.tar /data`',
      check: (s) => backups(s).length > 0,
    },
    {
      id: 'restored',
      label: '새 볼륨에 백업을 풀어 `todo-list.db`가 볼륨 맨 위에 있습니다',
      hint: '`docker container run --rm -v todo-restored:/data -v "$(pwd)":/backup alpine:3.9 tar xf /backup/todo.tar -C /`처럼 `/`에 풀면 `data/`가 `/data`로 돌아갑니다.',
      check: (s) => restored(s).length > 0,
    },
    {
      id: 'verified',
      label: '복원한 볼륨으로 실행한 할 일 목록 앱이 예전 할 일을 보여 줍니다',
      hint: '`docker container run -d -p 8012:80 -v todo-restored:/data diamol/ch06-todo-list` 뒤에 `curl -s http://localhost:8012/list`로 확인하세요.',
      check: (s) =>
        s
          .byImage(TODO)
          .some((c) => s.running(c) && restored(s).some((v) => s.mount(c, '/data')?.volume === v)),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '볼륨은 파일 하나로 복사할 수 없습니다. 볼륨과 호스트 폴더를 함께 연결한 컨테이너에서 `tar`로 묶으세요.',
    },
    {
      level: 'concept',
      text: '`--volumes-from todo-v1`은 `todo-v1`의 볼륨을 같은 경로(`/data`)에 연결하고, `-v "$(pwd)":/backup`은 호스트의 현재 폴더를 연결합니다. 그 사이에서 `tar`가 볼륨을 파일 하나로 묶거나 풉니다.',
    },
    {
      level: 'command',
      text: '`docker container run --rm --volumes-from todo-v1 -v "$(pwd)":/backup alpine:3.9 tar cf /backup/todo.tar /data`로 백업하고, `docker container run --rm -v todo-restored:/data -v "$(pwd)":/backup alpine:3.9 tar xf /backup/todo.tar -C /`로 복원하세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'backup-without-volume',
      example: [
        'docker container run --rm -v "$(pwd)":/backup alpine:3.9 tar cf /backup/todo.tar /data',
      ],
      detect: (s, line) =>
        /\btar\s+-?c/.test(line) &&
        !/--volumes-from|todo-list:/.test(line) &&
        backups(s).length === 0,
      explanation:
        '이 컨테이너에는 `todo-list` 볼륨이 연결되지 않아서 `/data`가 없습니다. `tar`가 오류를 내고 빈 아카이브만 남았습니다. `--volumes-from todo-v1`로 `todo-v1`의 볼륨을 같은 경로에 연결하거나, `-v todo-list:/data`로 볼륨을 이름으로 연결하세요.',
    },
    {
      id: 'nested-restore',
      example: [
        'docker container run --rm --volumes-from todo-v1 -v "$(pwd)":/backup alpine:3.9 tar cf /backup/todo.tar /data',
        'docker container run --rm -v todo-restored:/data -v "$(pwd)":/backup alpine:3.9 tar xf /backup/todo.tar -C /data',
      ],
      detect: (s) =>
        s
          .volumes()
          .some(
            (v) =>
              v.name !== 'todo-list' &&
              s.todoItems(v.data, '/data/todo-list.db').includes(ITEM) &&
              !restored(s).includes(v),
          ),
      explanation:
        '백업의 경로는 `data/todo-list.db`입니다. 그것을 `/data`에 풀어서 볼륨 안에 `data/data/` 한 단계가 더 생겼고, 앱은 `/data/todo-list.db`를 찾지 못합니다. `tar xf … -C /`로 루트에 풀거나, 백업할 때 `-C /data .`로 볼륨 안의 내용만 묶으세요.',
    },
  ],
  solution: [
    'docker container run --rm --volumes-from todo-v1 -v "$(pwd)":/backup alpine:3.9 tar cf /backup/todo.tar /data',
    'tar tf todo.tar',
    'docker volume create todo-restored',
    'docker container run --rm -v todo-restored:/data -v "$(pwd)":/backup alpine:3.9 tar xf /backup/todo.tar -C /',
    `docker container run -d --name todo-check -p 8012:80 -v todo-restored:/data ${TODO}`,
    'curl -s http://localhost:8012/list',
  ],
};
