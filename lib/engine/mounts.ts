/**
 * Turns a container's mount requests into mount points at create time (docs/semantics.md#mounts): image VOLUME
 * paths become anonymous volumes
 * (docs/semantics.md#m19-volume-makes-an-anonymous-volume-per-container) unless a user mount or
 * --volumes-from covers them (docs/semantics.md#m20-a-user-mount-replaces-the-anonymous-volume,
 * docs/semantics.md#m24---volumes-from-copies-the-mount-list); named volumes are created on first
 * use (docs/semantics.md#m18-volumes-are-created-on-first-use); empty volumes receive the image's
 * content at the target (docs/semantics.md#m21-an-empty-volume-receives-the-images-files,
 * docs/semantics.md#m22-when-nothing-is-copied); missing targets are created in the writable layer
 * (docs/semantics.md#m5-a-missing-target-is-created); `-v` creates a missing bind source, `--mount`
 * refuses it (docs/semantics.md#m13--v-creates-a-missing-bind-source,
 * docs/semantics.md#m14---mount-refuses-a-missing-bind-source).
 */
import {
  MemFs,
  MountedFs,
  bindMount,
  normalizePath,
  type FileSystem,
  type Mount,
  type UnionFs,
} from '../fs';
import type { Container, MountPoint } from './container';
import { copyContents } from './copy';
import { DaemonError } from './errors';
import type { IdGenerator } from './ids';
import type { Image } from './image';
import type { MountSpec } from './mount-spec.types';
import { mountpoint, type VolumeStore } from './volume';

export interface MountContext {
  image: Image;
  /** The new container's root filesystem, as root. */
  rootfs: UnionFs;
  /** The host filesystem, as root (the daemon). */
  host: FileSystem;
  volumes: VolumeStore;
  ids: IdGenerator;
  findContainer(ref: string): Container;
  clock(): number;
}

export function resolveMounts(
  ctx: MountContext,
  specs: readonly MountSpec[],
  volumesFrom: readonly string[],
): MountPoint[] {
  // Duplicates were refused by registerMountPoints (mount-spec.ts); a user mount covers an image
  // VOLUME path.
  const covered = new Set(specs.map((s) => s.target));
  const points = new Map<string, MountPoint>();
  for (const ref of volumesFrom) {
    const [name, mode] = ref.split(':');
    const source = ctx.findContainer(name!);
    for (const m of source.mounts)
      points.set(m.destination, { ...m, rw: mode === 'ro' ? false : m.rw });
  }
  const populate: MountPoint[] = [];
  for (const path of Object.keys(ctx.image.config.Volumes ?? {})) {
    const target = normalizePath(path);
    if (points.has(target) || covered.has(target)) continue;
    const point = anonymousVolume(ctx, target, '');
    points.set(target, point);
    populate.push(point);
  }
  const user = new Set(specs.filter((s) => !isAnonymousV(s)).map((s) => s.target));
  for (const spec of specs) {
    // A Config.Volumes path where something is mounted already gets no volume (HasMountFor).
    if (isAnonymousV(spec) && (user.has(spec.target) || points.has(spec.target))) continue;
    const point = fromSpec(ctx, spec);
    points.set(spec.target, point);
    if (point.type === 'volume' && !spec.noCopy) populate.push(point);
  }
  const result = [...points.values()].sort(
    (a, b) =>
      depth(a.destination) - depth(b.destination) || (a.destination < b.destination ? -1 : 1),
  );
  for (const point of populate) populateVolume(ctx, point);
  for (const point of result) createMountTarget(ctx, point);
  return result;
}

/** `-v /path`: an anonymous volume the CLI sent in Config.Volumes. */
function isAnonymousV(spec: MountSpec): boolean {
  return spec.origin === 'v' && spec.type === 'volume' && spec.source === null;
}

function depth(path: string): number {
  return path === '/' ? 0 : path.split('/').length - 1;
}

function anonymousVolume(ctx: MountContext, target: string, mode: string): MountPoint {
  const volume = ctx.volumes.create(ctx.ids.hex64(), { anonymous: true, labels: null });
  return {
    type: 'volume',
    name: volume.name,
    source: mountpoint(volume),
    destination: target,
    driver: 'local',
    mode,
    rw: true,
    propagation: '',
    volume,
    listed: true,
  };
}

function fromSpec(ctx: MountContext, spec: MountSpec): MountPoint {
  const rw = !spec.readOnly;
  if (spec.type === 'tmpfs') {
    const tmpfs = freshTmpfs(spec, ctx.clock);
    return {
      type: 'tmpfs',
      source: '',
      destination: spec.target,
      mode: '',
      rw,
      propagation: '',
      tmpfs,
      tmpfsSize: spec.tmpfsSize,
      tmpfsMode: spec.tmpfsMode,
      listed: spec.origin === 'mount',
    };
  }
  if (spec.type === 'volume') {
    if (spec.source === null) {
      const point = anonymousVolume(ctx, spec.target, spec.origin === 'mount' ? 'z' : spec.mode);
      return { ...point, rw };
    }
    const volume = ctx.volumes.create(spec.source, { anonymous: false, labels: null });
    const mode = spec.origin === 'mount' ? 'z' : spec.mode === '' ? 'z' : spec.mode;
    return {
      type: 'volume',
      name: volume.name,
      source: mountpoint(volume),
      destination: spec.target,
      driver: 'local',
      mode,
      rw,
      propagation: '',
      volume,
      listed: true,
    };
  }
  const source = spec.source!;
  if (!ctx.host.exists(source)) {
    if (spec.origin === 'mount' && !spec.createSource)
      throw new DaemonError(
        `invalid mount config for type "bind": bind source path does not exist: ${source}`,
      );
    ctx.host.mkdir(source, { recursive: true, mode: 0o755 });
  }
  return {
    type: 'bind',
    source,
    destination: spec.target,
    mode: spec.origin === 'v' ? spec.mode : '',
    rw,
    propagation: spec.propagation,
    listed: true,
  };
}

/**
 * docs/semantics.md#m21-an-empty-volume-receives-the-images-files: an empty volume receives what
 * the image has at the target (once, at create).
 */
function populateVolume(ctx: MountContext, point: MountPoint): void {
  const volume = point.volume!;
  if (volume.data.readdir('/').length > 0) return;
  let st;
  try {
    st = ctx.rootfs.stat(point.destination);
  } catch {
    return;
  }
  if (st.kind !== 'dir') return;
  copyContents(ctx.rootfs, point.destination, volume.data, '/');
  volume.data.chmod('/', st.mode);
  volume.data.chown('/', st.uid, st.gid);
}

/**
 * An empty tmpfs with its size= limit and mode= root, as each start mounts it (docs/semantics.md#l5-tmpfs-content-does-not-survive-a-stop).
 */
export function freshTmpfs(
  options: { tmpfsSize?: number | null; tmpfsMode?: number | null },
  clock: () => number,
): MemFs {
  return new MemFs({
    rootMode: options.tmpfsMode ?? 0o1777,
    clock,
    capacity: options.tmpfsSize ?? undefined,
  });
}

/**
 * docs/semantics.md#m5-a-missing-target-is-created: a missing target becomes an empty dir (empty file for a single-file bind) in the writable
 * layer. A tmpfs target only when the container starts (runc makes it), so `docker diff` and
 * `docker cp` of a container never started do not see it.
 */
export function createMountTarget(
  ctx: Pick<MountContext, 'rootfs' | 'host'>,
  point: MountPoint,
  starting = false,
): void {
  if (point.type === 'tmpfs' && !starting) return;
  if (ctx.rootfs.exists(point.destination)) return;
  const fileBind = point.type === 'bind' && ctx.host.stat(point.source).kind !== 'dir';
  if (fileBind) {
    ctx.rootfs.mkdir(parentOf(point.destination), { recursive: true });
    ctx.rootfs.writeFile(point.destination, '');
  } else ctx.rootfs.mkdir(point.destination, { recursive: true });
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The container's view: its root (union) with every mount on top, parents first. */
export function containerView(
  c: Container,
  host: FileSystem,
  system: readonly Mount[] = [],
): MountedFs {
  const mounts: Mount[] = c.mounts.map((m) => ({
    target: m.destination,
    ...(m.type === 'bind'
      ? bindMount(host, m.source)
      : { fs: m.type === 'volume' ? m.volume!.data : m.tmpfs!, source: '/' }),
    readOnly: !m.rw,
  }));
  return new MountedFs(c.rootfs, [...system, ...mounts], c.hostConfig.readonlyRootfs);
}

/**
 * What `docker cp` reads and writes (the 20.10 daemon's archive path): the root filesystem with
 * the container's volumes and bind mounts, but not its tmpfs mounts, so a copy under a tmpfs
 * mountpoint lands in (and reads from) the writable layer below it, running or not.
 */
export function archiveView(
  c: Container,
  host: FileSystem,
  system: readonly Mount[] = [],
): MountedFs {
  return containerView({ ...c, mounts: c.mounts.filter((m) => m.type !== 'tmpfs') }, host, system);
}

/**
 * docs/semantics.md#m4-a-file-onto-a-directory-fails-at-start: mounting a directory onto a file or a file onto a directory fails when the container
 * starts. Returns the offending mount, if any.
 */
export function typeMismatch(c: Container, host: FileSystem): MountPoint | undefined {
  return c.mounts.find((m) => {
    if (m.type !== 'bind') return false;
    try {
      return (host.stat(m.source).kind === 'dir') !== (c.rootfs.stat(m.destination).kind === 'dir');
    } catch {
      return false;
    }
  });
}
