/** The layer view's model: plain data, safe to keep between commands and to compare. */

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

export type WritableKind = 'added' | 'copied-up' | 'whiteout' | 'opaque';

export interface WritableEntry {
  path: string;
  kind: WritableKind;
  /** The lower entry this one hides (copy-up, whiteout, opaque dir). */
  hides?: Source;
  /**
   * Made by the daemon as the target of a mount (docs/semantics.md#m5-a-missing-target-is-created),
   * not by the container.
   */
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
  /**
   * The volume holds what the image had at the target
   * (docs/semantics.md#m21-an-empty-volume-receives-the-images-files).
   */
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
  expanded: boolean;
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

export interface LayerModel {
  /** Newest first. */
  containers: ContainerSummary[];
  selected: ContainerLayers | null;
  volumes: VolumeSummary[];
}
