/**
 * The daemon's checks on mounts (moby 20.10 `volume/mounts/linux_parser.go`, `validate.go`,
 * local-driver name checks), as observed on the real 20.10.24 daemon. Every error here is a
 * DaemonError: the CLI prints it as `docker: Error response from daemon: <text>` for `docker run`
 * (exit 125), or `Error response from daemon: <text>` for `docker create` (exit 1).
 */
import { DaemonError } from './errors';
import type { MountSpec } from './mount-spec.types';
import { goClean, goIsAbs, goQuote } from './mount-spec-go';

export type Propagation = MountSpec['propagation'];
const PROPAGATIONS: readonly string[] = [
  'private',
  'rprivate',
  'shared',
  'rshared',
  'slave',
  'rslave',
];
const CONSISTENCY: readonly string[] = ['consistent', 'cached', 'delegated'];

export function daemonError(text: string): DaemonError {
  return new DaemonError(text, 'invalid');
}

export function isPropagation(s: string): s is Propagation {
  return PROPAGATIONS.includes(s);
}

/**
 * linuxValidMountMode: comma list, at most one of each group (rw|ro, z|Z, propagation, nocopy,
 * consistency).
 */
export function validMountMode(mode: string): boolean {
  if (mode === '') return true;
  const counts = [0, 0, 0, 0, 0];
  for (const o of mode.split(',')) {
    const group =
      o === 'rw' || o === 'ro'
        ? 0
        : o === 'z' || o === 'Z'
          ? 1
          : isPropagation(o)
            ? 2
            : o === 'nocopy'
              ? 3
              : CONSISTENCY.includes(o)
                ? 4
                : -1;
    if (group < 0) return false;
    counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts.every((n) => n <= 1);
}

/** Mount config as the daemon validates it (the parts a learner can get wrong). */
export interface DaemonMountConfig {
  type: string;
  source: string;
  target: string;
  readOnly: boolean;
  hasBindOptions: boolean;
  hasVolumeOptions: boolean;
  propagation: string;
}

/**
 * validateMountConfigImpl without the bind-source existence check (that needs the host filesystem:
 * the engine reports `bind source path does not exist: <path>` for --mount binds,
 * docs/semantics.md#m14---mount-refuses-a-missing-bind-source). Returns the reason text; the caller
 * wraps it.
 */
export function mountConfigProblem(m: DaemonMountConfig): string | null {
  const wrap = (why: string) => `invalid mount config for type ${goQuote(m.type)}: ${why}`;
  if (m.target === '') return wrap('field Target must not be empty');
  if (goClean(m.target.replaceAll('\\', '/')) === '/')
    return wrap("invalid specification: destination can't be '/'");
  if (!goIsAbs(m.target))
    return wrap(`invalid mount path: '${m.target}' mount path must be absolute`);
  switch (m.type) {
    case 'bind':
      if (m.source === '') return wrap('field Source must not be empty');
      if (m.propagation !== '' && !isPropagation(m.propagation))
        return wrap(`invalid propagation mode: ${m.propagation}`);
      if (m.hasVolumeOptions) return wrap('field VolumeOptions must not be specified');
      if (!goIsAbs(m.source))
        return wrap(`invalid mount path: '${m.source}' mount path must be absolute`);
      return null;
    case 'volume':
      if (m.hasBindOptions) return wrap('field BindOptions must not be specified');
      if (m.source === '' && m.readOnly)
        return wrap('must not set ReadOnly mode when using anonymous volumes');
      return null;
    case 'tmpfs':
      if (m.hasBindOptions) return wrap('field BindOptions must not be specified');
      if (m.source !== '') return wrap('field Source must not be specified');
      return null;
    default:
      // Includes type=image: 20.10 (API 1.41) predates image mounts.
      return wrap('mount type unknown');
  }
}

/** Local volume driver name check, run when the daemon creates a named volume for a mount. */
export function checkVolumeName(name: string): void {
  if ([...name].length === 1)
    throw daemonError(
      `create ${name}: volume name is too short, names should be at least two alphanumeric characters`,
    );
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name))
    throw daemonError(
      `create ${name}: ${goQuote(name)} includes invalid characters for a local volume name, ` +
        'only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    );
}

/**
 * validateNotRoot + validateAbsolute for a `--tmpfs` destination (no wrapping, unlike -v/--mount).
 */
export function checkTmpfsDestination(dest: string): void {
  if (goClean(dest.replaceAll('\\', '/')) === '/')
    throw daemonError("invalid specification: destination can't be '/'");
  if (!goIsAbs(dest))
    throw daemonError(`invalid mount path: '${dest}' mount path must be absolute`);
}

/** Mount flag names moby's mount.ParseTmpfsOptions accepts without a value. */
const TMPFS_FLAGS = new Set(
  (
    'defaults ro rw suid nosuid dev nodev exec noexec sync async dirsync remount mand nomand ' +
    'atime noatime diratime nodiratime bind rbind unbindable runbindable private rprivate shared ' +
    'rshared slave rslave relatime norelatime strictatime nostrictatime'
  ).split(' '),
);

/** `invalid tmpfs option ["bogus"]` for a flag the kernel mount table does not know. */
export function checkTmpfsOptions(options: string): void {
  if (options === '') return;
  for (const o of options.split(',')) {
    if (o.includes('=') || TMPFS_FLAGS.has(o)) continue;
    throw daemonError(`invalid tmpfs option [${goQuote(o)}]`);
  }
}
