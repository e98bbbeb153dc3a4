/**
 * `-v`, `--mount` and `--tmpfs` values → MountSpec, with the exact errors of the real docker CLI
 * 28.2.2 and daemon 20.10.24 (recorded cases: mount-spec.test.ts). The CLI half follows
 * cli/compose/loader ParseVolume + cli/command/container/opts.go and opts/mount.go; the daemon half
 * lives in mount-spec-daemon.ts. Every failure is a MountSpecError whose `stage` says who printed it.
 */
import type { MountSpec } from './mount-spec.types';
import { daemonError } from './mount-spec-daemon';

export { parseVolumeFlag } from './mount-spec-volume';
export { parseMountFlag } from './mount-spec-mount';
export { parseTmpfsFlag } from './mount-spec-tmpfs';
export { mountErrorOutput, type MountErrorOutput, type RunInvocation } from './mount-spec-errors';

/**
 * The daemon's duplicate check (registerMountPoints, 20.10): `-v` mounts with a source against each
 * other and against `--tmpfs`, then `--mount` against everything before it. Anonymous `-v /p`
 * never clashes (identical -v values are merged by the CLI; a user mount replaces an anonymous one),
 * and `--tmpfs` vs `--mount` is not checked. The real message names the later `--mount`'s target
 * as typed (`/data/`); specs only keep the cleaned target, so that edge prints `/data`.
 */
export function validateMounts(specs: readonly MountSpec[]): void {
  const dup = (target: string) => daemonError(`Duplicate mount point: ${target}`);
  const tmpfs = new Set(specs.filter((s) => s.origin === 'tmpfs').map((s) => s.target));
  const seen = new Set<string>();
  for (const s of specs) {
    if (s.origin !== 'v' || s.source === null) continue;
    if (seen.has(s.target) || tmpfs.has(s.target)) throw dup(s.target);
    seen.add(s.target);
  }
  for (const s of specs) {
    if (s.origin !== 'mount') continue;
    if (seen.has(s.target)) throw dup(s.target);
    seen.add(s.target);
  }
}
