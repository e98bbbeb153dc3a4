/**
 * 마운트의 한계: shadowing (docs/semantics.md#s9-a-mount-hides-the-image-directory), single-file
 * merge (docs/semantics.md#s10-a-single-file-bind-merges), volume copy vs bind, network share
 * (docs/semantics.md#s11-a-network-share-lacks-operations).
 */
import type { Scenario } from '../model';
import { emptyVariable, usesEmptyVariable } from '../notices';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-bind-mount';

const listers = (s: ExerciseState) => s.byImage(IMAGE).filter((c) => s.exitedOk(c));
const same = (a: string[], b: string[]) => a.join('\n') === b.join('\n');

export const mountLimits: Scenario = {
  id: 'mount-limits',
  title: '마운트가 가리는 디렉터리, 합쳐지는 단일 파일 마운트, 분산 스토리지의 한계',
  section: 'volumes-and-mounts',
  start: { cwd: REPO, setup: [] },
  goals: [
    {
      id: 'hidden',
      label:
        '호스트 디렉터리(예: `new`)를 `/init`에 마운트하자 이미지의 `abc.txt`, `def.txt`가 가려졌습니다',
      hint: '`cd ./ch06/exercises/bind-mount`에서 `--mount type=bind,source="$(pwd)/new",target=/init`으로 실행하세요.',
      // Any non-empty host folder: the container lists only its files, none of the image's.
      check: (s) =>
        listers(s).some((c) => {
          const m = s.mount(c, '/init');
          const host = m?.type === 'bind' ? s.hostList(m.source) : [];
          return host.length > 0 && same(s.listIn(c, '/init'), host) && !host.includes('abc.txt');
        }),
    },
    {
      id: 'merged',
      label: '파일 하나(`123.txt`)를 마운트하자 `/init`에 이미지의 파일과 함께 나타났습니다',
      hint: '`source="$(pwd)/new/123.txt",target=/init/123.txt`처럼 파일 하나를 마운트해 보세요.',
      // Any one file bound into /init appears beside the image's files.
      check: (s) =>
        listers(s).some((c) =>
          c.mounts.some((m) => {
            const name = m.destination.slice('/init/'.length);
            return (
              m.type === 'bind' &&
              m.destination.startsWith('/init/') &&
              !name.includes('/') &&
              same(s.listIn(c, '/init'), [...new Set([name, 'abc.txt', 'def.txt'])].sort())
            );
          }),
        ),
    },
    {
      id: 'volume-copy',
      label: '비어 있던 명명된 볼륨을 `/init`에 연결하자 이미지의 파일이 볼륨으로 복사되었습니다',
      hint: '`docker volume create v1`로 빈 볼륨을 만들고 `-v v1:/init`으로 연결하세요.',
      check: (s) =>
        listers(s).some((c) => {
          const v = s.mount(c, '/init')?.volume;
          return v !== undefined && !v.anonymous && same(s.volumeFiles(v), ['abc.txt', 'def.txt']);
        }),
    },
    {
      id: 'bind-no-copy',
      label:
        '빈 호스트 디렉터리를 `/init`에 바인드 마운트하면 아무것도 복사되지 않고 비어 보입니다',
      hint: '`mkdir empty`로 빈 디렉터리를 만들고 `source="$(pwd)/empty",target=/init`으로 마운트하세요.',
      check: (s) =>
        listers(s).some((c) => {
          const m = s.mount(c, '/init');
          return (
            m?.type === 'bind' &&
            s.hostList(m.source).length === 0 &&
            s.listIn(c, '/init').length === 0
          );
        }),
    },
    {
      id: 'network-share',
      label:
        '네트워크 공유(`/mnt/nfs`)에 데이터베이스를 둔 컨테이너가 지원하지 않는 동작 때문에 실패했습니다',
      hint: '`docker container run -d --name db-on-nfs -v /mnt/nfs/data:/data diamol/ch06-todo-list`를 실행하고 로그를 보세요.',
      check: (s) =>
        s.containers().some((c) => {
          const m = s.mount(c, '/data');
          return (
            m?.type === 'bind' &&
            (m.source === '/mnt/nfs' || m.source.startsWith('/mnt/nfs/')) &&
            c.state.status === 'exited' &&
            c.state.exitCode !== 0
          );
        }),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '마운트 없이, 디렉터리를 마운트해서, 파일 하나만 마운트해서 같은 이미지를 실행하고 출력되는 파일 목록을 비교해 보세요.',
    },
    {
      level: 'concept',
      text: '디렉터리 마운트는 기존 디렉터리를 통째로 가리고, 파일 하나를 마운트하면 디렉터리 안에 그 파일만 얹힙니다. 완전히 빈 볼륨만이 연결될 때 이미지의 내용을 한 번 복사받고, 바인드 마운트는 절대 복사받지 않습니다.',
    },
    {
      level: 'command',
      text: '`docker volume create v1`과 `docker container run -v v1:/init diamol/ch06-bind-mount`로 복사를, `mkdir empty` 후 `--mount type=bind,source="$(pwd)/empty",target=/init`으로 복사되지 않는 경우를 확인하세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'wrong-directory',
      example: [
        'source="$(pwd)/new" && target=\'/init\'',
        `docker container run --mount type=bind,source=$source,target=$target ${IMAGE}`,
      ],
      detect: (s, line) =>
        /--mount\s+\S*type=bind/.test(line) &&
        /(\$source|\/new\b)/.test(line) &&
        !usesEmptyVariable(s, line) &&
        s.cwd === REPO &&
        !s.hostExists(`${REPO}/new`),
      explanation:
        '`$(pwd)`는 명령을 실행한 위치에서 계산됩니다. `~/diamol`에서 실행했기 때문에 `$source`가 없는 경로 `~/diamol/new`를 가리켜 `bind source path does not exist` 오류가 났습니다. 먼저 `cd ./ch06/exercises/bind-mount`로 이동한 다음 `source`를 다시 정하세요.',
    },
    {
      id: 'volume-named-new',
      example: ['cd ./ch06/exercises/bind-mount', `docker container run -v new:/init ${IMAGE}`],
      detect: (s) => s.volume('new') !== undefined,
      explanation:
        '`-v new:/init`의 `new`는 호스트의 `new` 디렉터리가 아니라 새 명명된 볼륨의 이름입니다. 빈 볼륨이 만들어져 이미지의 `abc.txt`, `def.txt`를 복사받았기 때문에, 가려지기는커녕 이미지의 파일이 그대로 출력되었습니다. 호스트 디렉터리는 `--mount type=bind,source="$(pwd)/new",target=/init`으로 연결하세요.',
    },
  ],
  notices: [
    emptyVariable(`docker container run --mount type=bind,source=$source,target=$target ${IMAGE}`),
  ],
  solution: [
    'cd ./ch06/exercises/bind-mount',
    'source="$(pwd)/new" && target=\'/init\'',
    `docker container run ${IMAGE}`,
    `docker container run --mount type=bind,source=$source,target=$target ${IMAGE}`,
    `docker container run --mount type=bind,source="$(pwd)/new/123.txt",target=/init/123.txt ${IMAGE}`,
    'docker volume create v1',
    `docker container run -v v1:/init ${IMAGE}`,
    'mkdir empty',
    `docker container run --mount type=bind,source="$(pwd)/empty",target=/init ${IMAGE}`,
    'docker container run -d --name db-on-nfs -v /mnt/nfs/data:/data diamol/ch06-todo-list',
    'docker container logs db-on-nfs',
  ],
  predict: {
    question: '비어 있는 볼륨 v1을 `-v v1:/init`으로 연결해 실행하면 무엇이 출력될까요?',
    choices: ['abc.txt와 def.txt', '아무것도 출력되지 않음', '123.txt와 456.txt'],
    answer: 'abc.txt와 def.txt',
    explanation:
      '완전히 빈 볼륨을 이미지에 이미 있는 디렉터리에 연결하면, 도커가 컨테이너를 만들 때 그 디렉터리의 내용을 볼륨으로 한 번 복사합니다. 레이어 보기에서 볼륨 v1에 `abc.txt`, `def.txt`가 생긴 것을 확인하세요. 같은 자리에 빈 호스트 디렉터리를 바인드 마운트하면 복사가 없어서 아무것도 보이지 않습니다.',
    // A container listed /init with a named volume there (the empty volume got the image's files).
    reveal: (s) =>
      listers(s).some((c) => {
        const v = s.mount(c, '/init')?.volume;
        return v !== undefined && !v.anonymous;
      }),
  },
};
