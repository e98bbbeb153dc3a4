/**
 * 상태가 필요한 애플리케이션: two containers from one image each get their own writable layer
 * (docs/semantics.md#s1-independent-writable-layers).
 */
import type { Container } from '../../engine';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-random-number';
const NUMBER = '/random/number.txt';

/** Containers of the image that ran to the end and wrote their number (any names). */
const writers = (s: ExerciseState): Container[] =>
  s.byImage(IMAGE).filter((c) => s.exitedOk(c) && s.hasChange(c, 'A', NUMBER));

/** Regular files under the learner's checkout (where `docker cp … .` lands), path → text. */
function hostFiles(s: ExerciseState, dir = REPO, out = new Map<string, string>()) {
  for (const name of s.hostList(dir)) {
    const path = `${dir}/${name}`;
    const kind = s.hostFs.lstat(path).kind;
    if (kind === 'dir') hostFiles(s, path, out);
    else if (kind === 'file') out.set(path, s.hostFile(path) ?? '');
  }
  return out;
}

/** Two different containers' numbers, each in its own host file. */
function copiedOut(s: ExerciseState): boolean {
  const files = [...hostFiles(s).entries()];
  const matched = new Set<string>();
  for (const c of writers(s)) {
    const number = s.fileIn(c, NUMBER);
    const file = files.find(([path, text]) => text === number && !matched.has(path));
    if (file) matched.add(file[0]);
  }
  return matched.size >= 2;
}

/** A file put into one container's writable layer that another container of the image lacks. */
function ownFile(s: ExerciseState): boolean {
  const all = s.byImage(IMAGE);
  return all.some((c) =>
    s
      .diff(c)
      .some(
        (ch) =>
          ch.kind === 'A' &&
          ch.path !== NUMBER &&
          c.upper.get(ch.path)?.kind === 'file' &&
          all.some((other) => other !== c && s.fileIn(other, ch.path) === undefined),
      ),
  );
}

export const writableLayers: Scenario = {
  id: 'writable-layers',
  title: '같은 이미지로 만든 두 컨테이너의 기록 가능 레이어 비교하기',
  section: 'container-state',
  start: { cwd: REPO, setup: [] },
  goals: [
    {
      id: 'two-containers',
      label: `\`${IMAGE}\` 이미지로 실행한 컨테이너 두 개가 정상 종료되었습니다`,
      hint: '`docker container run --name rn1 diamol/ch06-random-number`를 이름만 바꿔 두 번 실행하세요.',
      check: (s) => writers(s).length >= 2,
    },
    {
      id: 'copied-out',
      label:
        '종료된 두 컨테이너에서 각자의 `/random/number.txt`를 호스트 파일 두 개로 꺼내 왔습니다',
      hint: '종료된 컨테이너에서도 `docker container cp rn1:/random/number.txt number1.txt`로 파일을 꺼낼 수 있습니다. 두 번째 컨테이너의 파일은 다른 이름으로 꺼내세요.',
      check: copiedOut,
    },
    {
      id: 'own-file',
      label: '종료된 컨테이너 하나에만 호스트의 파일을 넣어, 다른 컨테이너에는 그 파일이 없습니다',
      hint: '`docker container cp`는 반대 방향으로도 됩니다. 호스트에서 만든 파일을 `docker container cp note.txt rn1:/random/note.txt`로 넣고 두 컨테이너의 `docker container diff`를 비교하세요.',
      check: ownFile,
    },
  ],
  hints: [
    { level: 'nudge', text: '같은 이미지로 이름이 다른 컨테이너 두 개를 실행해 보세요.' },
    {
      level: 'concept',
      text: '이미지 레이어는 모든 컨테이너가 함께 읽지만, 컨테이너가 쓰는 파일은 각자의 기록 가능 레이어에 들어갑니다. 이 레이어는 컨테이너가 종료되어도 남아 있어서, 파일을 꺼낼 수도 넣을 수도 있습니다.',
    },
    {
      level: 'command',
      text: "`docker container cp rn2:/random/number.txt number2.txt`로 두 번째 숫자를 꺼내고, `echo 'only in rn1' > note.txt`와 `docker container cp note.txt rn1:/random/note.txt`로 rn1에만 파일을 넣은 뒤 `docker container diff rn2`와 비교하세요.",
    },
  ],
  wrongAnswers: [
    {
      id: 'cp-from-image',
      example: [`docker container cp ${IMAGE}:/random/number.txt number1.txt`],
      detect: (_s, line) => /\bcp\s+diamol\/ch06-random-number(:\S*)?:\//.test(line),
      explanation:
        '`docker container cp`는 이미지가 아니라 컨테이너에서 파일을 꺼냅니다. 게다가 이미지에는 `number.txt`가 없습니다. 숫자 파일은 컨테이너가 실행될 때 만들어져 그 컨테이너의 기록 가능 레이어에만 들어 있으므로, `rn1:/random/number.txt`처럼 컨테이너 이름을 적어야 합니다.',
    },
    {
      id: 'auto-remove',
      example: [`docker container run --rm --name rn1 ${IMAGE}`],
      detect: (s, line) =>
        /\brun\b.*--rm\b/.test(line) && line.includes(IMAGE) && s.byImage(IMAGE).length < 2,
      explanation:
        '`--rm`을 붙이면 컨테이너가 종료되는 즉시 삭제되고, 기록 가능 레이어와 그 안의 `number.txt`도 함께 사라집니다. 파일을 꺼내려면 `--rm` 없이 실행해 종료된 컨테이너를 남겨 두어야 합니다.',
    },
  ],
  solution: [
    `docker container run --name rn1 ${IMAGE}`,
    `docker container run --name rn2 ${IMAGE}`,
    'docker container cp rn1:/random/number.txt number1.txt',
    'docker container cp rn2:/random/number.txt number2.txt',
    'cat number1.txt number2.txt',
    "echo 'only in rn1' > note.txt",
    'docker container cp note.txt rn1:/random/note.txt',
    'docker container diff rn1',
    'docker container diff rn2',
  ],
};
