/**
 * 읽기 전용 레이어의 파일 고치기: the book's `docker cp` (a new upper file, `C` in docker diff,
 * docs/semantics.md#s2-copy-on-write-of-an-image-file), a true copy-up by an in-place append,
 * then a whiteout.
 */
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-file-display';
const NEW_URL = 'http://eltonstoneman.com';

const ORIGINAL = 'https://www.manning.com/books/learn-docker-in-a-month-of-lunches\n';

const imageKeepsFile = (s: ExerciseState) =>
  s.image(IMAGE)?.layers.some((l) => l.get('/input.txt')?.kind === 'file') ?? false;

/** Containers whose /input.txt in the writable layer is a new file (not the original extended). */
const changed = (s: ExerciseState) =>
  s.byImage(IMAGE).filter((c) => {
    const text = s.fileIn(c, '/input.txt') ?? '';
    return (
      c.upper.get('/input.txt')?.kind === 'file' &&
      s.hasChange(c, 'C', '/input.txt') &&
      text.trim() !== '' &&
      !text.startsWith(ORIGINAL)
    );
  });

/** Containers that wrote to the image's file in place: the original content, copied up, then more. */
const appended = (s: ExerciseState) =>
  s.byImage(IMAGE).filter((c) => {
    const text = s.fileIn(c, '/input.txt') ?? '';
    return (
      c.upper.get('/input.txt')?.kind === 'file' &&
      text.startsWith(ORIGINAL) &&
      text.length > ORIGINAL.length
    );
  });

/** A changed container that ran again and printed its new content. */
const restarted = (s: ExerciseState) =>
  changed(s).some(
    (c) => s.exitedOk(c) && s.logText(c).includes((s.fileIn(c, '/input.txt') ?? '').trim()),
  );

export const copyOnWrite: Scenario = {
  id: 'copy-on-write',
  title: '이미지 파일 수정하기: 기록 중 복사와 화이트아웃 확인하기',
  section: 'container-state',
  start: { cwd: REPO, setup: [] },
  goals: [
    {
      id: 'copied-up',
      label:
        '`docker container cp`로 넣은 새 `/input.txt`가 컨테이너(f1)의 기록 가능 레이어에서 이미지의 파일을 가립니다 (`C /input.txt`)',
      hint: '호스트에서 만든 파일을 `docker container cp url.txt f1:/input.txt`로 컨테이너에 넣어 보세요.',
      check: (s) => changed(s).length > 0,
    },
    {
      id: 'restarted',
      label: '내용을 바꾼 그 컨테이너를 다시 시작해 새 내용을 출력했습니다',
      hint: '`docker container start --attach f1`은 같은 컨테이너를, 같은 기록 가능 레이어로 다시 실행합니다.',
      check: restarted,
    },
    {
      id: 'appended',
      label:
        '컨테이너 안에서 `/input.txt`에 한 줄을 덧붙여, 원래 내용을 이어받은 복사본이 기록 가능 레이어에 생겼습니다 (기록 중 복사)',
      hint: "`docker container run --name f2 diamol/ch06-file-display sh -c 'echo x >> /input.txt && cat /input.txt'`처럼 컨테이너 안의 프로세스가 파일을 그 자리에서 고치게 하세요.",
      check: (s) => appended(s).length > 0,
    },
    {
      id: 'whiteout',
      label: '다른 컨테이너에서 `/input.txt`를 지워 화이트아웃을 만들었습니다 (`D /input.txt`)',
      hint: '이미지의 파일을 지우는 명령을 컨테이너에서 실행해 보세요. 예: `docker container run --name f3 diamol/ch06-file-display rm /input.txt`',
      check: (s) =>
        imageKeepsFile(s) &&
        s
          .byImage(IMAGE)
          .some(
            (c) =>
              c.upper.get('/input.txt')?.kind === 'whiteout' &&
              s.fileIn(c, '/input.txt') === undefined,
          ),
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '컨테이너 f1을 실행한 뒤, 그 안의 `/input.txt`를 호스트에서 만든 파일로 바꿔 보세요.',
    },
    {
      level: 'concept',
      text: '컨테이너 안의 프로세스가 이미지 레이어의 파일을 고치면 overlay2가 그 파일 전체를 기록 가능 레이어로 복사한 뒤 복사본을 고칩니다(기록 중 복사). `docker container cp`는 복사 대신 파일을 지우고 새로 만듭니다. 파일을 지우면 기록 가능 레이어에 화이트아웃이 남아 아래 레이어의 파일을 가립니다.',
    },
    {
      level: 'command',
      text: '`echo "http://eltonstoneman.com" > url.txt`, `docker container cp url.txt f1:/input.txt`, `docker container start --attach f1` 순서로 실행한 다음 `docker diff f1`을 확인하세요. 이어서 `docker container run --name f2 diamol/ch06-file-display sh -c \'echo x >> /input.txt\'`로 덧붙여 보세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'host-path',
      example: [`echo "${NEW_URL}" > /input.txt`],
      // On the host's shell: inside `docker … sh -c '…'` the same redirection is the container's.
      detect: (_s, line) => !/\bdocker\b/.test(line) && />\s*\/input\.txt\b/.test(line),
      explanation:
        '이 명령은 컨테이너가 아니라 호스트의 `/input.txt`에 쓰려고 합니다. 호스트의 루트 디렉터리는 root 소유라 권한 오류가 나고, 컨테이너 f1은 아무 영향도 받지 않습니다. 호스트에서 파일을 만든 다음 `docker container cp`로 컨테이너에 넣어야 합니다.',
    },
    {
      id: 'cp-into-image',
      example: [`echo "${NEW_URL}" > url.txt`, `docker container cp url.txt ${IMAGE}:/input.txt`],
      detect: (_s, line) => /\bcp\s+\S+\s+diamol\/ch06-file-display(:\S*)?:\//.test(line),
      explanation:
        '이미지는 읽기 전용이라 파일을 넣을 수 없고, `docker container cp`의 대상은 컨테이너여야 합니다. 이미지 이름을 컨테이너 이름으로 찾다가 `No such container` 오류가 났습니다. `f1:/input.txt`처럼 컨테이너에 복사하면 도커가 그 컨테이너의 기록 가능 레이어에 새 파일을 만듭니다.',
    },
    {
      id: 'new-container',
      example: [
        `docker container run --name f1 ${IMAGE}`,
        `echo "${NEW_URL}" > url.txt`,
        'docker container cp url.txt f1:/input.txt',
        `docker container run --name f2 ${IMAGE}`,
      ],
      // Only while the changed container has not printed its new content yet.
      detect: (s, line) =>
        changed(s).length > 0 &&
        !restarted(s) &&
        /\brun\b.*diamol\/ch06-file-display\s*$/.test(line) &&
        !/--name[= ]f1\b/.test(line),
      explanation:
        '새 컨테이너는 이미지에서 출발하므로 원래 주소를 출력합니다. 바뀐 `/input.txt`는 f1의 기록 가능 레이어에만 있고 이미지는 그대로입니다. 새 주소를 보려면 새 컨테이너가 아니라 f1을 `docker container start --attach f1`로 다시 시작하세요.',
    },
  ],
  solution: [
    `docker container run --name f1 ${IMAGE}`,
    `echo "${NEW_URL}" > url.txt`,
    'docker container cp url.txt f1:/input.txt',
    'docker container start --attach f1',
    'docker diff f1',
    `docker container run --name f2 ${IMAGE} sh -c 'echo x >> /input.txt && cat /input.txt'`,
    'docker diff f2',
    `docker container run --name f3 ${IMAGE} rm /input.txt`,
    'docker diff f3',
  ],
  predict: {
    question:
      'url.txt를 f1에 복사한 뒤 `docker container start --attach f1`을 실행하면 무엇이 출력될까요?',
    choices: [
      '이미지에 들어 있던 원래 주소 (manning.com)',
      '복사해 넣은 새 주소 (eltonstoneman.com)',
      '이미지 레이어는 읽기 전용이라는 오류',
    ],
    answer: '복사해 넣은 새 주소 (eltonstoneman.com)',
    explanation:
      '`docker container cp`는 f1의 `/input.txt`를 지우고 기록 가능 레이어에 새 파일을 만듭니다. 레이어 보기에서 f1의 기록 가능 레이어에 `/input.txt`가 생긴 것을 확인하세요. 위쪽 레이어의 새 파일이 이미지 레이어의 원본을 가리므로 f1은 새 주소를 출력하고, 이미지의 원본은 그대로 남습니다.',
    // f1 ran again after a file was copied into its writable layer, and printed that file.
    reveal: (s) => {
      const f1 = s.container('f1');
      if (!f1 || f1.upper.get('/input.txt')?.kind !== 'file') return false;
      const text = (s.fileIn(f1, '/input.txt') ?? '').trim();
      return text !== '' && s.exitedOk(f1) && s.logText(f1).includes(text);
    },
  },
};
