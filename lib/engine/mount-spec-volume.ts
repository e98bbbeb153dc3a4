/**
 * `-v SPEC` → MountSpec. The CLI half is cli/compose/loader ParseVolume plus the "." resolution in
 * cli/command/container/opts.go (CLI 28.2.2); the daemon half is ParseMountRaw (20.10).
 */
import { MountSpecError, type MountSpec } from './mount-spec.types';
import {
  checkVolumeName,
  daemonError,
  isPropagation,
  mountConfigProblem,
  validMountMode,
} from './mount-spec-daemon';
import { goAbs, goClean, goIsAbs } from './mount-spec-go';
import { containerPath, newMountSpec as spec } from './mount-spec-new';

/**
 * compose's isWindowsDrive: one letter followed by ':' (so `-v c:/data` is ONE anonymous target).
 */
function isDrive(buffer: string, ch: string): boolean {
  return ch === ':' && [...buffer].length === 1 && /^\p{L}$/u.test(buffer);
}

/** cli/compose/loader ParseVolume: the CLI's own split of a -v value (client-side errors). */
function cliSplitVolume(raw: string): { source: string; target: string } {
  if (raw.length === 0) throw new MountSpecError('invalid empty volume spec', 'cli');
  if (raw.length <= 2) return { source: '', target: raw };
  let source = '';
  let target: string | null = null;
  let buffer = '';
  const chars = [...raw, '\0'];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '\0';
    const end = i === chars.length - 1;
    if (isDrive(buffer, ch)) buffer += ch;
    else if (ch === ':' || end) {
      const fail = (why: string) => new MountSpecError(`invalid spec: ${raw}: ${why}`, 'cli');
      if (buffer === '') throw fail('empty section between colons');
      if (source === '' && end) target = buffer;
      else if (source === '') source = buffer;
      else if (target === null) target = buffer;
      else if (ch === ':') throw fail('too many colons');
      buffer = '';
    } else buffer += ch;
  }
  return { source, target: target ?? '' };
}

/**
 * compose isFilePath: what the CLI treats as a host path (and so resolves when it starts with ".").
 */
function looksLikeHostPath(source: string): boolean {
  if (/^[./~]/.test(source) || source.startsWith('\\\\')) return true;
  const chars = [...source];
  return isDrive(chars[0] ?? '', chars[1] ?? '');
}

/**
 * Parses a `-v SPEC` value. `cwd` resolves a host path starting with "." (`./db`, `..`, `.hidden`).
 * A source without a leading "/" is a volume name (`-v databases:/data` is a volume, not a bind).
 */
export function parseVolumeFlag(raw: string, cwd: string): MountSpec {
  const parsed = cliSplitVolume(raw);
  if (parsed.source === '') {
    // Goes to Config.Volumes, which the 20.10 daemon does not validate at all: `-v data` and
    // `-v c:/data` create anonymous volumes at the relative paths "data" / "c:/data".
    return spec({ type: 'volume', target: containerPath(parsed.target), origin: 'v' });
  }
  let bind = raw;
  if (looksLikeHostPath(parsed.source)) {
    const colon = raw.indexOf(':');
    const host = raw.slice(0, colon);
    if (!goIsAbs(host) && host.startsWith('.')) bind = goAbs(cwd, host) + raw.slice(colon);
  }
  return parseBind(bind);
}

/** The daemon's ParseMountRaw for an entry of HostConfig.Binds. */
function parseBind(raw: string): MountSpec {
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
  if (type === 'volume') checkVolumeName(source);
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
