/**
 * Containers: an image, a private writable layer
 * (docs/semantics.md#l2-the-writable-layer-lives-as-long-as-the-container), mount points and a
 * process state machine.
 */
import type { Layer, MemFs, UnionFs } from '../fs';
import type { Image } from './image';
import type { MountSpec } from './mount-spec.types';
import type { Volume } from './volume';

export type ContainerStatus = 'created' | 'running' | 'exited';

export interface PortBinding {
  hostPort: number;
  containerPort: number;
}

export interface ContainerConfig {
  /** argv the process starts with: Entrypoint + Cmd after run-time overrides. */
  entrypoint: string[] | null;
  cmd: string[];
  env: string[];
  workingDir: string;
  user: string;
  tty: boolean;
  openStdin: boolean;
  /** `--hostname`/`-h` as given; absent, the container is named after its short ID. */
  hostname?: string;
}

export interface HostConfig {
  /** The -v values that name a source, as the CLI sent them (inspect's HostConfig.Binds). */
  binds: string[];
  mounts: MountSpec[];
  volumesFrom: string[];
  autoRemove: boolean;
  readonlyRootfs: boolean;
  portBindings: PortBinding[];
}

/** A resolved mount (inspect's `Mounts` entry) plus what serves it. */
export interface MountPoint {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name for volumes. */
  name?: string;
  /** Host path: a bind source, a volume's _data dir, "" for tmpfs. */
  source: string;
  destination: string;
  driver?: 'local';
  mode: string;
  rw: boolean;
  propagation: string;
  volume?: Volume;
  tmpfs?: MemFs;
  /** tmpfs size= in bytes, when given (its /proc/mounts line and df show it). */
  tmpfsSize?: number | null;
  /** tmpfs mode= (permission bits of its root), when given; 01777 otherwise. */
  tmpfsMode?: number | null;
  /** Whether this mount appears in inspect's Mounts (tmpfs from --tmpfs does not). */
  listed: boolean;
}

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  text: string;
  time: number;
}

export interface ContainerState {
  status: ContainerStatus;
  exitCode: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Start failure text (inspect's State.Error). */
  error: string;
}

export interface Container {
  id: string;
  /** Without the leading slash. */
  name: string;
  image: Image;
  /** The image reference as given (`docker ps` IMAGE column). */
  imageRef: string;
  created: number;
  config: ContainerConfig;
  hostConfig: HostConfig;
  upper: Layer;
  rootfs: UnionFs;
  mounts: MountPoint[];
  state: ContainerState;
  logs: LogEntry[];
  /** Set while running: stops the main process. */
  stop?: () => void;
  /** Resolves when the running process has exited. */
  exited?: Promise<void>;
}

/** The container's host name (Config.Hostname): `--hostname`, else its 12-digit short ID. */
export function hostnameOf(c: Pick<Container, 'id' | 'config'>): string {
  return c.config.hostname ?? c.id.slice(0, 12);
}

/** The process command line as `docker ps` and inspect show it. */
export function commandLine(c: Container): string[] {
  return [...(c.config.entrypoint ?? []), ...c.config.cmd];
}
