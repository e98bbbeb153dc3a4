/**
 * Turns a CatalogImage into the daemon's Image: one frozen Layer per sized history row (its
 * modelled files plus the bytes it does not model), IDs and digests stable across runs.
 */
import { Layer, utf8, type InodeSource } from '../../fs';
import { stableId } from '../images/build-kit';
import { emptyConfig, type HistoryEntry, type Image } from '../image';
import type { CatalogImage, FileTree, HistoryRow } from './types';

/** BuildKit's empty layer blob (a gzipped empty tar): the same digest in every image. */
export const EMPTY_LAYER_ID =
  'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1';

/** An ELF header: the shell treats the file as a binary, never as a script. */
const ELF = '\u007fELF\u0002\u0001\u0001\u0000';

export interface CatalogKey {
  entry: CatalogImage;
  /** "alpine:3.20" etc: the first tag names the image in IDs. */
  key: string;
}

export function keyOf(entry: CatalogImage): string {
  return `${entry.repo}:${entry.tags[0]}`;
}

export function imageIdOf(entry: CatalogImage): string {
  return stableId(`catalog-image:${keyOf(entry)}`);
}

/** The manifest digest `docker pull` prints and RepoDigests holds. */
export function manifestDigestOf(entry: CatalogImage): string {
  return stableId(`catalog-manifest:${keyOf(entry)}`);
}

/** Layer IDs of the entry's own rows, in order (the base's come from the base). */
export function ownLayerIds(entry: CatalogImage): string[] {
  return entry.history.flatMap((row, i) =>
    row.size === undefined
      ? []
      : [row.emptyLayerDigest ? EMPTY_LAYER_ID : stableId(`catalog-layer:${keyOf(entry)}#${i}`)],
  );
}

export function layerIdsOf(entry: CatalogImage): string[] {
  return [...(entry.base ? layerIdsOf(entry.base) : []), ...ownLayerIds(entry)];
}

function fileData(entry: Exclude<FileTree[string], { symlink: string } | { dir: true }>): string {
  if (typeof entry === 'string') return entry;
  return entry.binary ? ELF + entry.data : entry.data;
}

function modelledBytes(files: FileTree): number {
  let total = 0;
  for (const e of Object.values(files)) {
    if (typeof e === 'string') total += utf8(e).length;
    else if ('symlink' in e) total += utf8(e.symlink).length;
    else if (!('dir' in e)) total += utf8(fileData(e)).length;
  }
  return total;
}

function buildLayer(id: string, row: HistoryRow, mtime: number, inodes: InodeSource): Layer {
  const files = row.files ?? {};
  const layer = new Layer({
    id,
    clock: () => mtime,
    inodes,
    unmodelledBytes: Math.max(0, (row.size ?? 0) - modelledBytes(files)),
  });
  for (const path of Object.keys(files).sort()) {
    const e = files[path]!;
    if (typeof e === 'object' && 'dir' in e) {
      layer.putDir(path, { mode: e.mode, uid: e.uid, gid: e.gid, mtime });
    } else if (typeof e === 'object' && 'symlink' in e) {
      layer.putSymlink(path, e.symlink, { mtime, mode: 0o777 });
    } else {
      const opts = typeof e === 'string' ? {} : { mode: e.mode, uid: e.uid, gid: e.gid };
      layer.putFile(path, utf8(fileData(e)), { ...opts, mtime });
    }
  }
  return layer.freeze();
}

/** Builds `entry` (and its base, through `built`), memoised so shared layers stay shared. */
export function buildImage(
  entry: CatalogImage,
  inodes: InodeSource,
  built: Map<CatalogImage, Image>,
): Image {
  const done = built.get(entry);
  if (done) return done;
  const base = entry.base ? buildImage(entry.base, inodes, built) : null;
  const created = Date.parse(entry.created);
  const ids = ownLayerIds(entry);
  const layers = [...(base?.layers ?? [])];
  const history: HistoryEntry[] = [...(base?.history ?? [])];
  for (const row of entry.history) {
    const time = row.created ? Date.parse(row.created) : created;
    if (row.size !== undefined) layers.push(buildLayer(ids.shift()!, row, time, inodes));
    history.push({
      created: time,
      createdBy: row.createdBy,
      emptyLayer: row.size === undefined,
      comment: row.comment,
    });
  }
  const image: Image = {
    id: imageIdOf(entry),
    repoTags: [],
    layers,
    config: { ...emptyConfig(), ...entry.config },
    history,
    created,
    repoDigests: [],
  };
  built.set(entry, image);
  return image;
}
