/**
 * lib/layers — the live layer view's model: for one container of a machine, its image layers
 * (bottom first, each with the instruction that made it), its writable layer classified
 * (added, copied-up, whiteout, opaque dir), its mounts and the merged tree it sees, plus what
 * changed after a command and the same picture in Korean sentences.
 *
 * Invariants:
 * - Read-only: building a model never changes the machine (no lookups through the union fs
 *   that could copy up, no atime).
 * - Cost follows what is shown: the writable layer (the changes) is walked, the image only
 *   looked up per path; the merged tree lists the top level and the expanded dirs only.
 * - Models are plain data: compare two with diffModels, render them anywhere.
 */
export { buildLayerModel, defaultExpanded, imageLayers, type ModelOptions } from './model';
export { diffModels, type ChangeKind, type LayerChange } from './diff';
export {
  describeChanges,
  describeModel,
  mountName,
  mountText,
  sourceText,
  STATUS_TEXT,
  treeEntryText,
  writableText,
} from './describe';
export { EMPTY_TEXT } from './empty';
export { machineStamp } from './fingerprint';
export { humanSize, instructionOf, volumeLabel } from './format';
export type * from './types';
