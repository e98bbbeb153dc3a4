/**
 * `--tmpfs PATH[:OPTIONS]` → a MountRequest. The CLI only splits at the first colon
 * (cli/command/container/opts.go) and checks nothing: the daemon validates both parts.
 */
import type { MountRequest } from '../../../engine';

export function parseTmpfsFlag(raw: string): MountRequest {
  const colon = raw.indexOf(':');
  return colon < 0
    ? { kind: 'tmpfs', target: raw, options: '' }
    : { kind: 'tmpfs', target: raw.slice(0, colon), options: raw.slice(colon + 1) };
}
