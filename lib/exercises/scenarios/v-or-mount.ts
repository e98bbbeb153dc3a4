/** -v 또는 --mount: the same bind written both ways; a missing host path created by -v only. */
import type { Container } from '../../engine';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const TODO = 'diamol/ch06-todo-list';
const CONFIG = `${REPO}/ch06/exercises/todo-list/config`;
const HOME = '/home/learner';

/** `-v` entries with a source (HostConfig.Binds), split into host path, container path and mode. */
const binds = (c: Container) =>
  c.hostConfig.binds.map((b) => {
    const [source = '', target = '', mode = ''] = b.split(':');
    return { source, target, mode };
  });

/** A read-only bind of the config folder at /app/config, written with `-v` or with `--mount`. */
const configBind = (s: ExerciseState, c: Container, origin: 'v' | 'mount') => {
  const m = s.mount(c, '/app/config');
  if (m?.type !== 'bind' || m.rw || m.source !== CONFIG) return false;
  return origin === 'v'
    ? binds(c).some((b) => b.target.replace(/\/$/, '') === '/app/config')
    : c.hostConfig.mounts.some((spec) => spec.type === 'bind' && spec.target === '/app/config');
};

/** Folders in the learner's home owned by root: what `-v` makes of a missing host path. */
function rootOwnedDirs(s: ExerciseState, dir = HOME): string[] {
  return s.hostList(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    const st = s.hostFs.lstat(path);
    if (st.kind !== 'dir') return [];
    return st.uid === 0 ? [path] : rootOwnedDirs(s, path);
  });
}

export const vOrMount: Scenario = {
  id: 'v-or-mount',
  title: '같은 마운트를 -v와 --mount로 써 보고 차이 확인하기',
  section: 'volumes-and-mounts',
  start: { cwd: REPO, setup: [] },
  goals: [
    {
      id: 'v-readonly',
      label: '`-v`로 `config` 폴더를 `/app/config`에 읽기 전용으로 연결한 컨테이너가 있습니다',
      hint: '`-v "$(pwd)/config":/app/config:ro`처럼 세 번째 칸에 `ro`를 적습니다.',
      check: (s) => s.containers().some((c) => configBind(s, c, 'v')),
    },
    {
      id: 'mount-readonly',
      label: '같은 연결을 `--mount`로 쓴 컨테이너가 있습니다',
      hint: '`--mount type=bind,source="$(pwd)/config",target=/app/config,readonly`처럼 키=값으로 적습니다.',
      check: (s) => s.containers().some((c) => configBind(s, c, 'mount')),
    },
    {
      id: 'v-created',
      label: '없는 호스트 경로를 `-v`에 적어, 도커가 root 소유로 만든 폴더를 확인했습니다',
      hint: '`docker container run --rm -v "$(pwd)/nothere":/x diamol/base true` 뒤에 `ls -ld nothere`를 보세요. 같은 경로를 `--mount`로 적으면 오류가 납니다.',
      check: (s) => rootOwnedDirs(s).length > 0,
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '같은 바인드 마운트를 두 가지 문법으로 써 보고, 없는 경로를 주었을 때 두 문법이 어떻게 다른지 보세요.',
    },
    {
      level: 'concept',
      text: '`-v`는 `원본:대상:옵션`을 콜론으로 이어 쓰고, 원본이 `/`로 시작하면 바인드 마운트, 아니면 볼륨 이름으로 읽습니다. `--mount`는 `type=`, `source=`, `target=`을 이름으로 적습니다. 없는 호스트 경로를 `-v`는 만들어 주고 `--mount`는 거절합니다.',
    },
    {
      level: 'command',
      text: '`docker container run -d --name with-v -v "$(pwd)/config":/app/config:ro diamol/ch06-todo-list`와 `docker container run -d --name with-mount --mount type=bind,source="$(pwd)/config",target=/app/config,readonly diamol/ch06-todo-list`를 실행하세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'relative-source',
      example: [
        `docker container run -d --name with-mount --mount type=bind,source=config,target=/app/config,readonly ${TODO}`,
      ],
      detect: (_s, line) =>
        /--mount[= ]\S*type=bind/.test(line) && /\b(source|src)=(?![/"'$])/.test(line),
      explanation:
        '`--mount`의 `source`는 절대 경로여야 해서 `mount path must be absolute` 오류가 났습니다. `-v`와 달리 상대 경로를 받아 주지 않습니다. `source="$(pwd)/config"`처럼 현재 디렉터리를 앞에 붙이세요.',
    },
    {
      id: 'v-name-is-volume',
      example: [`docker container run -d --name with-v -v config:/app/config:ro ${TODO}`],
      detect: (s) => s.volume('config') !== undefined,
      explanation:
        '`-v config:/app/config`의 `config`는 `/`로 시작하지 않아서 호스트 폴더가 아니라 볼륨 이름으로 읽혔습니다. 도커가 빈 볼륨 `config`를 새로 만들어 연결했으니 설정 파일은 보이지 않습니다. `-v "$(pwd)/config":/app/config:ro`처럼 절대 경로를 쓰세요. `--mount`라면 `type=bind`로 뜻을 분명히 적습니다.',
    },
  ],
  solution: [
    'cd ch06/exercises/todo-list',
    `docker container run -d --name with-v -v "$(pwd)/config":/app/config:ro ${TODO}`,
    `docker container run -d --name with-mount --mount type=bind,source="$(pwd)/config",target=/app/config,readonly ${TODO}`,
    "docker container inspect --format '{{json .Mounts}}' with-v with-mount",
    'docker container run --rm --mount type=bind,source="$(pwd)/nothere",target=/x diamol/base true',
    'docker container run --rm -v "$(pwd)/nothere":/x diamol/base true',
    'ls -ld nothere',
  ],
};
