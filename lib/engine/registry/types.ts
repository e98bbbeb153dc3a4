/** The data a catalog image is written in (one file per repository under catalog/). */
import type { ImageConfig } from '../image';

/** One entry of a layer's file tree: text, a file with mode/owner, a symlink or a directory. */
export type TreeEntry =
  | string
  | { data: string; mode?: number; uid?: number; gid?: number; binary?: boolean }
  | { symlink: string }
  | { dir: true; mode?: number; uid?: number; gid?: number };

export type FileTree = Record<string, TreeEntry>;

/** One row of `docker history`, oldest first; a row with `size` has a layer of its own. */
export interface HistoryRow {
  createdBy: string;
  /** Uncompressed size of the layer this step made, in bytes; absent: an empty (metadata) step. */
  size?: number;
  /** The files of that layer the simulation models (the rest is counted, not held). */
  files?: FileTree;
  comment?: string;
  /** The layer is BuildKit's empty layer (sha256:4f4fb700ef54…), shared by every image with one. */
  emptyLayerDigest?: boolean;
  /** ISO time of the step when it differs from the image's (a base image's rows). */
  created?: string;
}

/** An image as a registry serves it: a base image's rows first, then its own. */
export interface CatalogImage {
  /** Repository as a user types it ("alpine", "diamol/base"). */
  repo: string;
  /** Every tag that names this image (e.g. "3.20.3", "3.20", "3", "latest"). */
  tags: string[];
  /** ISO time the image was built (the last history row). */
  created: string;
  /** The image this one is built FROM: its layers are shared (a pull says "Already exists"). */
  base?: CatalogImage;
  history: HistoryRow[];
  config: Partial<ImageConfig>;
}
