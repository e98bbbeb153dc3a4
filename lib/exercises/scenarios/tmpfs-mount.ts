/** tmpfs 마운트: memory-only scratch space, gone at stop, not in `docker diff`, --read-only. */
import type { Container } from '../../engine';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const TOKEN = '/tmp/token';

const tmpfsAt = (c: Container, path: string) =>
  c.mounts.find(
    (m) => m.type === 'tmpfs' && (path === m.destination || path.startsWith(`${m.destination}/`)),
  );

/** Running containers with a read-only root that wrote the token into a tmpfs. */
const tokenInTmpfs = (s: ExerciseState) =>
  s
    .containers()
    .filter(
      (c) =>
        c.hostConfig.readonlyRootfs &&
        s.running(c) &&
        tmpfsAt(c, TOKEN) !== undefined &&
        s.fileIn(c, TOKEN) !== undefined,
    );

/** The token landed in a writable layer (no tmpfs at /tmp): `docker diff` lists it. */
const tokenInLayer = (s: ExerciseState) => s.containers().some((c) => s.hasChange(c, 'A', TOKEN));

export const tmpfsMount: Scenario = {
  id: 'tmpfs-mount',
  title: '비밀 값을 tmpfs에 두고 읽기 전용 컨테이너 실행하기',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    // A cache container from before: its tmpfs holds a file that a restart will take away.
    setup: [
      'docker container run -d --name cache --tmpfs /cache diamol/base sleep 100000',
      "docker container exec cache sh -c 'echo warm > /cache/page.html'",
    ],
  },
  goals: [
    {
      id: 'token-in-tmpfs',
      label:
        '루트가 읽기 전용(`--read-only`)인 실행 중 컨테이너가 tmpfs인 `/tmp`에 `token`을 썼습니다',
      hint: "`docker container run -d --name app --read-only --tmpfs /tmp diamol/base sleep 100000`으로 실행하고 `docker container exec app sh -c 'echo s3cr3t > /tmp/token'`으로 쓰세요.",
      check: (s) => tokenInTmpfs(s).length > 0 && !tokenInLayer(s),
    },
    {
      id: 'sized',
      label: '크기(`size`)를 정한 tmpfs를 연결한 컨테이너가 있습니다',
      hint: '`--tmpfs /tmp:size=1m`이나 `--mount type=tmpfs,target=/tmp,tmpfs-size=1m`처럼 크기를 정하세요. `docker container exec 컨테이너 df -h /tmp`로 확인할 수 있습니다.',
      check: (s) =>
        s.containers().some((c) => c.mounts.some((m) => m.type === 'tmpfs' && m.tmpfsSize)),
    },
    {
      id: 'cache-cleared',
      label: '`cache` 컨테이너를 다시 시작했더니 tmpfs의 `page.html`이 사라졌습니다',
      hint: '`docker container restart cache` 뒤에 `docker container exec cache ls /cache`를 실행해 보세요.',
      check: (s) => {
        const c = s.container('cache');
        return (
          c !== undefined &&
          s.running(c) &&
          tmpfsAt(c, '/cache') !== undefined &&
          !s.listIn(c, '/cache').includes('page.html') &&
          (c.state.startedAt ?? 0) - c.created > 1000
        );
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '디스크에 남기고 싶지 않은 파일은 메모리에 두는 마운트, tmpfs에 쓰세요.',
    },
    {
      level: 'concept',
      text: 'tmpfs 마운트는 호스트의 메모리에만 있습니다. 기록 가능 레이어에 들어가지 않으니 `docker container diff`에도 나오지 않고, 컨테이너가 멈추면 내용이 사라집니다. `--read-only`로 루트를 읽기 전용으로 만들면 쓸 곳은 tmpfs와 볼륨뿐입니다.',
    },
    {
      level: 'command',
      text: "`docker container run -d --name app --read-only --tmpfs /tmp:size=1m diamol/base sleep 100000`, `docker container exec app sh -c 'echo s3cr3t > /tmp/token'`, `docker container restart cache`를 실행하세요.",
    },
  ],
  wrongAnswers: [
    {
      id: 'token-in-layer',
      example: [
        'docker container run -d --name app diamol/base sleep 100000',
        "docker container exec app sh -c 'echo s3cr3t > /tmp/token'",
      ],
      detect: tokenInLayer,
      explanation:
        '`/tmp`에 아무것도 연결하지 않아서 비밀 값이 기록 가능 레이어에 들어갔습니다. `docker container diff app`에 `A /tmp/token`이 보이고, 컨테이너를 지울 때까지 호스트 디스크에 남으며 `docker commit`으로 이미지에 들어갈 수도 있습니다. `--tmpfs /tmp`로 메모리에만 두세요.',
    },
    {
      id: 'volume-for-secret',
      example: [
        'docker container run -d --name app --read-only -v secrets:/tmp diamol/base sleep 100000',
        "docker container exec app sh -c 'echo s3cr3t > /tmp/token'",
      ],
      detect: (s) =>
        s.containers().some((c) => s.mount(c, '/tmp')?.type === 'volume' && s.fileIn(c, TOKEN)),
      explanation:
        '볼륨도 기록 가능 레이어 밖이라 `docker container diff`에는 나오지 않지만, 볼륨은 호스트 디스크(`/var/lib/docker/volumes`)에 남고 컨테이너를 지운 뒤에도 그대로입니다. 디스크에 남기지 않을 비밀 값은 메모리에만 있는 tmpfs(`--tmpfs /tmp`)에 두세요.',
    },
  ],
  solution: [
    'docker container run -d --name app --read-only --tmpfs /tmp:size=1m diamol/base sleep 100000',
    "docker container exec app sh -c 'echo s3cr3t > /tmp/token'",
    'docker container exec app df -h /tmp',
    'docker container diff app',
    'docker container restart cache',
    'docker container exec cache ls /cache',
  ],
};
