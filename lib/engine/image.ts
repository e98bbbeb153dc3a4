/** Images: an ordered stack of shared, frozen layers plus the config containers start from. */
import { layerSize, type Layer } from '../fs';
import { DaemonError } from './errors';

export interface ImageConfig {
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  WorkingDir: string;
  User: string;
  Env: string[];
  /** From Dockerfile VOLUME; inherited by child images. */
  Volumes: Record<string, Record<string, never>> | null;
  ExposedPorts: Record<string, Record<string, never>> | null;
  Labels: Record<string, string> | null;
}

export interface HistoryEntry {
  created: number;
  /** e.g. `/bin/sh -c #(nop)  VOLUME [/data]` (classic builder). */
  createdBy: string;
  /** Metadata-only step (no layer of its own). */
  emptyLayer: boolean;
  /** Image ID of this step for locally built images; undefined shows as <missing>. */
  stepId?: string;
  /** COMMENT column (e.g. "Imported from -"; `docker commit -m`). */
  comment?: string;
  /** `docker commit -a` (the image's Author). */
  author?: string;
}

export interface Image {
  /** sha256:<64 hex> */
  id: string;
  repoTags: string[];
  /** Bottom (FROM) first. Shared with every image and container that uses them. */
  layers: readonly Layer[];
  config: ImageConfig;
  history: HistoryEntry[];
  created: number;
  /** `repo@sha256:…` of the manifest it was pulled by (none for built images). */
  repoDigests?: string[];
}

export function imageSize(image: Image): number {
  return image.layers.reduce((sum, layer) => sum + layerSize(layer), 0);
}

export function emptyConfig(): ImageConfig {
  return {
    Cmd: null,
    Entrypoint: null,
    WorkingDir: '',
    User: '',
    Env: [],
    Volumes: null,
    ExposedPorts: null,
    Labels: null,
  };
}

/** "alpine" → "alpine:latest"; keeps an explicit tag; digests are not supported. */
export function normalizeRef(ref: string): string {
  const lastSlash = ref.lastIndexOf('/');
  return ref.indexOf(':', lastSlash + 1) >= 0 ? ref : `${ref}:latest`;
}

export class ImageStore {
  private readonly images = new Map<string, Image>();

  all(): Image[] {
    return [...this.images.values()];
  }

  add(image: Image): void {
    for (const tag of image.repoTags) this.untag(tag);
    this.images.set(image.id, image);
  }

  tag(image: Image, ref: string): void {
    const tag = normalizeRef(ref);
    this.untag(tag);
    image.repoTags.push(tag);
  }

  private untag(tag: string): void {
    for (const other of this.images.values())
      other.repoTags = other.repoTags.filter((t) => t !== tag);
  }

  /** Finds by name[:tag], full ID or unique ID prefix; undefined when absent. */
  find(ref: string): Image | undefined {
    const tag = normalizeRef(ref);
    for (const image of this.images.values()) if (image.repoTags.includes(tag)) return image;
    const hex = ref.replace(/^sha256:/, '');
    if (/^[0-9a-f]{1,64}$/.test(hex)) {
      const matches = [...this.images.values()].filter((i) => i.id.slice(7).startsWith(hex));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  /** Like find, but with the daemon's error: `No such image: x:latest`. */
  get(ref: string): Image {
    const image = this.find(ref);
    if (!image) throw new DaemonError(`No such image: ${normalizeRef(ref)}`, 'not-found');
    return image;
  }

  remove(image: Image): void {
    this.images.delete(image.id);
  }
}
