/**
 * lib/layers — the live layer view's model: for one container of a machine, its image layers
 * (bottom first, each with the instruction that made it), its writable layer classified
 * (added, changed: a new copy over an image file, whiteout, opaque dir), its mounts and the merged tree it sees, plus what
 * changed after a command and the same picture in Korean sentences.
 *
 * Per layer (inspection): an image layer's own changes against the layers below it, the tree
 * merged up to it, docker history's rows (with why a step is 0 bytes), the bytes later layers
 * hide (wasted space), docker ps -s explained, the machine's overview, the motions a command
 * caused (with their sentences) and the commands that show the same fact in a terminal.
 *
 * Invariants:
 * - Read-only: building a model never changes the machine (no lookups through the union fs
 *   that could copy up, no atime).
 * - Cost follows what is shown: the writable layer (the changes) is walked, the image only
 *   looked up per path; the merged tree lists the top level and the expanded dirs only.
 * - Models are plain data: compare two with diffModels, render them anywhere.
 * - Image layers are frozen: their changes, sizes and an image's waste are computed once
 *   (WeakMaps keyed by the layer or image), so a model costs what the writable layers cost.
 * - Words are true to the mechanism: a file in the writable layer over an image file is
 *   'changed' (a copy-up inside the container, or docker cp's extraction: no copy-up).
 */
export { buildLayerModel, defaultExpanded, imageLayers, type ModelOptions } from './model';
export { diffModels, type ChangeKind, type LayerChange } from './diff';
export {
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
export { describeChanges, isDockerCp, motions, type Motion, type MotionKind } from './motion';
export {
  changeEntryText,
  EMPTY_REASON,
  historyRowText,
  inspectionLines,
  overviewLines,
  pickText,
  sizesText,
  wasteLines,
  wastedPathText,
} from './describe-layers';
export { layerChanges, type LayerChangeEntry, type LayerChanges } from './changes';
export { historyRows, imageLayerChanges, type EmptyReason, type HistoryRow } from './history';
export { imageWaste, type ImageWaste, type WastedPath } from './waste';
export { commandsFor, type TerminalCommand } from './commands';
