/**
 * What a command did to the layers, as a transition to show and the same in words: a copy-up, a
 * file replaced by `docker cp` (the daemon extracts a new file: no copy-up), a whiteout, an
 * opaque dir, an empty volume filled from the image, a mount shadowing the image's files. The
 * sentences are the text equivalent of the motion (read by an aria-live region).
 */
import type { LayerChange } from './diff';
import { mountName, sourceText } from './describe';
import type { MountInfo, Source } from './types';

export type MotionKind =
  | 'copy-up'
  | 'replace'
  | 'whiteout'
  | 'opaque'
  | 'add'
  | 'populate'
  | 'shadow'
  | 'mount'
  | 'container'
  | 'removed';

export interface Motion {
  kind: MotionKind;
  /** The part of the picture that moves (LayerChange.key). */
  key: string;
  /** Where the file comes from (the layer it hides), for the transition's start. */
  from?: Source;
  text: string;
}

/** `docker cp` / `docker container cp` into a container: an archive extracted by the daemon. */
export function isDockerCp(line: string): boolean {
  return /^\s*docker\s+(container\s+)?cp\s/.test(line);
}

export function motions(
  changes: readonly LayerChange[],
  line = '',
  mounts: readonly MountInfo[] = [],
): Motion[] {
  const filled = new Set(changes.filter((c) => c.kind === 'volume-filled').map((c) => c.key));
  const out: Motion[] = [];
  for (const ch of changes) {
    if (ch.kind === 'mount' && filled.has(ch.key)) continue;
    const kind = motionKind(ch, line);
    const motion: Motion = { kind, key: ch.key, text: motionText(kind, ch, mounts) };
    if (ch.hides) motion.from = ch.hides;
    out.push(motion);
  }
  return out;
}

function motionKind(ch: LayerChange, line: string): MotionKind {
  switch (ch.kind) {
    case 'changed':
      return isDockerCp(line) ? 'replace' : 'copy-up';
    case 'added':
      return 'add';
    case 'volume-filled':
      return 'populate';
    case 'mount':
      return ch.hides ? 'shadow' : 'mount';
    default:
      return ch.kind;
  }
}

function motionText(kind: MotionKind, ch: LayerChange, mounts: readonly MountInfo[]): string {
  const who = ch.container;
  const path = ch.path ?? '';
  const from = ch.hides ? sourceText(ch.hides, mounts) : '이미지';
  const mount = mounts.find((m) => m.target === path);
  const name = mount ? mountName(mount) : '마운트';
  switch (kind) {
    case 'copy-up':
      return `${who}: ${path} copy-up, ${from}의 파일을 기록 가능 레이어로 복사한 뒤 고쳤습니다. 원본은 그대로 있고 위의 사본이 가립니다.`;
    case 'replace':
      return `${who}: docker cp가 ${path}를 기록 가능 레이어에 새 파일로 풀어 넣었습니다(copy-up이 아님). ${from}의 원본은 그대로 있고 가려집니다.`;
    case 'whiteout':
      return `${who}: ${path} 삭제, 기록 가능 레이어에 화이트아웃이 생겨 ${from}의 파일을 가립니다. 이미지의 파일은 지워지지 않습니다.`;
    case 'opaque':
      return `${who}: ${path} 불투명 디렉터리, 기록 가능 레이어의 디렉터리가 ${from}의 디렉터리 내용을 모두 가립니다.`;
    case 'add':
      return `${who}: ${path} 새로 추가됨(기록 가능 레이어)`;
    case 'populate':
      return `${who}: 빈 ${name}에 이미지의 ${path} 내용이 복사되었습니다(볼륨 채우기).`;
    case 'shadow':
      return `${who}: ${path}에 ${name}, ${from}의 ${path} 내용을 가립니다(지워지지 않음).`;
    case 'mount':
      return `${who}: ${path}에 ${name}`;
    case 'container':
      return `새 컨테이너 ${who}`;
    case 'removed':
      return `컨테이너 ${who} 삭제됨`;
  }
}

/** The motions' sentences: the aria-live text. */
export function describeChanges(
  changes: readonly LayerChange[],
  line = '',
  mounts: readonly MountInfo[] = [],
): string[] {
  return motions(changes, line, mounts).map((m) => m.text);
}
