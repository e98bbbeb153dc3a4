/** 무상태 애플리케이션: replicas replaced one by one with a new version lose nothing. */
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const V1 = 'diamol/ch06-file-display';
const V2 = 'diamol/ch06-file-display:v2';
const NEW_URL = 'https://diamol.net\n';
/** The service's replicas, running v1 when the exercise starts (the prose's f1, f2 are extra). */
const REPLICAS = ['app1', 'app2', 'app3'];

/** The replicas now on v2: each name was held by a v1 container at the start. */
const v2Replicas = (s: ExerciseState) =>
  REPLICAS.flatMap((n) => {
    const c = s.container(n);
    return c && s.byImage(V2).includes(c) ? [c] : [];
  });

const replaced = (s: ExerciseState) =>
  v2Replicas(s).filter((c) => s.exitedOk(c) && s.logText(c).includes(NEW_URL)).length ===
  REPLICAS.length;

export const statelessReplicas: Scenario = {
  id: 'stateless-replicas',
  title: '무상태 애플리케이션의 복제본을 하나씩 새 버전으로 교체하기',
  section: 'container-state',
  start: {
    cwd: REPO,
    files: {
      [`${REPO}/ch06/exercises/file-display-v2/Dockerfile`]:
        'FROM diamol/ch06-file-display\nCOPY input.txt /input.txt\n',
      [`${REPO}/ch06/exercises/file-display-v2/input.txt`]: NEW_URL,
    },
    // The service in production: three v1 replicas.
    setup: [
      `docker build -t ${V2} ch06/exercises/file-display-v2`,
      ...REPLICAS.map((n) => `docker container run --name ${n} ${V1}`),
    ],
  },
  goals: [
    {
      id: 'v2-replicas',
      label:
        '복제본 app1, app2, app3이 모두 같은 이름의 새 버전(:v2) 컨테이너로 바뀌어 새 주소를 출력했습니다',
      hint: '이름은 하나뿐이라 예전 복제본을 먼저 지워야 같은 이름으로 새 버전을 실행할 수 있습니다. `docker container rm -f app1` 다음 `docker container run --name app1 diamol/ch06-file-display:v2`, 그리고 app2, app3도 차례로 바꾸세요.',
      check: replaced,
    },
    {
      id: 'v1-retired',
      label: '예전 버전(v1) 이미지로 만든 컨테이너가 하나도 남아 있지 않습니다',
      hint: '`docker container ls -a`의 IMAGE 열에서 `diamol/ch06-file-display`(태그 없음)인 컨테이너를 찾아 지우세요. 본문 명령으로 만든 f1, f2도 v1입니다.',
      check: (s) => s.byImage(V1).length === 0 && replaced(s),
    },
    {
      id: 'nothing-kept',
      label: '새 복제본의 기록 가능 레이어는 비어 있고, 새 내용은 이미지에서 옵니다',
      hint: '`docker diff app1`이 아무것도 출력하지 않는다면 컨테이너가 지키던 데이터가 없다는 뜻입니다.',
      check: (s) => {
        const replicas = v2Replicas(s);
        return (
          replicas.length === REPLICAS.length &&
          replicas.every((c) => s.diff(c).length === 0 && s.fileIn(c, '/input.txt') === NEW_URL)
        );
      },
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '`docker container ls -a`로 서비스 중인 복제본 app1, app2, app3을 확인하고, 하나씩 새 버전으로 바꿔 보세요.',
    },
    {
      level: 'concept',
      text: '롤링 업데이트는 복제본 하나를 지우고 그 자리에 새 버전을 띄우는 일을 반복합니다. 한꺼번에 지우지 않으니 서비스가 멈추지 않고, 컨테이너가 보관한 데이터가 없으니 지워도 잃을 것이 없습니다.',
    },
    {
      level: 'command',
      text: '`docker container rm -f app1`로 예전 복제본을 지운 다음 `docker container run --name app1 diamol/ch06-file-display:v2`를 실행하세요. app2와 app3도 같은 방법으로 하나씩 바꿉니다.',
    },
  ],
  wrongAnswers: [
    {
      id: 'name-in-use',
      example: [`docker container run --name app1 ${V2}`],
      detect: (s, line) => {
        const name = /\brun\b.*--name[= ](\S+)/.exec(line)?.[1];
        const c = name ? s.container(name) : undefined;
        return line.includes(':v2') && c !== undefined && s.byImage(V1).includes(c);
      },
      explanation:
        '이름 app1은 아직 예전 복제본이 쓰고 있어서 새 컨테이너를 만들지 못했습니다. 컨테이너 이름은 하나뿐이므로, 예전 복제본을 먼저 `docker container rm -f app1`로 삭제한 다음 같은 이름으로 새 버전을 실행해야 합니다.',
    },
    {
      id: 'patch-in-place',
      example: [
        'echo "https://diamol.net" > url.txt',
        'docker container cp url.txt app1:/input.txt',
      ],
      detect: (s) => s.byImage(V1).some((c) => s.hasChange(c, 'C', '/input.txt')),
      explanation:
        '복제본 안의 파일을 직접 고치면 그 복제본의 기록 가능 레이어에만 복사본이 생깁니다. 다른 복제본과 이미지는 그대로라서 복제본끼리 내용이 달라지고, 이 컨테이너를 지우는 순간 수정도 사라집니다. 새 버전은 이미지로 만들어 복제본을 교체하세요.',
    },
    {
      id: 'all-down',
      example: ['docker container rm -f app1 app2 app3'],
      detect: (s) => REPLICAS.every((n) => s.container(n) === undefined),
      explanation:
        '복제본을 한꺼번에 모두 지워서 지금은 요청을 받을 복제본이 하나도 없습니다. 실제 서비스라면 이 순간 서비스가 멈춥니다. 롤링 업데이트는 하나를 지우고 그 자리에 새 버전을 띄운 뒤에 다음 복제본으로 넘어갑니다. 이제 app1부터 :v2로 다시 실행하세요.',
    },
  ],
  solution: [
    'docker container ls -a',
    'docker container rm -f app1',
    `docker container run --name app1 ${V2}`,
    'docker container rm -f app2',
    `docker container run --name app2 ${V2}`,
    'docker container rm -f app3',
    `docker container run --name app3 ${V2}`,
    'docker diff app1',
  ],
};
