/** The layer view in Korean sentences: the text equivalent of the picture for screen readers. */
import { overviewLines } from './describe-layers';
import { EMPTY_TEXT } from './empty';
import { humanSize, volumeLabel } from './format';
import type {
  ContainerLayers,
  LayerModel,
  MountInfo,
  Source,
  TreeEntry,
  WritableEntry,
} from './types';

/** Digits read in Korean that end in a consonant (영, 일, 삼, 육, 칠, 팔). */
const DIGIT_FINAL = new Set(['0', '1', '3', '6', '7', '8']);

/** `word` + 과/와, as the word is read aloud: 레이어 1과, 레이어 2와, 볼륨 data와. */
export function withGwa(word: string): string {
  const last = word.at(-1) ?? '';
  const code = last.charCodeAt(0);
  let final: boolean;
  if (code >= 0xac00 && code <= 0xd7a3) final = (code - 0xac00) % 28 !== 0;
  else if (/[0-9]/.test(last)) final = DIGIT_FINAL.has(last);
  else final = /[lmnLMN]/.test(last);
  return `${word}${final ? '과' : '와'}`;
}

export const STATUS_TEXT = { created: '생성됨', running: '실행 중', exited: '종료됨' } as const;

export function sourceText(source: Source, mounts: readonly MountInfo[] = []): string {
  if (source.kind === 'image') return `이미지 레이어 ${source.index}`;
  if (source.kind === 'writable') return '기록 가능 레이어';
  const m = mounts.find((x) => x.target === source.target);
  return m ? mountName(m) : `${source.target}의 마운트`;
}

export function mountName(m: MountInfo): string {
  if (m.kind === 'volume')
    return `${m.anonymous ? '익명 볼륨' : '볼륨'} ${volumeLabel(m.name ?? '')}`;
  if (m.kind === 'bind') return m.file ? '파일 바인드 마운트' : '바인드 마운트';
  if (m.kind === 'share') return '네트워크 공유';
  return 'tmpfs';
}

const KIND_TEXT = {
  added: '새로 추가됨',
  changed: '바뀜',
  whiteout: '삭제 표시(화이트아웃)',
  opaque: '불투명 디렉터리(opaque)',
} as const;

export function writableText(e: WritableEntry): string {
  let text = `${e.path} ${KIND_TEXT[e.kind]}`;
  if (e.mountPoint) text += ', 마운트 지점으로 만들어짐';
  if (e.hides) {
    const what = e.kind === 'opaque' ? '디렉터리 내용을 모두' : '파일을';
    text += `, ${sourceText(e.hides)}의 ${what} 가림`;
  }
  return text;
}

export function mountText(m: MountInfo): string {
  const parts = [`${m.target}에 ${mountName(m)}`];
  if (m.source) parts.push(`호스트 경로 ${m.source}`);
  if (m.kind === 'tmpfs') parts.push('메모리에만 있음');
  parts.push(m.rw ? '읽기·쓰기' : '읽기 전용');
  if (m.filledFromImage) parts.push('이미지의 내용으로 채워짐');
  if (m.shadows) parts.push(`${sourceText(m.shadows)}의 ${m.target} 내용을 가림`);
  return parts.join(', ');
}

export function treeEntryText(e: TreeEntry, mounts: readonly MountInfo[]): string {
  if (e.covered)
    return `${e.path}${e.kind === 'dir' ? '/' : ''}: ${sourceText(e.servedBy, mounts)}에 그대로 있지만 ${sourceText(e.covered, mounts)}에 가려 컨테이너에서 보이지 않음`;
  if (e.kind === 'whiteout')
    return `${e.path}: 삭제됨, ${sourceText(e.servedBy, mounts)}의 화이트아웃이 ${sourceText(e.hides!, mounts)}의 파일을 가림`;
  let text = `${e.path}${e.kind === 'dir' ? '/' : ''}: ${sourceText(e.servedBy, mounts)}에서 옴`;
  if (e.merges?.length)
    text += ` (${withGwa(e.merges.map((s) => sourceText(s, mounts)).join(', '))} 합쳐짐)`;
  if (e.hides) text += `, ${sourceText(e.hides, mounts)}의 내용을 가림`;
  const bind = mounts.find((m) => m.target === e.path && m.file);
  if (bind) text += ', 파일 하나만 마운트되어 같은 디렉터리의 다른 파일은 그대로 보임';
  return text;
}

/** The whole picture, one sentence per line. */
export function describeModel(model: LayerModel): string[] {
  const c = model.selected;
  if (!c) return [EMPTY_TEXT, ...overviewLines(model)];
  return [...containerLines(c), ...overviewLines(model)];
}

function containerLines(c: ContainerLayers): string[] {
  const lines = [
    `컨테이너 ${c.name} (이미지 ${c.image}, ${STATUS_TEXT[c.status]})의 레이어, 아래에서 위로:`,
  ];
  for (const l of c.imageLayers)
    lines.push(`이미지 레이어 ${l.index} (읽기 전용, ${humanSize(l.size)}): ${l.instruction}`);
  const w = c.writable;
  lines.push(
    w.entries.length === 0
      ? `기록 가능 레이어 (${humanSize(w.size)}): 비어 있음`
      : `기록 가능 레이어 (${humanSize(w.size)}): ${w.entries.map(writableText).join('; ')}${w.more ? `; 외 ${w.more}개` : ''}`,
  );
  lines.push(
    c.mounts.length === 0 ? '마운트: 없음' : `마운트: ${c.mounts.map(mountText).join('; ')}`,
  );
  lines.push('컨테이너가 보는 파일:');
  for (const e of c.tree) lines.push(treeEntryText(e, c.mounts));
  return lines;
}
