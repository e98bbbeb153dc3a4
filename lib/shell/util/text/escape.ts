/**
 * Backslash escapes of echo -e, printf formats and printf %b. Bytes above 0x7f written as
 * \NNN or \xHH cannot be raw bytes in a JS string; they come out as the Latin-1 character.
 * `\u`/`\U` follow bash in the C locale: ASCII code points become the character, others
 * are printed back as `\uXXXX` (uppercase hex), since C has no charset to convert into.
 */

export type EscapeMode =
  /** bash echo -e: octal only as \0NNN */
  | 'echo-bash'
  /** BusyBox echo -e: \0NNN and \NNN */
  | 'echo-busybox'
  /** printf %b (both shells): \0NNN and \NNN */
  | 'percent-b'
  /** printf FORMAT in bash: \NNN, no \c */
  | 'format-bash'
  /** printf FORMAT in BusyBox: \NNN, \c stops */
  | 'format-busybox';

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

export interface Expanded {
  text: string;
  /** \c was met: stop all further output. */
  stop: boolean;
}

function takeDigits(s: string, from: number, max: number, re: RegExp): string {
  let end = from;
  while (end < s.length && end - from < max && re.test(s[end] as string)) end++;
  return s.slice(from, end);
}

export function expandEscapes(s: string, mode: EscapeMode): Expanded {
  let out = '';
  const bash = mode === 'echo-bash' || mode === 'format-bash' || mode === 'percent-b';
  const format = mode === 'format-bash' || mode === 'format-busybox';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch !== '\\' || i + 1 >= s.length) {
      out += ch;
      continue;
    }
    const next = s[i + 1] as string;
    if (next in SIMPLE && (bash || next !== 'E')) {
      out += SIMPLE[next];
      i++;
    } else if (next === 'c' && mode !== 'format-bash') {
      return { text: out, stop: true };
    } else if (format && (next === '"' || (bash && (next === "'" || next === '?')))) {
      out += next;
      i++;
    } else if (next === '0' && !format) {
      const digits = takeDigits(s, i + 2, 3, /[0-7]/);
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff);
      i += 1 + digits.length;
    } else if (/[0-7]/.test(next) && mode !== 'echo-bash') {
      const digits = takeDigits(s, i + 1, 3, /[0-7]/);
      let value = parseInt(digits, 8);
      let used = digits.length;
      if (mode === 'echo-busybox' && value > 0xff) {
        value = parseInt(digits.slice(0, 2), 8);
        used = 2;
      }
      out += String.fromCharCode(value & 0xff);
      i += used;
    } else if (next === 'x' && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
      const digits = takeDigits(s, i + 2, 2, /[0-9a-fA-F]/);
      out += String.fromCharCode(parseInt(digits, 16));
      i += 1 + digits.length;
    } else if ((next === 'u' || next === 'U') && bash && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
      const digits = takeDigits(s, i + 2, next === 'u' ? 4 : 8, /[0-9a-fA-F]/);
      const cp = parseInt(digits, 16);
      out +=
        cp < 0x80
          ? String.fromCharCode(cp)
          : `\\${next}${cp
              .toString(16)
              .toUpperCase()
              .padStart(next === 'u' ? 4 : 8, '0')}`;
      i += 1 + digits.length;
    } else {
      out += ch;
    }
  }
  return { text: out, stop: false };
}
