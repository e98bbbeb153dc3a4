/**
 * What the docker CLI's -v / --mount / --tmpfs / --volumes-from flags ask for, before the daemon
 * acts.
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
 * Where the real docker CLI/daemon reports a mount error. Observed with CLI 28.2.2 + daemon 20.10:
 * - `flag`: pflag rejected the `--mount` value while parsing flags. stderr has no `docker: ` prefix
 * and   carries a `Usage:` line (see mount-spec-errors.ts). Comes before every other stage.
 * - `cli`: the CLI rejected a `-v` value after flag parsing (`docker: invalid spec: ...`).
 * - `daemon`: the daemon rejected the container config; `message` starts with
 *   `Error response from daemon: `. The daemon checks `--mount` first, then `--tmpfs`, then each
 * `-v`   (parse, duplicate check, volume name) in order.
 */
export type MountErrorStage = 'flag' | 'cli' | 'daemon';

/**
 * A parse failure. `message` is the complete first line the real CLI prints for it, minus the
 * `docker: ` prefix it gets in `docker run` (e.g. `invalid spec: :/x: empty section between
 * colons`, `Error response from daemon: invalid mode: x`, or for `flag` errors the whole `invalid
 * argument "type=bind" for "--mount" flag: target is required`). The exact stderr and exit code for
 * run/create come from `mountErrorOutput` in mount-spec-errors.ts.
 */
export class MountSpecError extends Error {
  constructor(
    message: string,
    readonly stage: MountErrorStage,
  ) {
    super(message);
    this.name = 'MountSpecError';
  }
}
