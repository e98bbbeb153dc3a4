/**
 * Mounts as the daemon asks for them (MountRequest, from the CLI) and holds them once parsed
 * (MountSpec, kept in the container's HostConfig).
 */

export type MountType = 'volume' | 'bind' | 'tmpfs';

export interface MountSpec {
  type: MountType;
  /**
   * bind: absolute host path (a leading "." already resolved against the cwd by the CLI);
   * volume: the volume name, or null for an anonymous volume; tmpfs: always null.
   */
  source: string | null;
  /** Absolute, cleaned container path ("/data/" → "/data"). */
  target: string;
  readOnly: boolean;
  /**
   * Which flag produced it: `-v` and `--mount` differ for missing bind sources
   * (docs/semantics.md#m13--v-creates-a-missing-bind-source,
   * docs/semantics.md#m14---mount-refuses-a-missing-bind-source) and in inspect's Mode.
   */
  origin: 'v' | 'mount' | 'tmpfs';
  /** `-v` mode text as given after the second colon (e.g. "ro", "z", "ro,nocopy"), "" if none. */
  mode: string;
  /** volume: skip the initial copy of image content (nocopy / volume-nocopy). */
  noCopy: boolean;
  /** bind: propagation (default rprivate). */
  propagation: 'private' | 'rprivate' | 'shared' | 'rshared' | 'slave' | 'rslave';
  /** --mount type=bind,bind-create-src: create a missing source like -v does. */
  createSource: boolean;
  /** --mount volume-subpath. */
  subpath: string | null;
  /** tmpfs-size in bytes / tmpfs-mode, when given. */
  tmpfsSize: number | null;
  tmpfsMode: number | null;
}

/**
 * mount.Mount as the CLI sends it for `--mount` (HostConfig.Mounts, API 1.41): `type` lowercased,
 * `target` as typed, a `.`-relative source already resolved against the cwd. The option groups are
 * present when the flag named one of their keys (the daemon refuses a group of the wrong type).
 */
export interface ApiMount {
  type: string;
  source: string;
  target: string;
  readOnly: boolean;
  bindOptions: { propagation: string } | null;
  volumeOptions: { noCopy: boolean; subpath: string | null } | null;
  tmpfsOptions: { sizeBytes: number | null; mode: number | null } | null;
}

/**
 * One mount the CLI asks the daemon for, in the fields the API carries it in:
 * - `mount`: HostConfig.Mounts (`--mount`);
 * - `tmpfs`: HostConfig.Tmpfs (`--tmpfs PATH[:OPTIONS]`, both parts as typed);
 * - `bind`: HostConfig.Binds (`-v` with a source; a `.`-relative host path already resolved);
 * - `volume`: Config.Volumes (`-v` without a source: an anonymous volume at `target`, as typed).
 * The daemon parses and validates them (mount-spec.ts) into MountSpecs.
 */
export type MountRequest =
  | { kind: 'mount'; mount: ApiMount }
  | { kind: 'tmpfs'; target: string; options: string }
  | { kind: 'bind'; spec: string }
  | { kind: 'volume'; target: string };
