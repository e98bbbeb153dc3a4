/** The inside of `${…}`: a parameter, an optional `[index]` and an operator with its words. */
import type { ParamOp, Word, WordPart } from './ast';
import { readWord } from './word';

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|\d+|[?$#!@*-])/;
const OPERATORS = [
  ':-',
  ':=',
  ':?',
  ':+',
  '-',
  '=',
  '?',
  '+',
  '##',
  '#',
  '%%',
  '%',
  '//',
  '/#',
  '/%',
  '/',
  '^^',
  '^',
  ',,',
  ',',
];

type ParamPart = Extract<WordPart, { type: 'param' }>;

export function readBraced(body: string, quoted: boolean): ParamPart {
  const bad = (): ParamPart => ({
    type: 'param',
    name: '',
    quoted,
    op: { kind: 'bad', text: `\${${body}}` },
  });
  if (body.startsWith('#') && body.length > 1) {
    const inner = readNameIndex(body.slice(1));
    if (!inner || inner.rest !== '') return bad();
    return {
      type: 'param',
      name: inner.name,
      quoted,
      ...withIndex(inner.index),
      op: { kind: '#len' },
    };
  }
  const head = readNameIndex(body);
  if (!head) return bad();
  const base: ParamPart = { type: 'param', name: head.name, quoted, ...withIndex(head.index) };
  if (head.rest === '') return base;
  const op = readOperator(head.rest);
  return op ? { ...base, op } : bad();
}

function withIndex(index: Word | undefined): { index?: Word } {
  return index ? { index } : {};
}

function readNameIndex(text: string): { name: string; index?: Word; rest: string } | null {
  const name = NAME.exec(text)?.[0];
  if (!name) return null;
  const rest = text.slice(name.length);
  if (rest.startsWith('[') && /^[A-Za-z_]/.test(name)) {
    const close = rest.indexOf(']');
    if (close < 0) return null;
    const index = loose(rest.slice(1, close));
    return { name, index, rest: rest.slice(close + 1) };
  }
  return { name, rest };
}

function readOperator(rest: string): ParamOp | null {
  if (rest.startsWith(':') && !/^:[-=?+]/.test(rest)) {
    const [offset, length] = splitTop(rest.slice(1), ':');
    return {
      kind: 'substring',
      offset: loose(offset),
      length: length === null ? null : loose(length),
    };
  }
  const kind = OPERATORS.find((o) => rest.startsWith(o));
  if (!kind) return null;
  const text = rest.slice(kind.length);
  switch (kind) {
    case '#':
    case '##':
    case '%':
    case '%%':
      return { kind, pattern: loose(text) };
    case '/':
    case '//':
    case '/#':
    case '/%': {
      const [pattern, replacement] = splitTop(text, '/');
      return { kind, pattern: loose(pattern), replacement: loose(replacement ?? '') };
    }
    case '^':
    case '^^':
    case ',':
    case ',,':
      return { kind, pattern: loose(text) };
    default:
      return { kind: kind as ':-', word: loose(text) };
  }
}

/** Splits at the first `sep` outside quotes and escapes. */
function splitTop(text: string, sep: string): [string, string | null] {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === sep) return [text.slice(0, i), text.slice(i + 1)];
    if (ch === '\\') i++;
    else if (ch === "'") i = Math.max(i, text.indexOf("'", i + 1));
    else if (ch === '"') i = skipDoubleQuoted(text, i);
  }
  return [text, null];
}

function skipDoubleQuoted(text: string, i: number): number {
  for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
  return i;
}

/** The word of `${VAR:-word}`: like a word, but blanks and operators are plain text. */
export function loose(text: string): Word {
  const parts: Word = [];
  let i = 0;
  while (i < text.length) {
    const [word, end] = readWord(text, i, (ch) => ' \t\n;&|<>()'.includes(ch));
    parts.push(...word);
    i = end;
    if (i < text.length) {
      const last = parts[parts.length - 1];
      if (last?.type === 'lit' && !last.quoted) last.text += text[i];
      else parts.push({ type: 'lit', text: text[i]!, quoted: false });
      i++;
    }
  }
  return parts;
}
