/**
 * `-v` as the daemon receives it: an entry of HostConfig.Binds, parsed by ParseMountRaw (moby
 * 20.10 `volume/mounts/linux_parser.go`), or a Config.Volumes path (an anonymous volume).
 */
import type { MountSpec } from './mount-spec.types';
import {
  checkVolumeName,
  daemonError,
  isPropagation,
  mountConfigProblem,
  validMountMode,
} from './mount-spec-daemon';
import { goClean, goIsAbs } from './mount-spec-go';
import { containerPath, newMountSpec as spec } from './mount-spec-new';

/**
 * A Config.Volumes path, which the 20.10 daemon does not validate at all: `-v data` and
 * `-v c:/data` create anonymous volumes at the relative paths "data" / "c:/data", mounted under /.
 */
export function anonymousSpec(target: string): MountSpec {
  return spec({ type: 'volume', target: containerPath(target), origin: 'v' });
}

/**
 * The daemon's ParseMountRaw for an entry of HostConfig.Binds. A source without a leading "/" is a
 * volume name (`-v databases:/data` is a volume, not a bind). The volume name itself is checked
 * when the volume is created (checkNamedVolume), after the duplicate check.
 */
export function parseBind(raw: string): MountSpec {
  const invalidSpec = `invalid volume specification: '${raw}'`;
  const parts = raw.split(':');
  if (parts.length > 3 || parts[0] === '') throw daemonError(invalidSpec);
  const [source = '', target = '', mode = ''] = parts;
  if (parts.length === 2 && validMountMode(target)) throw daemonError(invalidSpec);
  if (!validMountMode(mode)) throw daemonError(`invalid mode: ${mode}`);
  const options = mode === '' ? [] : mode.split(',');
  const type = goIsAbs(source) ? 'bind' : 'volume';
  const propagation = options.find(isPropagation);
  const noCopy = options.includes('nocopy');
  const problem = mountConfigProblem({
    type,
    source,
    target,
    readOnly: options.includes('ro'),
    hasBindOptions: propagation !== undefined,
    hasVolumeOptions: noCopy,
    propagation: propagation ?? '',
  });
  if (problem) throw daemonError(`${invalidSpec}: ${problem}`);
  return spec({
    type,
    source: type === 'bind' ? goClean(source) : source,
    target: goClean(target),
    readOnly: options.includes('ro'),
    origin: 'v',
    mode,
    noCopy,
    propagation: propagation ?? 'rprivate',
    // -v creates a missing host directory (docs/semantics.md#m13--v-creates-a-missing-bind-source);
    // --mount does not (docs/semantics.md#m14---mount-refuses-a-missing-bind-source).
    createSource: type === 'bind',
  });
}

/** The local driver's name check when registerMountPoints creates a `-v` or `--mount` volume. */
export function checkNamedVolume(s: MountSpec): void {
  if (s.type === 'volume' && s.source !== null) checkVolumeName(s.source);
}
