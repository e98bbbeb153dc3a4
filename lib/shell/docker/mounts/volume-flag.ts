/**
 * `-v SPEC` → a MountRequest, as CLI 28.2.2 builds it: cli/compose/loader ParseVolume splits the
 * value (its errors are the CLI's own: `invalid spec: ...`), then cli/command/container/opts.go
 * sends a value with a source as a HostConfig.Binds entry (a host path starting with "." resolved
 * against the cwd) and one without as a Config.Volumes path. The daemon parses the rest.
 */
import type { MountRequest } from '../../../engine';
import { MountFlagError } from './errors';
import { goAbs } from './go';

/**
 * compose's isWindowsDrive: one letter followed by ':' (so `-v c:/data` is ONE anonymous target).
 */
function isDrive(buffer: string, ch: string): boolean {
  return ch === ':' && [...buffer].length === 1 && /^\p{L}$/u.test(buffer);
}

/** cli/compose/loader ParseVolume: the CLI's own split of a -v value (client-side errors). */
function cliSplitVolume(raw: string): { source: string; target: string } {
  if (raw.length === 0) throw new MountFlagError('invalid empty volume spec', 'cli');
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
      const fail = (why: string) => new MountFlagError(`invalid spec: ${raw}: ${why}`, 'cli');
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

/** Parses a `-v SPEC` value; `cwd` resolves a host path starting with "." (`./db`, `..`). */
export function parseVolumeFlag(raw: string, cwd: string): MountRequest {
  const parsed = cliSplitVolume(raw);
  if (parsed.source === '') return { kind: 'volume', target: parsed.target };
  let bind = raw;
  if (looksLikeHostPath(parsed.source)) {
    const colon = raw.indexOf(':');
    const host = raw.slice(0, colon);
    if (!host.startsWith('/') && host.startsWith('.')) bind = goAbs(cwd, host) + raw.slice(colon);
  }
  return { kind: 'bind', spec: bind };
}
