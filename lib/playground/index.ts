/**
 * lib/playground — what a playground keeps between commands and page loads: the saved machine
 * (versioned, validated), an undo stack of snapshots taken before each command, the timeline of
 * commands, and share links. Pure: the browser passes its storage in.
 *
 * Invariants: a saved playground that cannot be read (corrupt, another format, an old version)
 * is never half-loaded: the caller gets a Korean notice and starts fresh. The undo stack is
 * bounded in entries and bytes, so a long session cannot exhaust memory or storage.
 */
export { PlaygroundHistory, MAX_UNDO, type HistoryEntry } from './history';
export {
  readSaved,
  writeSaved,
  SAVE_FORMAT,
  SAVE_VERSION,
  type SavedPlayground,
  type ReadResult,
} from './saved';
export { decodeShare, encodeShare, SHARE_PREFIX } from './share';
export type { KeyValueStore } from './store';
