/**
 * The editor's open files. Each buffer holds what the reader typed (`text`) and what the host
 * had when it was last read or saved (`saved`); a buffer is modified while the two differ.
 * A new machine (undo, reset, import) reloads every buffer and discards edits; an unmodified
 * buffer follows the host (a change made from the terminal) whenever it is refreshed.
 */
import type { Machine } from '@/lib/machine';
import { readHostFile, type HostFile } from './host-files';

export interface Buffer extends HostFile {
  saved: string;
  /** Bumped whenever `text` is replaced from the host (so a view drops its own copy). */
  version: number;
}

export type Buffers = Readonly<Record<string, Buffer>>;

export const isModified = (b: Buffer | undefined) => b !== undefined && b.text !== b.saved;

function load(machine: Machine, path: string, previous?: Buffer): Buffer {
  const file = readHostFile(machine, path);
  const version = (previous?.version ?? 0) + 1;
  return { ...file, saved: file.text, version };
}

export function loadAll(
  machine: Machine,
  files: readonly string[],
  previous: Buffers = {},
): Buffers {
  return Object.fromEntries(files.map((p) => [p, load(machine, p, previous[p])]));
}

/** Re-reads the unmodified buffers among `paths`; keeps the object when nothing changed. */
export function refreshed(machine: Machine, buffers: Buffers, paths: readonly string[]): Buffers {
  let next: Record<string, Buffer> | null = null;
  for (const path of paths) {
    const b = buffers[path];
    if (!b || isModified(b)) continue;
    const file = readHostFile(machine, path);
    if (file.text === b.text && file.missing === b.missing && file.error === b.error) continue;
    next ??= { ...buffers };
    next[path] = { ...file, saved: file.text, version: b.version + 1 };
  }
  return next ?? buffers;
}
