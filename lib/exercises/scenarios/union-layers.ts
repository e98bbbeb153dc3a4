/**
 * 유니언 파일 시스템: a later layer overrides a file, another deletes one; one writable layer
 * (docs/semantics.md#s12-the-union-filesystem-overview).
 */
import type { Image } from '../../engine';
import { decodeUtf8 } from '../../fs/utf8';
import type { Scenario } from '../model';
import { REPO, type ExerciseState } from '../state';

const DIR = `${REPO}/ch06/exercises/layers`;
const DOCKERFILE = `${DIR}/Dockerfile`;

/** Indexes of an image's layers (bottom first) holding `path` as a file or a whiteout. */
const layersWith = (image: Image, path: string, kind: 'file' | 'whiteout') =>
  image.layers.flatMap((l, i) => (l.get(path)?.kind === kind ? [i] : []));

/** What the image's merged view shows at `path`: the top-most layer's file, as text. */
function topText(image: Image, path: string): string | undefined {
  for (const layer of [...image.layers].reverse()) {
    const node = layer.get(path);
    if (node?.kind === 'file') return decodeUtf8(node.data);
    if (node) return undefined;
  }
  return undefined;
}

/** Images (any name) where a later layer's /f holds `winner` over an earlier /f. */
const overriding = (s: ExerciseState, winner: string) =>
  s.images().filter((i) => layersWith(i, '/f', 'file').length >= 2 && topText(i, '/f') === winner);

/** Images (any name) where a later layer's whiteout hides an earlier /notes.txt. */
const whitingOut = (s: ExerciseState) =>
  s.images().filter((i) => {
    const files = layersWith(i, '/notes.txt', 'file');
    const whiteouts = layersWith(i, '/notes.txt', 'whiteout');
    return files.length > 0 && whiteouts.some((w) => w > Math.max(...files));
  });

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/**
 * A container (any image) with a volume, a bind mount and a tmpfs that wrote a file into its
 * volume and one elsewhere: only the latter is in its one writable layer (`docker diff`).
 */
const oneWritableLayer = (s: ExerciseState) =>
  s.containers().some((c) => {
    const types = new Set(c.mounts.map((m) => m.type));
    const volumeFiles = c.mounts.some((m) => m.volume && s.volumeFiles(m.volume).length > 0);
    const ownFile = s
      .diff(c)
      .some(
        (ch) =>
          ch.kind === 'A' &&
          c.upper.get(ch.path)?.kind === 'file' &&
          !c.mounts.some((m) => under(ch.path, m.destination) || under(m.destination, ch.path)),
      );
    return types.size === 3 && volumeFiles && ownFile;
  });

const dockerfileLine = (s: ExerciseState, text: string) =>
  (s.hostFile(DOCKERFILE) ?? '').split('\n').findIndex((l) => l.trim() === text);

const cd = 'cd ch06/exercises/layers';
const rewrite = (lines: string[]) => `printf '${lines.join('\\n')}\\n' > Dockerfile`;

export const unionLayers: Scenario = {
  id: 'union-layers',
  title: '유니언 파일 시스템: 레이어를 하나씩 쌓아 합쳐진 뷰 읽기',
  section: 'container-filesystem',
  start: {
    cwd: REPO,
    files: {
      [DOCKERFILE]: 'FROM diamol/base\nCOPY a.txt /f\nCOPY notes.txt /notes.txt\n',
      [`${DIR}/a.txt`]: 'a\n',
      [`${DIR}/b.txt`]: 'b\n',
      [`${DIR}/notes.txt`]: 'draft notes\n',
    },
    setup: [],
  },
  goals: [
    {
      id: 'override',
      label: '빌드한 이미지에서 위쪽 레이어의 `/f`(b)가 아래쪽 레이어의 `/f`(a)를 가립니다',
      hint: 'Dockerfile 끝에 `COPY b.txt /f`를 추가하고 `docker build -t layered .`로 빌드하세요. `docker container run --rm layered cat /f`로 확인할 수 있습니다.',
      check: (s) => overriding(s, 'b\n').length > 0,
    },
    {
      id: 'whiteout',
      label: '빌드한 이미지에서 위쪽 레이어의 화이트아웃이 아래쪽 레이어의 `/notes.txt`를 가립니다',
      hint: 'Dockerfile 끝에 `RUN rm /notes.txt`를 추가해 다시 빌드하고 `docker container run --rm layered ls /`로 확인하세요.',
      check: (s) => whitingOut(s).length > 0,
    },
    {
      id: 'one-writable-layer',
      label:
        '볼륨, 바인드 마운트, tmpfs를 함께 연결한 컨테이너에서 볼륨에 쓴 파일은 볼륨에, 다른 경로에 쓴 파일은 하나뿐인 기록 가능 레이어에 들어갔습니다',
      hint: '`docker container run --name l3 -v v1:/data -v "$(pwd)":/src --tmpfs /scratch layered sh -c \'echo v > /data/v.txt; echo w > /w.txt\'`를 실행한 뒤 `docker container diff l3`와 `docker system df -v`를 보세요.',
      check: oneWritableLayer,
    },
  ],
  hints: [
    {
      level: 'nudge',
      text: '편집기에서 Dockerfile을 열어, 같은 경로에 다시 쓰는 단계와 파일을 지우는 단계를 끝에 추가해 보세요.',
    },
    {
      level: 'concept',
      text: '유니언 파일 시스템은 위쪽 레이어부터 찾습니다. 같은 경로의 파일은 위쪽 레이어의 것이 보이고, 위쪽 레이어에서 지운 파일은 화이트아웃으로 가려질 뿐 아래쪽 레이어에 그대로 남습니다.',
    },
    {
      level: 'command',
      text: '`printf \'COPY b.txt /f\\nRUN rm /notes.txt\\n\' >> Dockerfile`, `docker build -t layered .`, `docker container run --name l1 layered cat /f` 순서로 실행하세요. 마운트 세 개는 `-v v1:/data -v "$(pwd)":/src --tmpfs /scratch`로 연결하고, `sh -c`로 `/data`와 다른 경로에 파일을 하나씩 쓰세요.',
    },
  ],
  wrongAnswers: [
    {
      id: 'rm-before-copy',
      example: [
        cd,
        rewrite([
          'FROM diamol/base',
          'RUN rm /notes.txt',
          'COPY a.txt /f',
          'COPY notes.txt /notes.txt',
          'COPY b.txt /f',
        ]),
        'docker build -t layered .',
      ],
      // Said after the build that fails on it, not while the Dockerfile is being written.
      detect: (s, line) => {
        const rm = dockerfileLine(s, 'RUN rm /notes.txt');
        const built = /\bdocker\s+(image\s+)?build\b/.test(line);
        return built && rm >= 0 && rm < dockerfileLine(s, 'COPY notes.txt /notes.txt');
      },
      explanation:
        '`RUN rm /notes.txt`가 `COPY notes.txt /notes.txt`보다 앞에 있습니다. 레이어는 Dockerfile의 순서대로 쌓이므로, 그 단계에서는 아직 `/notes.txt`가 없어 `rm`이 실패하고 빌드가 멈춥니다. 지우는 단계는 파일을 넣은 단계 뒤에 두세요.',
    },
    {
      id: 'wrong-order',
      example: [
        cd,
        rewrite([
          'FROM diamol/base',
          'COPY b.txt /f',
          'COPY a.txt /f',
          'COPY notes.txt /notes.txt',
          'RUN rm /notes.txt',
        ]),
        'docker build -t layered .',
      ],
      // Said after the build that puts a on top.
      detect: (s, line) => {
        const b = dockerfileLine(s, 'COPY b.txt /f');
        const built = /\bdocker\s+(image\s+)?build\b/.test(line);
        return (
          built &&
          overriding(s, 'a\n').length > 0 &&
          b >= 0 &&
          b < dockerfileLine(s, 'COPY a.txt /f')
        );
      },
      explanation:
        '`COPY b.txt /f`를 `COPY a.txt /f`보다 앞에 두었습니다. 같은 경로라면 위쪽 레이어의 것이 보이므로 `/f`에는 a가 보입니다. b가 보이게 하려면 `COPY b.txt /f`를 뒤쪽에 두어야 합니다.',
    },
    {
      id: 'rm-in-container',
      example: [
        cd,
        'docker build -t layered .',
        'docker container run --name l1 layered rm /notes.txt',
      ],
      detect: (s) =>
        whitingOut(s).length === 0 && s.containers().some((c) => s.hasChange(c, 'D', '/notes.txt')),
      explanation:
        '컨테이너에서 지운 `/notes.txt`는 그 컨테이너의 기록 가능 레이어에 화이트아웃으로만 남습니다. 이미지는 바뀌지 않았으므로 새 컨테이너에서는 다시 보입니다. 이미지에서 가리려면 Dockerfile에 `RUN rm /notes.txt`를 추가해 다시 빌드하세요.',
    },
  ],
  solution: [
    cd,
    'cat Dockerfile',
    "printf 'COPY b.txt /f\\nRUN rm /notes.txt\\n' >> Dockerfile",
    'docker build -t layered .',
    'docker container run --name l1 layered cat /f',
    'docker container run --name l2 layered ls /',
    'docker container run --name l3 -v v1:/data -v "$(pwd)":/src --tmpfs /scratch layered sh -c \'echo v > /data/v.txt; echo w > /w.txt\'',
    'docker container diff l3',
    'docker system df -v',
  ],
  predict: {
    question:
      '`COPY a.txt /f` 다음에 `COPY b.txt /f`로 빌드한 이미지에서 `cat /f`는 무엇을 출력할까요?',
    choices: ['a', 'b', 'a와 b를 이어 붙인 내용'],
    answer: 'b',
    explanation:
      '두 단계가 각자 레이어를 만들고, 같은 경로의 파일은 위쪽(나중) 레이어의 것이 보입니다. 레이어 보기에서 a가 든 `/f`가 아래 레이어에 그대로 남아 있지만 b가 든 위 레이어에 가려진 것을 확인하세요.',
    // An image where b wins was built, and a container read its /f (`--rm` leaves only the line).
    reveal: (s, line) =>
      overriding(s, 'b\n').length > 0 &&
      (/\brun\b.*\bcat\s+\/f\b/.test(line) ||
        s
          .containers()
          .some(
            (c) =>
              s.exitedOk(c) &&
              /(^|\s)\/f(\s|$)/.test(c.config.cmd.join(' ')) &&
              s.fileIn(c, '/f') === 'b\n',
          )),
  },
};
