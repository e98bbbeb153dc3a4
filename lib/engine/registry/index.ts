/**
 * lib/engine/registry — an offline Docker Hub: a fixed catalog of real images (alpine, busybox,
 * debian, ubuntu, nginx, redis, postgres; docs/images.md) and the book's preloaded images.
 *
 * Invariants:
 * - A catalog image is built once per Registry and is the same object on every pull, so its
 *   layers are shared with every image built FROM it and a pull finds them "Already exists".
 * - IDs and digests are stable functions of the catalog (saved states refer to them by ID).
 * - A layer's size is the real image's: modelled files plus Layer.unmodelledBytes.
 * - Anything but docker.io is unreachable (the sandbox has no network).
 */
export { Registry, type Resolved } from './registry';
export { planPull, completePull, pullError, short, type PullPlan, type PullMessage } from './pull';
export {
  parseReference,
  familiarName,
  familiarTagged,
  fullTagged,
  ReferenceError,
  type Reference,
} from './reference';
export { CATALOG } from './catalog';
export { EMPTY_LAYER_ID, imageIdOf, manifestDigestOf, layerIdsOf } from './build';
export type { CatalogImage, HistoryRow, FileTree } from './types';
