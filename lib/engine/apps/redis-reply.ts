/**
 * Redis replies (RESP2 types) and how redis-cli prints them: on a TTY as `(integer) 1`,
 * `"v"`, `(nil)`, `1) "k"`, `(empty array)` (cliFormatReplyTTY); otherwise raw, one value a line
 * (cliFormatReplyRaw). The server hands replies to redis-cli as JSON over the container's port.
 */
import { encodeUtf8 } from '../../fs';

export type Reply =
  | { t: 'status'; v: string }
  | { t: 'error'; v: string }
  | { t: 'int'; v: number }
  | { t: 'bulk'; v: string }
  | { t: 'nil' }
  | { t: 'array'; v: Reply[] };

export const ok: Reply = { t: 'status', v: 'OK' };
export const nil: Reply = { t: 'nil' };
export const int = (v: number): Reply => ({ t: 'int', v });
export const bulk = (v: string): Reply => ({ t: 'bulk', v });
export const error = (v: string): Reply => ({ t: 'error', v });

/** redis-cli's quoting of a bulk string on a TTY (sdscatrepr). */
export function repr(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0x80) for (const b of encodeUtf8(ch)) out += `\\x${b.toString(16)}`;
    else out += ch;
  }
  return `${out}"`;
}

export function formatTty(reply: Reply, prefix = ''): string {
  switch (reply.t) {
    case 'status':
      return `${reply.v}\n`;
    case 'error':
      return `(error) ${reply.v}\n`;
    case 'int':
      return `(integer) ${reply.v}\n`;
    case 'bulk':
      return `${repr(reply.v)}\n`;
    case 'nil':
      return '(nil)\n';
    case 'array': {
      if (reply.v.length === 0) return '(empty array)\n';
      const width = String(reply.v.length).length;
      return reply.v
        .map((r, i) => {
          const label = `${String(i + 1).padStart(width)}) `;
          const inner = formatTty(r, prefix + ' '.repeat(label.length));
          return `${i === 0 ? '' : prefix}${label}${inner}`;
        })
        .join('');
    }
  }
}

export function formatRaw(reply: Reply): string {
  switch (reply.t) {
    case 'nil':
      return '';
    case 'int':
      return String(reply.v);
    case 'array':
      return reply.v.map(formatRaw).join('\n');
    default:
      return reply.v;
  }
}
