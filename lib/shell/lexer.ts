/**
 * Splits a command line into words (with their quoting kept as parts) and operators.
 * POSIX sh rules for what learners type: quotes, backslash escapes, $VAR, ${VAR}, $?, $(...),
 * `...`, $((...)), ~, comments, redirections with an fd number (2>, 2>&1), &&, ||, |, ;.
 */
import type { Word, WordPart } from './ast';
import { ShellSyntaxError } from './syntax-error';

export type Token = { kind: 'word'; word: Word; raw: string } | { kind: 'op'; op: string };

const OPERATORS = [
  '&&',
  '||',
  ';;',
  '&>>',
  '&>',
  '>>',
  '>&',
  '>|',
  '<<',
  '<&',
  '<>',
  '|',
  ';',
  '&',
  '<',
  '>',
  '(',
  ')',
  '\n',
];
const SPECIAL_PARAMS = new Set([
  '?',
  '$',
  '#',
  '!',
  '-',
  '@',
  '*',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ' || ch === '\t') {
      i++;
    } else if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (op) {
        tokens.push({ kind: 'op', op });
        i += op.length;
      } else {
        const [word, end] = readWord(src, i);
        const raw = src.slice(i, end);
        // "2>file": digits directly before a redirection are its fd, not a word.
        if (/^\d+$/.test(raw) && (src[end] === '>' || src[end] === '<'))
          tokens.push({ kind: 'op', op: `fd:${raw}` });
        else tokens.push({ kind: 'word', word, raw });
        i = end;
      }
    }
  }
  return tokens;
}

function isWordEnd(ch: string | undefined): boolean {
  return ch === undefined || ' \t\n;&|<>()'.includes(ch);
}

/** Reads one word starting at `start`; returns its parts and the index after it. */
export function readWord(src: string, start: number): [Word, number] {
  const parts: WordPart[] = [];
  let i = start;
  const lit = (text: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last?.type === 'lit' && last.quoted === quoted) last.text += text;
    else parts.push({ type: 'lit', text, quoted });
  };
  if (src[i] === '~') {
    let j = i + 1;
    while (j < src.length && !isWordEnd(src[j]) && src[j] !== '/' && /[A-Za-z0-9_.-]/.test(src[j]!))
      j++;
    if (isWordEnd(src[j]) || src[j] === '/') {
      parts.push({ type: 'tilde', user: src.slice(i + 1, j) });
      i = j;
    }
  }
  while (i < src.length && !isWordEnd(src[i])) {
    const ch = src[i]!;
    if (ch === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError({ kind: 'unterminated', opener: "'" });
      lit(src.slice(i + 1, end), true);
      i = end + 1;
    } else if (ch === '"') {
      i = readDoubleQuoted(src, i + 1, parts, lit);
    } else if (ch === '\\') {
      if (i + 1 < src.length) lit(src[i + 1]!, true);
      i += 2;
    } else if (ch === '$' || ch === '`') {
      i = readDollar(src, i, parts, false, lit);
    } else {
      lit(ch, false);
      i++;
    }
  }
  return [parts, i];
}

type Lit = (text: string, quoted: boolean) => void;

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

function readDollar(src: string, i: number, parts: WordPart[], quoted: boolean, lit: Lit): number {
  if (src[i] === '`') {
    const end = findBacktick(src, i + 1);
    parts.push({
      type: 'cmdsub',
      source: src.slice(i + 1, end).replace(/\\([$`\\])/g, '$1'),
      quoted,
    });
    return end + 1;
  }
  const next = src[i + 1];
  if (next === '(' && src[i + 2] === '(') {
    const end = findClosing(src, i + 3, 2);
    parts.push({ type: 'arith', expr: src.slice(i + 3, end - 1), quoted });
    return end + 1;
  }
  if (next === '(') {
    const end = findClosing(src, i + 2, 1);
    parts.push({ type: 'cmdsub', source: src.slice(i + 2, end), quoted });
    return end + 1;
  }
  if (next === '{') return readBraced(src, i + 2, parts, quoted);
  if (next !== undefined && SPECIAL_PARAMS.has(next)) {
    parts.push({ type: 'param', name: next, quoted });
    return i + 2;
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))?.[0];
  if (name) {
    parts.push({ type: 'param', name, quoted });
    return i + 1 + name.length;
  }
  lit('$', quoted);
  return i + 1;
}

function readBraced(src: string, start: number, parts: WordPart[], quoted: boolean): number {
  const end = findBrace(src, start);
  const body = src.slice(start, end);
  const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[?$#!@*0-9])(:?[-=+])?([\s\S]*)$/.exec(body);
  if (!m) throw new ShellSyntaxError({ kind: 'unexpected-token', token: `\${${body}}` });
  const [, hash, name, op, rest] = m;
  if (hash) parts.push({ type: 'param', name: name!, quoted, op: { kind: '#len', word: [] } });
  else if (op) {
    const word = readLooseWord(rest!);
    parts.push({ type: 'param', name: name!, quoted, op: { kind: op as ':-', word } });
  } else if (rest) throw new ShellSyntaxError({ kind: 'unexpected-token', token: `\${${body}}` });
  else parts.push({ type: 'param', name: name!, quoted });
  return end + 1;
}

/** The word of `${VAR:-word}`: like a word, but blanks and operators are plain text. */
function readLooseWord(text: string): Word {
  const parts: Word = [];
  let i = 0;
  while (i < text.length) {
    if (isWordEnd(text[i])) {
      parts.push({ type: 'lit', text: text[i]!, quoted: false });
      i++;
    } else {
      const [word, end] = readWord(text, i);
      parts.push(...word);
      i = end;
    }
  }
  return parts;
}

function findBrace(src: string, start: number): number {
  const end = src.indexOf('}', start);
  if (end < 0) throw new ShellSyntaxError({ kind: 'unterminated', opener: '}' });
  return end;
}

function findBacktick(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '`') return i;
  }
  throw new ShellSyntaxError({ kind: 'unterminated', opener: '`' });
}

/** Index of the `)` closing `depth` open parens, skipping quoted text. */
function findClosing(src: string, start: number, depth: number): number {
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
