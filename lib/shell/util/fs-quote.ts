/** How ls shows a file name: GNU quotes odd names on a TTY, BusyBox masks control bytes. */
import { encodeUtf8 } from './fs-lib';

const SPECIAL = /[ !"$&'()*;<=>?[\\\]^`|\t\n]/;
const NEEDS_ESCAPE = /[^\x20-\x7e]/;

/**
 * GNU quoting style "shell-escape" in the C locale (ls on a terminal): plain names stay
 * plain; names with shell metacharacters go in '...' ("..." when they hold a '); control
 * and non-ASCII bytes become $'\ooo' pieces, as in 'tab'$'\t''x'.
 */
export function shellEscape(name: string): { text: string; quoted: boolean } {
  if (NEEDS_ESCAPE.test(name)) {
    let out = "'";
    let escaping = false;
    for (const ch of name) {
      const code = ch.codePointAt(0) as number;
      if (code >= 0x20 && code < 0x7f) {
        if (escaping) out += "''";
        escaping = false;
        out += ch === "'" ? "'\\''" : ch;
        continue;
      }
      if (!escaping) out += "'$'";
      escaping = true;
      out += escapeChar(ch);
    }
    return { text: out + "'", quoted: true };
  }
  const special = SPECIAL.test(name) || /^[#~]/.test(name);
  if (!special) return { text: name, quoted: false };
  if (!name.includes("'")) return { text: `'${name}'`, quoted: true };
  if (!/["$`\\]/.test(name)) return { text: `"${name}"`, quoted: true };
  return { text: `'${name.replace(/'/g, "'\\''")}'`, quoted: true };
}

const C_ESCAPES: Record<string, string> = {
  '\x07': 'a',
  '\b': 'b',
  '\f': 'f',
  '\n': 'n',
  '\r': 'r',
  '\t': 't',
  '\v': 'v',
};

function escapeChar(ch: string): string {
  const c = C_ESCAPES[ch];
  if (c !== undefined) return `\\${c}`;
  return [...encodeUtf8(ch)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
}

/** BusyBox ls: control characters print as '?'. */
export function busyboxPrintable(name: string): string {
  return [...name].map((ch) => (ch < ' ' || ch === '\x7f' ? '?' : ch)).join('');
}
