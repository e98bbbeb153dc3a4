/**
 * The layer inspection in Korean sentences: docker history's rows and why a step is 0 bytes,
 * one layer's own changes, the wasted space, docker ps -s's two sizes, and the machine's
 * overview (which containers share which image's layers; volumes with or without a user).
 */
import type { LayerChangeEntry } from './changes';
import type { EmptyReason, HistoryRow } from './history';
import { humanSize, volumeLabel } from './format';
import { STATUS_TEXT } from './describe';
import type { ContainerSizes, LayerInspection, LayerModel } from './types';
import type { ImageWaste, WastedPath } from './waste';

export const EMPTY_REASON: Record<EmptyReason, string> = {
  metadata: '설정만 바꾸는 명령이라 레이어를 만들지 않습니다',
  'deletes-only':
    '지우기만 해서 0바이트인 화이트아웃만 담았습니다. 지운 파일의 바이트는 아래 레이어에 그대로 남습니다',
  'no-bytes': '디렉터리나 빈 파일만 만들어 바이트가 없습니다',
  'no-change': '파일을 하나도 바꾸지 않았습니다',
};

export function historyRowText(row: HistoryRow): string {
  const where = row.layer ? `이미지 레이어 ${row.layer}` : '레이어 없음';
  let text = `${row.instruction}: ${where}, ${humanSize(row.size)}`;
  if (row.empty) text += `, ${EMPTY_REASON[row.empty]}`;
  return text;
}

const CHANGE_WORD = { A: '추가', C: '바뀜', D: '삭제' } as const;

export function changeEntryText(e: LayerChangeEntry): string {
  let text = `${e.kind} ${e.path}${e.entry === 'dir' ? '/' : ''}: ${CHANGE_WORD[e.kind]}`;
  if (e.whiteout) text += ', 화이트아웃(0바이트)';
  else if (e.kind === 'D') text += ', 불투명 디렉터리에 함께 가려짐';
  if (e.opaque) text += ', 불투명 디렉터리(아래 레이어의 내용을 모두 가림)';
  if (e.bytes > 0) text += `, ${humanSize(e.bytes)}`;
  if (e.hidden > 0) text += `, 아래 레이어의 ${humanSize(e.hidden)}를 가림`;
  return text;
}

export function pickText(inspect: LayerInspection): string {
  return inspect.pick.kind === 'writable'
    ? '기록 가능 레이어'
    : `이미지 레이어 ${inspect.pick.index}`;
}

export function inspectionLines(inspect: LayerInspection): string[] {
  const { changes } = inspect;
  const { A, C, D } = changes.total;
  const lines = [`${pickText(inspect)}의 변경: 추가 ${A}, 바뀜 ${C}, 삭제 ${D}`];
  if (inspect.row) lines.push(historyRowText(inspect.row));
  lines.push(...changes.entries.map(changeEntryText));
  if (changes.more > 0) lines.push(`외 ${changes.more}개`);
  return lines;
}

const HOW_TEXT = { deleted: '지움', replaced: '새 파일로 바꿈', emptied: '불투명 디렉터리로 비움' };

export function wastedPathText(p: WastedPath): string {
  return `${p.path} ${humanSize(p.bytes)}: 이미지 레이어 ${p.layer}에 있고, 이미지 레이어 ${p.by}에서 ${HOW_TEXT[p.how]}`;
}

export function wasteLines(waste: ImageWaste, limit = 10): string[] {
  const lines = [
    `이미지 크기 ${humanSize(waste.size)}, 그중 뒤 레이어에 가려 보이지 않는 바이트 ${humanSize(waste.wasted)}`,
  ];
  if (waste.paths.length === 0) lines.push('가려진 파일이 없습니다');
  lines.push(...waste.paths.slice(0, limit).map(wastedPathText));
  if (waste.paths.length > limit) lines.push(`외 ${waste.paths.length - limit}개`);
  return lines;
}

/** docker ps -s: "SIZE (virtual …)", explained. */
export function sizesText(sizes: ContainerSizes): string[] {
  const lines = [
    `docker ps -s: ${humanSize(sizes.size)} (virtual ${humanSize(sizes.virtual)})`,
    `크기 ${humanSize(sizes.size)}는 이 컨테이너의 기록 가능 레이어만의 바이트입니다.`,
    `virtual ${humanSize(sizes.virtual)}는 이미지 크기를 더한 값입니다. 이미지 레이어는 같은 이미지의 컨테이너가 함께 쓰므로 디스크에는 한 번만 있습니다.`,
  ];
  if (sizes.hidden > 0)
    lines.push(
      `이 컨테이너가 바꾸거나 지워 가린 이미지 바이트 ${humanSize(sizes.hidden)}도 이미지에 그대로 남아 있습니다.`,
    );
  return lines;
}

export function overviewLines(model: LayerModel): string[] {
  const lines: string[] = [];
  for (const image of model.images) {
    const who = image.containers
      .map((c) => `${c.name}(${STATUS_TEXT[c.status]}, 기록 가능 레이어 ${humanSize(c.writable)})`)
      .join(', ');
    lines.push(
      `이미지 ${image.ref}의 읽기 전용 레이어 ${image.layers}개(${humanSize(image.size)})를 컨테이너 ${image.containers.length}개가 함께 씀: ${who}`,
    );
  }
  for (const v of model.volumes) {
    const name = `${v.anonymous ? '익명 볼륨' : '볼륨'} ${volumeLabel(v.name)}`;
    lines.push(
      v.users.length > 0
        ? `${name}: ${v.users.join(', ')}에서 사용 중`
        : `${name}: 사용하는 컨테이너 없음, 컨테이너가 지워져도 남아 있음`,
    );
  }
  return lines;
}
