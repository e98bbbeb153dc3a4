/** Pathname expansion (*, ?, [...]) over a FileSystem, sorted in C-locale byte order. */
import type { FileSystem } from '../fs';

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Converts a shell pattern to a RegExp source; `literal[i]` marks quoted (literal) chars. */
export function patternSource(pattern: string, literal: boolean[]): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (literal[i]) re += escape(ch);
    else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const set = bracket(pattern, i);
      if (!set) re += '\\[';
      else {
        re += set.source;
        i = set.end;
      }
    } else re += escape(ch);
  }
  return re;
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  xdigit: '0-9A-Fa-f',
  punct: '!-\\/:-@\\[-`{-~',
};

/** `[abc]`, `[!a-z]`, `[[:digit:]]` starting at `i`; null when it never closes (a literal `[`). */
function bracket(pattern: string, i: number): { source: string; end: number } | null {
  let j = i + 1;
  let body = '';
  if (pattern[j] === '!' || pattern[j] === '^') {
    body += '^';
    j++;
  }
  if (pattern[j] === ']') {
    body += '\\]';
    j++;
  }
  while (j < pattern.length && pattern[j] !== ']') {
    const cls = /^\[:(\w+):\]/.exec(pattern.slice(j));
    if (cls) {
      body += CLASSES[cls[1]!] ?? '';
      j += cls[0].length;
      continue;
    }
    const c = pattern[j]!;
    body += '\\[^'.includes(c) ? `\\${c}` : c;
    j++;
  }
  return j < pattern.length ? { source: `[${body}]`, end: j } : null;
}

function componentRegex(pattern: string, literal: boolean[]): RegExp {
  return new RegExp(`^${patternSource(pattern, literal)}$`, 's');
}

/** Whether `text` matches the shell pattern as a whole (case, [[ == ]]). */
export function matchPattern(text: string, pattern: string, literal: boolean[]): boolean {
  return new RegExp(`^${patternSource(pattern, literal)}$`, 's').test(text);
}

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Expands `pattern` (with `literal[i]` true for quoted characters) against the filesystem.
 * Returns the sorted matches, or [] when nothing matches (the caller keeps the word as is).
 */
export function expandGlob(
  fs: FileSystem,
  cwd: string,
  pattern: string,
  literal: boolean[],
): string[] {
  const absolute = pattern.startsWith('/');
  const comps: { text: string; literal: boolean[] }[] = [];
  let start = 0;
  for (let i = 0; i <= pattern.length; i++) {
    if (i === pattern.length || pattern[i] === '/') {
      if (i > start)
        comps.push({ text: pattern.slice(start, i), literal: literal.slice(start, i) });
      start = i + 1;
    }
  }
  let bases: { shown: string; real: string }[] = [
    { shown: absolute ? '/' : '', real: absolute ? '/' : cwd },
  ];
  for (const comp of comps) {
    const isPattern = [...comp.text].some((ch, k) => !comp.literal[k] && '*?['.includes(ch));
    const next: typeof bases = [];
    for (const base of bases) {
      const names = isPattern ? matchNames(fs, base.real, comp.text, comp.literal) : [comp.text];
      for (const name of names) {
        const real = base.real === '/' ? `/${name}` : `${base.real}/${name}`;
        if (!isPattern && !fs.exists(real)) continue;
        const shown =
          base.shown === ''
            ? name
            : base.shown.endsWith('/')
              ? base.shown + name
              : `${base.shown}/${name}`;
        next.push({ shown, real });
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  const trailingSlash = pattern.endsWith('/') ? '/' : '';
  return bases.map((b) => b.shown + trailingSlash).sort(byteOrder);
}

function matchNames(fs: FileSystem, dir: string, pattern: string, literal: boolean[]): string[] {
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    return [];
  }
  const re = componentRegex(pattern, literal);
  const showHidden = pattern.startsWith('.');
  return names.filter((n) => (showHidden || !n.startsWith('.')) && re.test(n));
}

export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
