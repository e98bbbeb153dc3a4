/** Text helpers shared by commands: quoting as GNU coreutils does it, and error wording. */
import { isFsError, strerror } from '../fs';

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

/** The strerror text of an fs error; anything that is not an FsError is a bug and rethrown. */
export function errorText(e: unknown): string {
  if (isFsError(e)) return strerror(e.code);
  throw e;
}
