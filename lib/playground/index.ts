/**
 * lib/playground — what a playground keeps between commands and page loads: the controller that
 * owns its machine (start from a share link, a save or the exercise; undo; reset; import), the
 * steps a reader took, the saved machine (versioned, validated), and share links. Pure: the
 * browser passes its storage, timers and terminal in.
 *
 * Invariants: a saved playground that cannot be read (corrupt, another format, an old version)
 * is never half-loaded: the reader gets a Korean notice and a fresh start. Undo is bounded in
 * units and bytes. A share link carries steps, not the machine, and replays them visibly.
 */
export {
  PlaygroundController,
  BACKGROUND_CHECK_MS,
  type Change,
  type PlaygroundSnapshot,
  type ControllerOptions,
  type StartSource,
} from './controller';
export { PlaygroundHistory, MAX_UNDO } from './history';
export { SaveWriter, type IdleScheduler } from './save-writer';
export {
  readSaved,
  writeSaved,
  SAVE_FORMAT,
  SAVE_VERSION,
  type SavedPlayground,
  type ReadResult,
} from './saved';
export { decodeShare, encodeShare, SHARE_PREFIX, type SharedSession } from './share';
export { isEdit, type Step, type LineStep, type EditStep } from './steps';
export type { KeyValueStore } from './store';
