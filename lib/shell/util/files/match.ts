/** fnmatch(3) without flags, as find -name/-path use it: `*`, `?`, `[a-z]`, `[!x]`, `\x`. */

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else if (ch === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i] as string);
    else if (ch === '[') {
      let j = i + 1;
      let negate = false;
      if (pattern[j] === '!' || pattern[j] === '^') {
        negate = true;
        j++;
      }
      let body = '';
      let first = true;
      while (j < pattern.length && (pattern[j] !== ']' || first)) {
        const c = pattern[j] as string;
        body += c === '-' && !first && pattern[j + 1] !== ']' ? '-' : escapeRe(c);
        first = false;
        j++;
      }
      if (j >= pattern.length) re += '\\[';
      else {
        re += `[${negate ? '^' : ''}${body}]`;
        i = j;
      }
    } else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`, ignoreCase ? 'i' : '');
}
