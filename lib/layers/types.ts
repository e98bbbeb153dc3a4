/** The layer view's model: plain data, safe to keep between commands and to compare. */
import type { LayerChanges } from './changes';
import type { HistoryRow } from './history';
import type { ImageWaste } from './waste';

/** What serves (or hid) a path: an image layer (1 = bottom), the writable layer or a mount. */
export type Source =
  { kind: 'image'; index: number } | { kind: 'writable' } | { kind: 'mount'; target: string };

export interface ImageLayerInfo {
  /** 1-based, bottom (FROM) first. */
  index: number;
  id: string;
  /** The Dockerfile instruction that made the layer, shortened for reading. */
  instruction: string;
  size: number;
}

/**
 * 'changed': the writable layer holds its own file where the image has one. A write inside the
 * container made it by copy-up; `docker cp` by extracting a new file over it (no copy-up). The
 * layer alone cannot tell which: only the command that made it can (see describe.ts).
 */
export type WritableKind = 'added' | 'changed' | 'whiteout' | 'opaque';

export interface WritableEntry {
  path: string;
  kind: WritableKind;
  /** The lower entry this one hides (changed file, whiteout, opaque dir). */
  hides?: Source;
  /** Made by the daemon as the target of a mount (M5), not by the container. */
  mountPoint?: boolean;
}

export type MountKind = 'volume' | 'bind' | 'tmpfs' | 'share';

export interface MountInfo {
  kind: MountKind;
  target: string;
  rw: boolean;
  /** Volume name. */
  name?: string;
  anonymous?: boolean;
  /** Host path of a bind or network share. */
  source?: string;
  /** A single-file bind. */
  file?: boolean;
  /** Content of the union at the target that the mount shadows (only when there is some). */
  shadows?: Source;
  /** The volume holds what the image had at the target (M21). */
  filledFromImage?: boolean;
}

export type EntryKind = 'file' | 'dir' | 'symlink' | 'whiteout';

export interface TreeEntry {
  path: string;
  name: string;
  /** 0 for top-level entries. */
  depth: number;
  /** 'whiteout': a deleted name, shown so the reader sees what the writable layer hides. */
  kind: EntryKind;
  servedBy: Source;
  /** Other layers whose directories merge into this one (top first). */
  merges?: Source[];
  /** The entry it hides: a lower file, a lower dir (opaque), or union content under a mount. */
  hides?: Source;
  /** An image or writable entry under a mount's target: there, but hidden by the mount. */
  covered?: Source;
  expanded: boolean;
}

/** A layer picked for inspection. */
export type LayerPick = { kind: 'image'; index: number } | { kind: 'writable' };

export interface LayerInspection {
  pick: LayerPick;
  /** 'changes': the layer's own entries; 'merged': the tree if the stack ended at this layer. */
  mode: 'changes' | 'merged';
  changes: LayerChanges;
  /** For an image layer, its docker history row. */
  row?: HistoryRow;
  /** 'merged' only: the picked layer and those below it (the writable layer: the full view). */
  tree: TreeEntry[];
  cut: Record<string, number>;
}

/** `docker ps -s` for a container, explained. */
export interface ContainerSizes {
  /** SIZE: the writable layer's bytes. */
  size: number;
  /** (virtual …): the image's size plus the writable layer's. */
  virtual: number;
  /** Image bytes this container hides by its changes and deletions (still counted in virtual). */
  hidden: number;
}

export interface ContainerLayers {
  id: string;
  name: string;
  image: string;
  status: 'created' | 'running' | 'exited';
  imageLayers: ImageLayerInfo[];
  writable: { size: number; entries: WritableEntry[]; more: number };
  mounts: MountInfo[];
  tree: TreeEntry[];
  /** Directory listings cut short: path → names left out. */
  cut: Record<string, number>;
  /** The image's steps, bottom first. */
  history: HistoryRow[];
  waste: ImageWaste;
  sizes: ContainerSizes;
  inspect: LayerInspection;
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  status: 'created' | 'running' | 'exited';
}

export interface VolumeSummary {
  name: string;
  anonymous: boolean;
  empty: boolean;
  /** Names of the containers that mount it (none: it outlived them). */
  users: string[];
}

/** An image with containers: they all share its read-only layers. */
export interface ImageUsage {
  id: string;
  ref: string;
  layers: number;
  size: number;
  /** Newest first, each with its own writable layer's size. */
  containers: (ContainerSummary & { writable: number })[];
}

export interface LayerModel {
  /** Newest first. */
  containers: ContainerSummary[];
  /** The images containers run from, newest container's first. */
  images: ImageUsage[];
  selected: ContainerLayers | null;
  volumes: VolumeSummary[];
}
