/**
 * The docker CLI's half of `-v`, `--mount` and `--tmpfs`: flag values → MountRequests for the
 * daemon (lib/engine/mount-spec.ts validates them), with the CLI's own errors (MountFlagError).
 */
import type { MountRequest } from '../../../engine';
import { parseMountFlag } from './mount-flag';
import { parseTmpfsFlag } from './tmpfs-flag';
import { parseVolumeFlag } from './volume-flag';

export { parseMountFlag, parseTmpfsFlag, parseVolumeFlag };
export { MountFlagError, mountErrorOutput, type RunInvocation } from './errors';

export interface MountFlags {
  volume: readonly string[];
  mount: readonly string[];
  tmpfs: readonly string[];
}

/**
 * All mount flags of one `docker run`/`create`, in the order the CLI finds their errors: pflag
 * rejects a bad `--mount` while parsing flags, before `-v` values are split. Identical `-v`
 * values are one entry (the CLI reads them through ListOpts.GetMap).
 */
export function mountRequests(flags: MountFlags, cwd: string): MountRequest[] {
  return [
    ...flags.mount.map((v) => parseMountFlag(v, cwd)),
    ...flags.tmpfs.map(parseTmpfsFlag),
    ...[...new Set(flags.volume)].map((v) => parseVolumeFlag(v, cwd)),
  ];
}
