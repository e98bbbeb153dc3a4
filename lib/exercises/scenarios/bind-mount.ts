/**
 * 바인드 마운트: bind a host dir (docs/semantics.md#s7-bind-mount-a-host-directory), read-only
 * config (docs/semantics.md#s8-a-read-only-config-bind), a non-root USER on a bind mount.
 */
import type { Container } from '../../engine';
import type { Scenario } from '../model';
import { emptyVariable, usesEmptyVariable } from '../notices';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-todo-list';
const LOGGER = `${REPO}/ch06/exercises/logger`;
const NFS = '/mnt/nfs';

/** Running to-do containers whose /data is a bind of a local host folder (any name). */
const dbBinds = (s: ExerciseState) =>
  s.byImage(IMAGE).filter((c) => {
    const m = s.mount(c, '/data');
    return m?.type === 'bind' && !m.source.startsWith(`${NFS}/`) && s.running(c);
  });

/** Whether the host's logs folder lets every user write (o+w, as `chmod 777` leaves it). */
const worldWritable = (s: ExerciseState, dir: string) =>
  s.hostExists(dir) && (s.hostFs.stat(dir).mode & 0o002) !== 0;

/** Non-root loggers that wrote run.txt into their bind mount. */
const nonRootWriters = (s: ExerciseState): Container[] =>
  loggers(s).filter(
    (c) =>
      !s.runsAsRoot(c) && s.exitedOk(c) && s.hostExists(`${s.mount(c, '/logs')!.source}/run.txt`),
  );

/** Containers writing to a bind mount at /logs (the logger image's target). */
const loggers = (s: ExerciseState): Container[] =>
  s.containers().filter((c) => s.mount(c, '/logs')?.type === 'bind');

/** Host folders bound into a container that Docker created as root (`-v` with a missing path). */
const rootOwnedBinds = (s: ExerciseState) =>
  s
    .containers()
    .flatMap((c) =>
      c.mounts.filter(
        (m) =>
          m.type === 'bind' &&
          m.source.startsWith(`${REPO}/`) &&
          s.hostFs.stat(m.source).kind === 'dir' &&
          s.hostFs.stat(m.source).uid === 0,
      ),
    );

const loggerSetup = ['cd ch06/exercises/logger', 'mkdir logs', 'docker build -t logger .'];
const runLogger = (flags: string, name = 'logger1') =>
  `docker container run --name ${name}${flags} --mount type=bind,source="$(pwd)/logs",target=/logs logger`;

export const bindMount: Scenario = {
  id: 'bind-mount',
  title: '호스트 디렉터리를 바인드 마운트하고 설정 파일을 읽기 전용으로 연결하기',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    files: {
      [`${LOGGER}/Dockerfile`]:
        'FROM diamol/base\nUSER 2000\nCMD ["sh", "-c", "echo written > /logs/run.txt"]\n',
    },
    setup: [],
  },
  goals: [
    {
      id: 'db-on-host',
      label:
        '할 일 목록의 데이터베이스가 바인드 마운트한 호스트 폴더(예: `./databases`)에 만들어졌습니다',
      hint: '`mkdir ./databases`로 폴더를 먼저 만들고 `--mount type=bind,source="$(pwd)/databases",target=/data`로 실행한 뒤 `curl`로 요청하세요.',
      check: (s) =>
        dbBinds(s).some((c) => s.hostExists(`${s.mount(c, '/data')!.source}/todo-list.db`)),
    },
    {
      id: 'both-ways',
      label: '호스트에서 그 폴더에 만든 파일이 컨테이너의 `/data`에 곧바로 보입니다',
      hint: '호스트에서 `echo hello > ./databases/note.txt`를 실행한 뒤 `docker container exec <컨테이너> ls /data`로 확인하세요.',
      // A file the learner made on the host (owned by learner, not by the container's root).
      check: (s) =>
        dbBinds(s).some((c) => {
          const dir = s.mount(c, '/data')!.source;
          return s
            .hostList(dir)
            .some(
              (n) => s.hostFs.stat(`${dir}/${n}`).uid !== 0 && s.listIn(c, '/data').includes(n),
            );
        }),
    },
    {
      id: 'config-readonly',
      label: '설정 폴더를 `/app/config`에 읽기 전용으로 연결해 로그에 `dbug:` 줄이 보입니다',
      hint: '`cd ./ch06/exercises/todo-list`에서 `--mount type=bind,source="$(pwd)/config",target=/app/config,readonly`로 실행하고 `curl`로 요청한 뒤 `docker container logs`를 보세요.',
      check: (s) =>
        s.containers().some((c) => {
          const m = s.mount(c, '/app/config');
          return m?.type === 'bind' && !m.rw && s.logText(c).includes('dbug:');
        }),
    },
    {
      id: 'non-root-writes',
      label:
        'root가 아닌 사용자로 실행한 컨테이너가, 모두에게 쓰기를 열지 않은 `logs`에 `run.txt`를 썼습니다',
      hint: 'learner가 만든 `logs`는 `drwxr-xr-x`(주인 UID 1000)라서 이미지의 `USER 2000`은 쓸 수 없습니다. 폴더 주인의 UID로 실행하거나(`--user 1000`), 폴더의 주인을 이미지의 사용자로 바꾸세요(`sudo chown 2000 logs`).',
      check: (s) => nonRootWriters(s).some((c) => !worldWritable(s, s.mount(c, '/logs')!.source)),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '호스트의 디렉터리를 컨테이너의 디렉터리로 만들어 보세요. 데이터베이스용 디렉터리와 설정 디렉터리, 로그 디렉터리 세 가지입니다.',
    },
    {
      level: 'concept',
      text: '바인드 마운트는 호스트 디렉터리를 그대로 컨테이너에 보여 주므로 양쪽의 변경이 곧바로 서로에게 보입니다. 권한도 호스트의 것이 그대로 적용되어, 컨테이너 프로세스의 사용자(UID)가 마운트한 디렉터리에 쓸 권한을 가져야 합니다. 컨테이너는 마운트한 디렉터리로 곧바로 들어가므로 호스트의 상위 디렉터리 권한은 따지지 않습니다.',
    },
    {
      level: 'command',
      text: '`--mount type=bind,source="$(pwd)/databases",target=/data`로 데이터베이스를, `--mount type=bind,source="$(pwd)/config",target=/app/config,readonly`로 설정을 연결하세요. 권한 오류는 `docker container run --name logger2 --user 1000 --mount type=bind,source="$(pwd)/logs",target=/logs logger`로 해결합니다(또는 `sudo chown 2000 logs` 뒤에 다시 실행).',
    },
  ],
  wrongAnswers: [
    {
      id: 'volume-not-bind',
      example: [`docker container run -v databases:/data -d -p 8012:80 ${IMAGE}`],
      detect: (s) => s.volume('databases') !== undefined,
      explanation:
        '`-v databases:/data`의 `databases`는 `/`나 `.`로 시작하지 않아서 호스트 디렉터리가 아니라 명명된 볼륨의 이름으로 해석됩니다. 도커가 볼륨 `databases`를 새로 만들었고, 데이터베이스는 호스트의 `./databases`가 아니라 그 볼륨에 저장됩니다. 호스트 폴더를 연결하려면 `mkdir ./databases`로 폴더를 먼저 만든 다음 `-v "$(pwd)/databases":/data`처럼 절대 경로를 쓰거나 `--mount type=bind`를 사용하세요. 폴더를 만들지 않고 `-v`를 쓰면 도커가 root 소유로 만들어서, 호스트에서 그 안에 파일을 만들 수 없습니다.',
    },
    {
      id: 'missing-source',
      example: [
        'source="$(pwd)/databases" && target=\'/data\'',
        `docker container run --mount type=bind,source=$source,target=$target -d -p 8012:80 ${IMAGE}`,
      ],
      detect: (s, line) =>
        /--mount\s+\S*type=bind/.test(line) &&
        /target=(\$target|\/data)\b/.test(line) &&
        !usesEmptyVariable(s, line) &&
        s.cwd === REPO &&
        !s.hostExists('databases') &&
        // The run failed: no container got a bind at /data.
        !s.byImage(IMAGE).some((c) => s.mount(c, '/data')?.type === 'bind'),
      explanation:
        '`--mount type=bind`는 호스트 경로가 이미 있어야 합니다. `./databases`가 없어서 `bind source path does not exist` 오류가 났고 컨테이너는 실행되지 않았습니다. 먼저 `mkdir ./databases`로 디렉터리를 만드세요.',
    },
    {
      id: 'chmod-777-too-open',
      example: [...loggerSetup, 'chmod 777 logs', runLogger('')],
      detect: (s) => nonRootWriters(s).some((c) => worldWritable(s, s.mount(c, '/logs')!.source)),
      explanation:
        '이번에는 UID 2000이 `run.txt`를 썼습니다. 컨테이너는 마운트한 `logs`로 곧바로 들어가므로 호스트의 상위 디렉터리(`/home/learner`, `drwxr-x---`)는 따지지 않고 `logs` 자신의 권한만 봅니다. 그래서 777이면 누구나 쓸 수 있습니다. 문제는 바로 그 “누구나”입니다. 777은 이 컨테이너뿐 아니라 호스트의 모든 사용자와 모든 컨테이너에 폴더를 엽니다. `chmod 755 logs`로 되돌린 다음, 폴더 주인의 UID로 실행하거나(`--user 1000`) 폴더의 주인을 이미지의 사용자로 바꾸세요(`sudo chown 2000 logs`).',
    },
    {
      id: 'run-as-root',
      example: [...loggerSetup, runLogger(' --user root')],
      detect: (s) => loggers(s).some((c) => s.runsAsRoot(c) && s.exitedOk(c)),
      explanation:
        'root로 실행하면 권한 오류는 사라지지만, 이미지가 `USER 2000`으로 일부러 낮춰 둔 권한을 되돌린 것입니다. 호스트의 `logs/run.txt`도 root 소유가 되어 learner는 그 내용을 고칠 수 없습니다(`logs`의 주인은 learner라서 지울 수는 있지만, `rm`이 쓰기 보호된 파일을 지울지 먼저 묻습니다). 폴더 주인의 UID로 실행하면(`--user 1000`) 최소 권한을 지키면서 쓸 수 있습니다.',
    },
  ],
  notices: [
    emptyVariable(
      `docker container run --mount type=bind,source=$source,target=$target -d -p 8012:80 ${IMAGE}`,
    ),
    {
      id: 'root-owned-folder',
      example: [`docker container run -v "$(pwd)/databases":/data -d -p 8012:80 ${IMAGE}`],
      detect: (s) => rootOwnedBinds(s).length > 0,
      text: '`-v`에 없는 호스트 경로를 적으면 도커가 그 폴더를 만들어 줍니다. 다만 도커 데몬이 root로 만들기 때문에 폴더의 주인이 root입니다(`ls -ld databases`). learner는 그 안에 파일을 만들 수 없어서 `echo hello > ./databases/note.txt`가 `Permission denied`로 실패합니다. `sudo chown learner: databases`로 주인을 바꾸거나, 다음부터는 `mkdir`로 폴더를 먼저 만든 뒤 연결하세요.',
    },
  ],
  solution: [
    'mkdir ./databases',
    `docker container run --name todo-db --mount type=bind,source="$(pwd)/databases",target=/data -d -p 8012:80 ${IMAGE}`,
    'curl -s http://localhost:8012',
    'ls ./databases',
    "echo 'from the host' > ./databases/note.txt",
    'docker container exec todo-db ls /data',
    'cd ./ch06/exercises/todo-list',
    `docker container run --name todo-configured -d -p 8013:80 --mount type=bind,source="$(pwd)/config",target=/app/config,readonly ${IMAGE}`,
    'curl -s http://localhost:8013',
    'docker container logs todo-configured',
    'cd ../logger',
    'mkdir logs',
    'docker build -t logger .',
    runLogger(''),
    runLogger(' --user 1000', 'logger2'),
    'ls -l logs',
  ],
};
