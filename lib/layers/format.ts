/** Short texts the layer view shows: sizes as Docker prints them, instructions as written. */
import type { HistoryEntry } from '../engine';

/** Docker's units.HumanSize: decimal units, 3 significant digits ("1.98MB", "67B"). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))}${units[unit]}`;
}

/**
 * The instruction of a history entry as a Dockerfile would say it: the classic builder's
 * `/bin/sh -c #(nop)` prefix dropped, content hashes shortened.
 */
export function instructionOf(entry: HistoryEntry | undefined): string {
  if (!entry) return '(기록 없음)';
  let text = entry.createdBy.trim();
  if (text === '') return entry.comment ? `기본 이미지 (${entry.comment})` : '기본 이미지';
  text = text.replace(/^\/bin\/sh -c #\(nop\)\s+/, '');
  if (text.startsWith('/bin/sh -c ')) text = `RUN ${text.slice('/bin/sh -c '.length)}`;
  return text.replace(/\b(file|dir):([0-9a-f]{8})[0-9a-f]{8,}/g, '$1:$2…').trim();
}

/** A volume's name for reading: anonymous volumes have 64 hex digits, 12 are enough. */
export function volumeLabel(name: string): string {
  return /^[0-9a-f]{64}$/.test(name) ? `${name.slice(0, 12)}…` : name;
}
