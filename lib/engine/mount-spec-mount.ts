/**
 * `--mount` as the daemon receives it: a mount.Mount of HostConfig.Mounts, validated by
 * ValidateMountConfig (before the image is looked up) and turned into a MountSpec by
 * ParseMountSpec (moby 20.10 `volume/mounts/linux_parser.go`).
 */
import type { ApiMount, MountSpec } from './mount-spec.types';
import { daemonError, mountConfigProblem, type Propagation } from './mount-spec-daemon';
import { goClean } from './mount-spec-go';
import { newMountSpec as spec } from './mount-spec-new';

/**
 * ValidateMountConfig, without the bind-source existence check (the engine makes it when it
 * resolves the mount on the host: docs/semantics.md#m14---mount-refuses-a-missing-bind-source).
 */
export function checkMountConfig(m: ApiMount): void {
  const problem = mountConfigProblem({
    type: m.type,
    source: m.source,
    target: m.target,
    readOnly: m.readOnly,
    hasBindOptions: m.bindOptions !== null,
    hasVolumeOptions: m.volumeOptions !== null,
    propagation: m.bindOptions?.propagation ?? '',
  });
  if (problem) throw daemonError(problem);
}

/** ParseMountSpec of a mount that passed checkMountConfig. */
export function mountSpecOf(m: ApiMount): MountSpec {
  const type = m.type as MountSpec['type'];
  return spec({
    type,
    source: m.source === '' ? null : type === 'bind' ? goClean(m.source) : m.source,
    target: goClean(m.target),
    readOnly: m.readOnly,
    origin: 'mount',
    noCopy: m.volumeOptions?.noCopy ?? false,
    propagation: (m.bindOptions?.propagation || 'rprivate') as Propagation,
    // 20.10 ignores volume-subpath (API 1.41 has no Subpath); kept for the engine to decide.
    subpath: m.volumeOptions?.subpath ?? null,
    tmpfsSize: m.tmpfsOptions?.sizeBytes ?? null,
    tmpfsMode: m.tmpfsOptions?.mode ?? null,
  });
}
