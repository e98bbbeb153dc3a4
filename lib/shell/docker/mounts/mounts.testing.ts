/**
 * The whole path of a mount flag, as `docker run` takes it: the CLI's parsing (this folder), then
 * the daemon's (lib/engine registerMountPoints). Errors come back as the first stderr line without
 * `docker: ` and who printed it (`flag`, `cli` or `daemon`).
 */
import { registerMountPoints, type MountSpec } from '../../../engine';
import { mountRequests, type MountFlags } from './index';

export { CWD, D, NAME_RULE, m, thrown } from '../../../engine/mount-spec.testing';

export function throughDaemon(flags: Partial<MountFlags>, cwd: string): MountSpec[] {
  return registerMountPoints(mountRequests({ volume: [], mount: [], tmpfs: [], ...flags }, cwd));
}
