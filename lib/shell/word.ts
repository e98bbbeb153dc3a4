/**
 * Reads one shell word from source text into parts that keep their quoting: literal text,
 * parameters (`$x`, `${x:-y}`), command substitutions, arithmetic and tildes. Used by the lexer
 * for command words and for the text of here-documents and `$(( ))`.
 */
import type { Word, WordPart } from './ast';
import { readBraced } from './word-param';
import { ShellSyntaxError } from './syntax-error';

const SPECIAL_PARAMS = new Set('?$#!-@*0123456789');

export function isWordEnd(ch: string | undefined): boolean {
  return ch === undefined || ' \t\n;&|<>()'.includes(ch);
}

/** Appends literal text to a part list, merging with the previous literal of the same quoting. */
export type Lit = (text: string, quoted: boolean) => void;

function literalSink(parts: WordPart[]): Lit {
  return (text, quoted) => {
    const last = parts[parts.length - 1];
    if (last?.type === 'lit' && last.quoted === quoted) last.text += text;
    else parts.push({ type: 'lit', text, quoted });
  };
}

/**
 * Reads one word starting at `start`; returns its parts and the index after it. `stop` ends the
 * word early (the `}` of `${x:-word}`, the `/` of `${x/a/b}`).
 */
export function readWord(
  src: string,
  start: number,
  stop: (ch: string, i: number) => boolean = isWordEnd,
): [Word, number] {
  const parts: WordPart[] = [];
  const lit = literalSink(parts);
  let i = readTilde(src, start, parts, stop);
  while (i < src.length && !stop(src[i]!, i)) {
    const ch = src[i]!;
    if (ch === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError({ kind: 'unterminated', opener: "'" });
      lit(src.slice(i + 1, end), true);
      i = end + 1;
    } else if (ch === '"') {
      i = readDoubleQuoted(src, i + 1, parts, lit);
    } else if (ch === '\\') {
      if (src[i + 1] === '\n') i += 2;
      else {
        if (i + 1 < src.length) lit(src[i + 1]!, true);
        i += 2;
      }
    } else if (ch === '$' && (src[i + 1] === "'" || src[i + 1] === '"')) {
      i = src[i + 1] === "'" ? readAnsiC(src, i + 2, lit) : i + 1; // $"..." is "..."
    } else if (ch === '$' || ch === '`') {
      i = readDollar(src, i, parts, false, lit);
    } else {
      lit(ch, false);
      i++;
    }
  }
  return [parts, i];
}

function readTilde(
  src: string,
  i: number,
  parts: WordPart[],
  stop: (ch: string, i: number) => boolean,
): number {
  if (src[i] !== '~') return i;
  let j = i + 1;
  while (j < src.length && !stop(src[j]!, j) && /[A-Za-z0-9_.-]/.test(src[j]!)) j++;
  if (j < src.length && !stop(src[j]!, j) && src[j] !== '/') return i;
  parts.push({ type: 'tilde', user: src.slice(i + 1, j) });
  return j;
}

/** `$'...'`: bash's ANSI-C quoting (\n, \t, \\, \', \e, \xHH). */
function readAnsiC(src: string, start: number, lit: Lit): number {
  const escapes: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    E: '\x1b',
    f: '\f',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
  };
  let text = '';
  let i = start;
  for (; i < src.length && src[i] !== "'"; i++) {
    if (src[i] !== '\\') {
      text += src[i];
      continue;
    }
    const next = src[++i] ?? '';
    const hex = next === 'x' ? /^[0-9A-Fa-f]{1,2}/.exec(src.slice(i + 1))?.[0] : undefined;
    if (hex) {
      text += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else text += escapes[next] ?? `\\${next}`;
  }
  if (i >= src.length) throw new ShellSyntaxError({ kind: 'unterminated', opener: "'" });
  lit(text, true);
  return i + 1;
}

function readDoubleQuoted(src: string, start: number, parts: WordPart[], lit: Lit): number {
  let i = start;
  lit('', true); // "" is an empty word, not nothing
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"') return i + 1;
    if (ch === '\\' && i + 1 < src.length && '$`"\\\n'.includes(src[i + 1]!)) {
      if (src[i + 1] !== '\n') lit(src[i + 1]!, true);
      i += 2;
    } else if (ch === '$' || ch === '`') {
      i = readDollar(src, i, parts, true, lit);
    } else {
      lit(ch, true);
      i++;
    }
  }
  throw new ShellSyntaxError({ kind: 'unterminated', opener: '"' });
}

/**
 * Text where only `$`, backquotes and backslashes are special: a here-document's body, the
 * inside of `$(( ))`. Every literal is marked quoted (no splitting or globbing applies).
 */
export function parseExpandable(text: string): Word {
  const parts: WordPart[] = [];
  const lit = literalSink(parts);
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && '$`\\\n'.includes(text[i + 1]!)) {
      if (text[i + 1] !== '\n') lit(text[i + 1]!, true);
      i += 2;
    } else if (ch === '$' || ch === '`') {
      i = readDollar(text, i, parts, true, lit);
    } else {
      lit(ch, true);
      i++;
    }
  }
  return parts;
}

export function readDollar(
  src: string,
  i: number,
  parts: WordPart[],
  quoted: boolean,
  lit: Lit,
): number {
  if (src[i] === '`') {
    const end = findBacktick(src, i + 1);
    const source = src.slice(i + 1, end).replace(/\\([$`\\])/g, '$1');
    parts.push({ type: 'cmdsub', source, quoted });
    return end + 1;
  }
  const next = src[i + 1];
  if (next === '(' && src[i + 2] === '(') {
    const end = findClosing(src, i + 3, 2);
    if (src[end - 1] === ')') {
      parts.push({ type: 'arith', expr: parseExpandable(src.slice(i + 3, end - 1)), quoted });
      return end + 1;
    }
  }
  if (next === '(') {
    const end = findClosing(src, i + 2, 1);
    parts.push({ type: 'cmdsub', source: src.slice(i + 2, end), quoted });
    return end + 1;
  }
  if (next === '{') {
    const end = findBrace(src, i + 2);
    parts.push(readBraced(src.slice(i + 2, end), quoted));
    return end + 1;
  }
  if (next !== undefined && SPECIAL_PARAMS.has(next)) {
    parts.push({ type: 'param', name: next, quoted });
    return i + 2;
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1, i + 200))?.[0];
  if (name) {
    parts.push({ type: 'param', name, quoted });
    return i + 1 + name.length;
  }
  lit('$', quoted);
  return i + 1;
}

/** Index of the `}` closing `${`, skipping nested `${…}`, quotes and escapes. */
function findBrace(src: string, start: number): number {
  let depth = 1;
  for (let i = start; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '"') {
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
    } else if (ch === '$' && src[i + 1] === '{') {
      depth++;
      i++;
    } else if (ch === '}' && --depth === 0) return i;
  }
  throw new ShellSyntaxError({ kind: 'unterminated', opener: '}' });
}

function findBacktick(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '`') return i;
  }
  throw new ShellSyntaxError({ kind: 'unterminated', opener: '`' });
}

/** Index of the `)` closing `depth` open parens, skipping quoted text. */
export function findClosing(src: string, start: number, depth: number): number {
  for (let i = start; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === "'") {
      i = src.indexOf("'", i + 1);
      if (i < 0) break;
    } else if (ch === '"') {
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new ShellSyntaxError({ kind: 'unterminated', opener: ')' });
}
