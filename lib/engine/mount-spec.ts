/**
 * The daemon's half of `-v`, `--mount` and `--tmpfs` (moby 20.10.24): the CLI sends MountRequests
 * (lib/shell/docker/mounts parses the flags and prints its own errors); the daemon validates them
 * and turns them into MountSpecs, throwing a DaemonError with the exact text on the first problem.
 * Recorded cases: lib/shell/docker/mounts/*.test.ts (the whole path) and mount-spec.test.ts.
 */
import { anonymousSpec, checkNamedVolume, parseBind } from './mount-spec-binds';
import { daemonError } from './mount-spec-daemon';
import { checkMountConfig, mountSpecOf } from './mount-spec-mount';
import { checkTmpfs, tmpfsSpec } from './mount-spec-tmpfs';
import type { MountRequest, MountSpec } from './mount-spec.types';

/**
 * verifyContainerSettings, which runs before the daemon looks the image up (so these errors come
 * before any pull): validateHostConfig's ValidateMountConfig of every `--mount`
 * (daemon/container.go), then verifyPlatformContainerSettings' check of every `--tmpfs`
 * destination (daemon/daemon_unix.go). The `--tmpfs` option names are checked with their
 * destination, as before the move; where 20.10 checks them is not recorded.
 */
export function verifyHostConfig(requests: readonly MountRequest[]): void {
  for (const r of requests) if (r.kind === 'mount') checkMountConfig(r.mount);
  for (const r of requests) if (r.kind === 'tmpfs') checkTmpfs(r.target, r.options);
}

/**
 * registerMountPoints (daemon/volumes.go; docs/semantics.md#m7-one-mount-per-target), after
 * verifyHostConfig: each `-v` bind in order (parse, duplicate check, volume name), then each
 * `--mount` (duplicate check, volume name). This is the one duplicate-mount check: a `-v` clashes
 * with an earlier `-v` or with a `--tmpfs` given with the same path as typed (the HostConfig.Tmpfs
 * map key); a `--mount` with any earlier `-v` or `--mount`, and its error names the target as
 * typed (`/data/`). Anonymous `-v /p` never clashes (a user mount replaces it), nor does `--tmpfs`
 * with `--mount`. Specs keep the requests' order.
 */
export function registerMountPoints(requests: readonly MountRequest[]): MountSpec[] {
  verifyHostConfig(requests);
  const tmpfs = new Set(requests.flatMap((r) => (r.kind === 'tmpfs' ? [r.target] : [])));
  const taken = new Set<string>();
  const register = (spec: MountSpec, clash: boolean, typed: string): MountSpec => {
    if (clash) throw daemonError(`Duplicate mount point: ${typed}`);
    checkNamedVolume(spec);
    taken.add(spec.target);
    return spec;
  };
  const parsed = new Map<MountRequest, MountSpec>();
  for (const r of requests) {
    if (r.kind !== 'bind') continue;
    const s = parseBind(r.spec);
    parsed.set(r, register(s, taken.has(s.target) || tmpfs.has(s.target), s.target));
  }
  for (const r of requests) {
    if (r.kind !== 'mount') continue;
    const s = mountSpecOf(r.mount);
    parsed.set(r, register(s, taken.has(s.target), r.mount.target));
  }
  return requests.map((r) => {
    if (r.kind === 'tmpfs') return tmpfsSpec(r.target, r.options);
    if (r.kind === 'volume') return anonymousSpec(r.target);
    return parsed.get(r)!;
  });
}
