/**
 * `--tmpfs PATH[:OPTIONS]` as the daemon receives it (an entry of HostConfig.Tmpfs, which the CLI
 * passes on unchecked) → MountSpec, and what runc says when the kernel refuses its options.
 */
import type { MountSpec } from './mount-spec.types';
import { checkTmpfsDestination, checkTmpfsOptions } from './mount-spec-daemon';
import { goClean, goParseOctal32 } from './mount-spec-go';
import { newMountSpec as spec } from './mount-spec-new';

/** Kernel tmpfs `size=` (bytes, k/m/g suffix); null for "%" sizes or garbage (runc fails at start). */
function tmpfsSizeOption(v: string): number | null {
  const m = /^(\d+)([kmg]?)$/i.exec(v);
  if (!m) return null;
  const mul = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number(m[1]) * mul;
}

/** The daemon's checks of a HostConfig.Tmpfs entry: its destination, then its option names. */
export function checkTmpfs(dest: string, options: string): void {
  checkTmpfsDestination(dest);
  checkTmpfsOptions(options);
}

/**
 * A checked HostConfig.Tmpfs entry (OPTIONS are kernel mount options, e.g. size=64m,mode=1770).
 */
export function tmpfsSpec(dest: string, options: string): MountSpec {
  let readOnly = false;
  let tmpfsSize: number | null = null;
  let tmpfsMode: number | null = null;
  for (const o of options === '' ? [] : options.split(',')) {
    if (o === 'ro' || o === 'rw') readOnly = o === 'ro';
    else if (o.startsWith('size=')) tmpfsSize = tmpfsSizeOption(o.slice(5));
    else if (o.startsWith('mode=')) tmpfsMode = goParseOctal32(o.slice(5));
  }
  return spec({
    type: 'tmpfs',
    target: goClean(dest),
    readOnly,
    origin: 'tmpfs',
    mode: options,
    tmpfsSize,
    tmpfsMode,
  });
}

const KERNEL_SIZE = /^\d+[kmgtpe%]?$/i;

/**
 * What runc says when the kernel refuses a `--tmpfs` option at start (the daemon passed it on
 * unchecked): `size=12q`, `mode=999`. null when the options mount. Docker adds nosuid, nodev
 * and noexec (flags 0xe; ro adds 0x1); `data` is the key=value options as given.
 */
export function tmpfsStartError(spec: MountSpec): string | null {
  if (spec.type !== 'tmpfs' || spec.origin !== 'tmpfs' || spec.mode === '') return null;
  const options = spec.mode.split(',');
  const bad = options.some(
    (o) =>
      (o.startsWith('size=') && !KERNEL_SIZE.test(o.slice(5))) ||
      (o.startsWith('mode=') && goParseOctal32(o.slice(5)) === null),
  );
  if (!bad) return null;
  const flags = 0xe | (options.includes('ro') ? 1 : 0);
  const data = options.filter((o) => o.includes('=')).join(',');
  return `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "tmpfs" to rootfs at "${spec.target}": mount tmpfs:${spec.target} (via /proc/self/fd/6), flags: 0x${flags.toString(16)}, data: ${data}: invalid argument: unknown`;
}
