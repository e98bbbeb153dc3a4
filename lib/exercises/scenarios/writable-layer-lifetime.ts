/**
 * 컨테이너와 함께 사라지는 데이터: the writable layer dies with the container
 * (docs/semantics.md#s3-the-writable-layer-dies-with-the-container).
 */
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-file-display';
const ORIGINAL = 'https://www.manning.com/books/learn-docker-in-a-month-of-lunches\n';
const EDITED = 'http://eltonstoneman.com\n';

/** Whether any container still holds the edited /input.txt in its writable layer. */
const editKept = (s: ExerciseState) =>
  s
    .containers()
    .some((c) => s.hasChange(c, 'C', '/input.txt') && s.fileIn(c, '/input.txt') === EDITED);

/** Whether a file on the host (anywhere in the learner's checkout) holds the edited address. */
function savedOnHost(s: ExerciseState, dir = REPO): boolean {
  return s.hostList(dir).some((name) => {
    const path = `${dir}/${name}`;
    const kind = s.hostFs.lstat(path).kind;
    return kind === 'dir' ? savedOnHost(s, path) : kind === 'file' && s.hostFile(path) === EDITED;
  });
}

export const writableLayerLifetime: Scenario = {
  id: 'writable-layer-lifetime',
  title: '컨테이너를 삭제하면 기록 가능 레이어도 사라진다',
  section: 'volumes-and-mounts',
  start: {
    cwd: REPO,
    // Where the copy-on-write exercise ends: f1's /input.txt holds the new address, and that
    // edit is the only copy (the host's url.txt is gone).
    setup: [
      `docker container run --name f1 ${IMAGE}`,
      `echo "${EDITED.trim()}" > url.txt`,
      'docker container cp url.txt f1:/input.txt',
      'rm url.txt',
    ],
  },
  goals: [
    {
      id: 'f2-original',
      label: '같은 이미지로 만든 새 컨테이너가 이미지의 원래 주소를 출력했습니다',
      hint: '`docker container run --name f2 diamol/ch06-file-display`로 같은 이미지의 새 컨테이너를 실행하세요.',
      check: (s) =>
        s
          .byImage(IMAGE)
          .some(
            (c) =>
              s.exitedOk(c) &&
              s.diff(c).length === 0 &&
              s.fileIn(c, '/input.txt') === ORIGINAL &&
              s.logText(c).includes(ORIGINAL),
          ),
    },
    {
      id: 'saved',
      label:
        'f1을 삭제하기 전에 고친 `/input.txt`를 호스트로 꺼내 두어, 새 주소가 호스트 파일에 남아 있습니다',
      hint: '종료된 컨테이너에서도 파일을 꺼낼 수 있습니다. 삭제하기 전에 `docker container cp f1:/input.txt saved.txt`를 실행하세요.',
      check: (s) => savedOnHost(s),
    },
    {
      id: 'edit-lost',
      label:
        'f1을 삭제해, 그 기록 가능 레이어와 함께 고친 `/input.txt`가 컨테이너에서 사라졌습니다',
      hint: '`docker container rm -f f1`로 f1을 삭제한 뒤 `docker container cp f1:/input.txt .`로 파일을 꺼내 보세요.',
      check: (s) => !editKept(s),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '같은 이미지로 새 컨테이너를 실행해 보고, f1을 삭제하기 전에 고친 파일부터 호스트로 꺼내 두세요.',
    },
    {
      level: 'concept',
      text: '컨테이너를 중지해도 기록 가능 레이어는 남지만, 삭제하면 그 레이어와 안의 데이터가 함께 사라집니다. 이미지는 처음부터 바뀐 적이 없으므로, 지키고 싶은 데이터는 컨테이너 밖(호스트, 볼륨)에 두어야 합니다.',
    },
    {
      level: 'command',
      text: '`docker container run --name f2 diamol/ch06-file-display`, `docker container cp f1:/input.txt saved.txt`, `docker container rm -f f1`, `docker container cp f1:/input.txt .` 순서로 실행하세요.',
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
      // A stop on its own (`stop f1 && rm f1` deletes it: no mistake).
      detect: (s, line) => s.container('f1') !== undefined && /\bstop\b.*\bf1\b/.test(line),
      explanation:
        '컨테이너를 중지해도 데이터는 사라지지 않습니다. f1은 이미 종료된 상태이고, 기록 가능 레이어도 그대로 있어서 여전히 새 주소가 든 `/input.txt`를 꺼낼 수 있습니다. 데이터를 잃는 시점은 `docker container rm`으로 컨테이너를 삭제할 때입니다.',
    },
  ],
  notices: [
    {
      id: 'lost-for-good',
      example: ['docker container rm -f f1'],
      detect: (s, line) => /\brm\b.*\bf1\b/.test(line) && !editKept(s) && !savedOnHost(s),
      text: 'f1과 함께 고친 `/input.txt`가 사라졌고, 꺼내 둔 복사본도 없어서 이제 되살릴 방법이 없습니다. 본문이 보여 준 그대로입니다. ‘f1을 삭제하기 전에 꺼내 두기’ 목표를 달성하려면 ‘되돌리기’로 삭제하기 전으로 돌아가거나 ‘처음부터’ 다시 시작하세요.',
    },
  ],
  solution: [
    `docker container run --name f2 ${IMAGE}`,
    'docker container cp f1:/input.txt saved-input.txt',
    'docker container rm -f f1',
    'docker container cp f1:/input.txt .',
    'cat saved-input.txt',
  ],
};
