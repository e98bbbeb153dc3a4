/** 상태가 없을 수는 없다: two containers from one image each get their own writable layer (S1). */
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const IMAGE = 'diamol/ch06-random-number';

const copied = (s: ExerciseState, name: string, file: string) => {
  const c = s.container(name);
  const inside = c && s.fileIn(c, '/random/number.txt');
  return inside !== undefined && s.hostFile(file) === inside;
};

export const writableLayers: Scenario = {
  id: 'writable-layers',
  title: '같은 이미지로 만든 두 컨테이너의 기록 가능 레이어 비교하기',
  section: 'container-state',
  start: { cwd: REPO, setup: [] },
  goals: [
    {
      id: 'two-containers',
      label: `\`${IMAGE}\` 이미지로 실행한 컨테이너 rn1과 rn2가 정상 종료되었습니다`,
      hint: '`docker container run --name rn1 diamol/ch06-random-number`를 두 번(이름만 바꿔) 실행하세요.',
      check: (s) =>
        ['rn1', 'rn2'].every((n) => {
          const c = s.container(n);
          return c !== undefined && s.byImage(IMAGE).includes(c) && s.exitedOk(c);
        }),
    },
    {
      id: 'own-layer',
      label: '두 컨테이너의 기록 가능 레이어에 각자의 `/random/number.txt`가 추가되었습니다',
      hint: '`docker diff rn1`에서 `A /random/number.txt`를 찾아보세요.',
      check: (s) =>
        ['rn1', 'rn2'].every((n) => {
          const c = s.container(n);
          return c !== undefined && s.hasChange(c, 'A', '/random/number.txt');
        }),
    },
    {
      id: 'copied-out',
      label: '종료된 두 컨테이너에서 숫자 파일을 number1.txt, number2.txt로 꺼내 왔습니다',
      hint: '종료된 컨테이너에서도 `docker container cp rn1:/random/number.txt number1.txt`로 파일을 꺼낼 수 있습니다.',
      check: (s) => copied(s, 'rn1', 'number1.txt') && copied(s, 'rn2', 'number2.txt'),
    },
  ],
  hints: [
    { level: 'nudge', text: '같은 이미지로 이름이 다른 컨테이너 두 개를 실행해 보세요.' },
    {
      level: 'concept',
      text: '이미지 레이어는 모든 컨테이너가 함께 읽지만, 컨테이너가 쓰는 파일은 각자의 기록 가능 레이어에 들어갑니다. 이 레이어는 컨테이너가 종료되어도 남아 있습니다.',
    },
    {
      level: 'command',
      text: '`docker container run --name rn2 diamol/ch06-random-number`로 두 번째 컨테이너를 만들고, `docker container cp rn2:/random/number.txt number2.txt`로 파일을 꺼내세요.',
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
    'cat number1.txt',
    'cat number2.txt',
  ],
};
