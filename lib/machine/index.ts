/**
 * lib/machine — the simulated computer a playground runs: the learner's host (bash in the book's
 * repository, the network share), the Docker daemon with its images, the shells wired to both,
 * and the whole machine saved to and restored from plain JSON.
 *
 * Invariants:
 * - One composition root: only this module wires lib/fs, lib/engine and lib/shell together.
 * - A machine saved with `snapshot` and loaded with `restoreMachine` answers every later command
 *   as the original would (running processes restart, as after a daemon restart).
 * - The host's view of the disk (`machine.engine.hostView()`) is pure: reading it changes nothing.
 *
 * See docs/architecture.md for the layers and the path of a typed command.
 */
export {
  createMachine,
  assembleMachine,
  MACHINE_START,
  type Machine,
  type MachineOptions,
  type MachineInternals,
} from './machine';
export {
  snapshot,
  restoreMachine,
  StateError,
  STATE_FORMAT,
  STATE_VERSION,
  type MachineState,
  type RestoreOptions,
} from './state';
export { createHostFs, createHostSession, writeAsLearner, HOME, LEARNER, START_DIR } from './host';
export { REPO, NFS_MOUNT, addBookFiles } from './book-host';
export { simSession, containerRootFs, SCENARIOS } from './sim-sessions';
export {
  encodeForm,
  formatAddress,
  loadPage,
  parseAddress,
  publishedPorts,
  resolveHref,
  type Address,
  type NetError,
  type PageRequest,
  type PublishedPort,
} from './http-client';
// What the UI needs from the layers below, through this one entry (docs/architecture.md).
export { FsError, strerror, type ErrnoCode } from '../fs';
export { DETACH_KEYS } from '../shell';
