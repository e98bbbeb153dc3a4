/**
 * What goals and wrong answers read: the machine plus a small query API over its daemon and
 * host. Type-only imports keep the catalog (and every page that lists scenarios) free of the
 * engine's runtime; the runner builds the machine.
 */
import type { Change, FileSystem } from '../fs';
import type { Container, Image, MountPoint, Volume } from '../engine';
import type { Machine } from '../machine';

/** The book's repository checkout on the host (lib/shell/book-host.ts REPO; a test pins it). */
export const REPO = '/home/learner/diamol';

/** `alpine` → `alpine:latest`; an explicit tag is kept. */
export function imageTag(ref: string): string {
  const slash = ref.lastIndexOf('/');
  return ref.indexOf(':', slash + 1) >= 0 ? ref : `${ref}:latest`;
}

export class ExerciseState {
  constructor(readonly machine: Machine) {}

  /** The host shell's working directory. */
  get cwd(): string {
    return this.machine.host.cwd;
  }

  /** A variable of the host shell (undefined when unset). */
  shellVar(name: string): string | undefined {
    return this.machine.host.shell.lookup(name);
  }

  // ---- containers ---------------------------------------------------------------------------

  containers(): Container[] {
    return [...this.machine.engine.containers.values()];
  }

  container(name: string): Container | undefined {
    return this.containers().find((c) => c.name === name);
  }

  /** Containers created from the image `ref` (name[:tag]). */
  byImage(ref: string): Container[] {
    const tag = imageTag(ref);
    return this.containers().filter((c) => c.image.repoTags.includes(tag));
  }

  /** The container's filesystem as its processes see it (mounts included). */
  view(c: Container): FileSystem {
    return this.machine.engine.view(c);
  }

  /** A file's text inside the container, or undefined when it is not there. */
  fileIn(c: Container, path: string): string | undefined {
    return readText(this.view(c), path);
  }

  /** Sorted names in a container directory ([] when missing). */
  listIn(c: Container, path: string): string[] {
    return list(this.view(c), path);
  }

  /** `docker diff`: the writable layer's changes against the image. */
  diff(c: Container): Change[] {
    return c.rootfs.diff();
  }

  hasChange(c: Container, kind: Change['kind'], path: string): boolean {
    return this.diff(c).some((ch) => ch.kind === kind && ch.path === path);
  }

  mount(c: Container, destination: string): MountPoint | undefined {
    return c.mounts.find((m) => m.destination === destination);
  }

  /** Whether the container's process ran to a clean exit. */
  exitedOk(c: Container): boolean {
    return c.state.status === 'exited' && c.state.exitCode === 0 && c.state.startedAt !== null;
  }

  running(c: Container): boolean {
    return c.state.status === 'running';
  }

  /** Everything the container's processes wrote to stdout and stderr. */
  logText(c: Container): string {
    return c.logs.map((l) => l.text).join('');
  }

  /** The user the container runs as is root (an empty USER means root). */
  runsAsRoot(c: Container): boolean {
    return ['', 'root', '0'].includes(c.config.user.split(':')[0] ?? '');
  }

  // ---- volumes and images -------------------------------------------------------------------

  volume(name: string): Volume | undefined {
    return this.machine.engine.volumes.find(name);
  }

  volumes(): Volume[] {
    return this.machine.engine.volumes.all();
  }

  /** Names at the top of a volume's data. */
  volumeFiles(v: Volume): string[] {
    return list(v.data, '/');
  }

  /** To-do items stored in `fs` at `path` (the app's `TODO\t<item>` lines). */
  todoItems(fs: FileSystem, path: string): string[] {
    return (readText(fs, path) ?? '')
      .split('\n')
      .filter((l) => l.startsWith('TODO\t'))
      .map((l) => l.slice(5));
  }

  image(ref: string): Image | undefined {
    return this.machine.engine.images.find(ref);
  }

  /** Every image on the machine (tagged or not). */
  images(): Image[] {
    return this.machine.engine.images.all();
  }

  // ---- the host -----------------------------------------------------------------------------

  /** The host filesystem as the learner's shell sees it (volumes and the network share mounted). */
  get hostFs(): FileSystem {
    return this.machine.host.shell.host.fs;
  }

  /** A host path relative to the book's repository (or absolute). */
  hostPath(path: string): string {
    return path.startsWith('/') ? path : `${REPO}/${path}`;
  }

  hostFile(path: string): string | undefined {
    return readText(this.hostFs, this.hostPath(path));
  }

  hostExists(path: string): boolean {
    return this.hostFs.exists(this.hostPath(path));
  }

  hostList(path: string): string[] {
    return list(this.hostFs, this.hostPath(path));
  }
}

function readText(fs: FileSystem, path: string): string | undefined {
  try {
    return fs.readTextFile(path);
  } catch {
    return undefined;
  }
}

function list(fs: FileSystem, path: string): string[] {
  try {
    return fs.readdir(path).sort();
  } catch {
    return [];
  }
}
