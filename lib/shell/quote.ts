/**
 * Every way the shells and their tools quote text: words for a command line to re-parse (env,
 * xargs, sudo, container commands), printf %q, GNU's quoting of names in diagnostics, and how ls
 * shows a name (GNU's shell-escape on a terminal, BusyBox's masking).
 */
import { encodeUtf8 } from '../fs';

/** One shell word: bare when safe, else single-quoted ('\'' for embedded quotes). */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Quotes argv for the shell so each element stays one word (sudo, container commands). */
export function quoteArgv(argv: readonly string[]): string {
  return argv.map(shellWord).join(' ');
}

/** printf %q: bash's shell quoting of one word (backslashes, or $'...' for control bytes). */
export function printfQ(s: string): string {
  if (s === '') return "''";
  const control = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
  if ([...s].some(control)) {
    const map: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', "'": "\\'" };
    const body = [...s]
      .map((c) => {
        if (map[c] !== undefined) return map[c];
        if (c === '\\') return '\\\\';
        return control(c) ? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}` : c;
      })
      .join('');
    return `$'${body}'`;
  }
  return s.replace(/[^A-Za-z0-9_./:=@%^,+-]/g, (c) => `\\${c}`).replace(/^([~#])/, '\\$1');
}

/**
 * GNU coreutils' quoting of a file name in diagnostics (quoting style "shell-escape-always"
 * as used by `quote()` in C locale): 'name', "it's" when the name holds a single quote, and
 * $'\n'-style escapes for control characters.
 */
export function gnuQuote(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  if (/[\x00-\x1f\x7f]/.test(name)) {
    const body = [...name]
      .map((ch) => {
        const code = ch.charCodeAt(0);
        if (ch === "'") return "\\'";
        if (ch === '\\') return '\\\\';
        if (ch === '\n') return '\\n';
        if (ch === '\t') return '\\t';
        if (code < 0x20 || code === 0x7f) return `\\${code.toString(8).padStart(3, '0')}`;
        return ch;
      })
      .join('');
    return `$'${body}'`;
  }
  if (!name.includes("'")) return `'${name}'`;
  if (!/["$`\\]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, `'\\''`)}'`;
}

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
