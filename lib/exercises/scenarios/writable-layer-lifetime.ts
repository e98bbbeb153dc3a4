/** 데이터를 잃으면 어떻게 해?: the writable layer dies with the container (S3). */
import type { Scenario } from '../model';
import { REPO } from '../state';

const IMAGE = 'diamol/ch06-file-display';
const ORIGINAL = 'https://www.manning.com/books/learn-docker-in-a-month-of-lunches\n';

export const writableLayerLifetime: Scenario = {
  id: 'writable-layer-lifetime',
  title: '컨테이너를 삭제하면 기록 가능 레이어도 사라진다',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    // Where the copy-on-write exercise ends: f1's /input.txt holds the new address.
    setup: [
      `docker container run --name f1 ${IMAGE}`,
      'echo "http://eltonstoneman.com" > url.txt',
      'docker container cp url.txt f1:/input.txt',
    ],
  },
  goals: [
    {
      id: 'f2-original',
      label: '새 컨테이너 f2는 이미지의 원래 주소를 출력했습니다',
      hint: '`docker container run --name f2 diamol/ch06-file-display`로 같은 이미지의 새 컨테이너를 실행하세요.',
      check: (s) => {
        const f2 = s.container('f2');
        return (
          f2 !== undefined &&
          s.byImage(IMAGE).includes(f2) &&
          s.exitedOk(f2) &&
          s.fileIn(f2, '/input.txt') === ORIGINAL &&
          s.diff(f2).length === 0
        );
      },
    },
    {
      id: 'edit-lost',
      label: 'f1을 삭제해 수정한 `/input.txt`가 어디에도 남아 있지 않습니다',
      hint: '`docker container rm -f f1`로 f1을 삭제한 뒤 `docker container cp f1:/input.txt .`로 파일을 꺼내 보세요.',
      check: (s) =>
        s.container('f1') === undefined &&
        s.containers().every((c) => !s.hasChange(c, 'C', '/input.txt')) &&
        !s.hostExists('input.txt'),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '같은 이미지로 새 컨테이너를 실행한 다음, 수정해 둔 f1을 삭제해 보세요.',
    },
    {
      level: 'concept',
      text: '컨테이너를 중지해도 기록 가능 레이어는 남지만, 삭제하면 그 레이어와 안의 데이터가 함께 사라집니다. 이미지는 처음부터 바뀐 적이 없습니다.',
    },
    {
      level: 'command',
      text: '`docker container run --name f2 diamol/ch06-file-display`, `docker container rm -f f1`, `docker container cp f1:/input.txt .` 순서로 실행하세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'start-deleted',
      example: ['docker container rm -f f1', 'docker container start --attach f1'],
      detect: (s, line) =>
        s.container('f1') === undefined && /\b(start|restart)\b.*\bf1\b/.test(line),
      explanation:
        '삭제한 컨테이너는 다시 시작할 수 없습니다. `docker container rm`은 컨테이너와 함께 기록 가능 레이어도 지우므로, 그 안에서 고친 `/input.txt`도 이미 사라졌습니다. 컨테이너보다 오래 남아야 하는 데이터는 볼륨이나 바인드 마운트에 두어야 합니다.',
    },
    {
      id: 'same-name',
      example: ['docker container rm -f f1', `docker container run --name f1 ${IMAGE}`],
      detect: (s, line) => {
        const f1 = s.container('f1');
        return (
          f1 !== undefined &&
          /\brun\b.*--name[= ]f1\b/.test(line) &&
          s.fileIn(f1, '/input.txt') === ORIGINAL
        );
      },
      explanation:
        '이름이 같아도 새로 만든 f1은 전혀 다른 컨테이너입니다. 비어 있는 새 기록 가능 레이어로 시작하므로 이미지의 원래 주소를 출력합니다. 예전 f1에서 고친 내용은 그 컨테이너를 삭제할 때 함께 사라졌습니다.',
    },
    {
      id: 'stop-is-not-rm',
      example: ['docker container stop f1'],
      detect: (s, line) => s.container('f1') !== undefined && /\bstop\b.*\bf1\b/.test(line),
      explanation:
        '컨테이너를 중지해도 데이터는 사라지지 않습니다. f1은 이미 종료된 상태이고, 기록 가능 레이어도 그대로 있어서 여전히 새 주소가 든 `/input.txt`를 꺼낼 수 있습니다. 데이터를 잃는 시점은 `docker container rm`으로 컨테이너를 삭제할 때입니다.',
    },
  ],
  solution: [
    `docker container run --name f2 ${IMAGE}`,
    'docker container rm -f f1',
    'docker container cp f1:/input.txt .',
  ],
};
