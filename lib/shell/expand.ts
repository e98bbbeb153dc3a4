/**
 * Word expansion in the shell's order: brace expansion (bash), then tilde, parameters, command
 * substitution and arithmetic left to right, then field splitting of unquoted results on IFS,
 * pathname expansion of unquoted glob characters, and quote removal.
 */
import type { FileSystem } from '../fs';
import type { Word, WordPart } from './ast';
import { braceExpand } from './brace';
import { paramValues } from './expand-param';
import { expandGlob } from './glob';
import type { Flavor } from './types';

export interface Expander {
  fs: FileSystem;
  cwd: string;
  flavor: Flavor;
  /** A scalar's value, or undefined when unset (special parameters included). */
  lookup(name: string): string | undefined;
  /** `$@`: the positional parameters. */
  positional(): string[];
  /** All elements of an array (a scalar is a one-element array), or undefined when unset. */
  array(name: string): string[] | undefined;
  /** One element: `${a[i]}` (index already expanded and evaluated). */
  element(name: string, index: string): string | undefined;
  assign(name: string, value: string): void;
  home(user: string): string | undefined;
  /** Runs `source` in a subshell and returns its stdout. */
  commandSubstitution(source: string): Promise<string>;
  /** Evaluates an arithmetic expression (throws ExpansionError on errors). */
  arith(expr: string): bigint;
  /** set -u */
  nounset: boolean;
  /** set -f */
  noglob: boolean;
  nullglob: boolean;
}

/** An expansion error: the message is printed after `bash: ` / `sh: `. `fatal` ends a script. */
export class ExpansionError extends Error {
  constructor(
    message: string,
    readonly fatal = false,
  ) {
    super(message);
  }
}

/** One field being built: its text, and per character whether it came from quoted text. */
export interface Field {
  text: string;
  literal: boolean[];
}

/** Expands words into argv fields: braces, splitting and globbing apply. */
export async function expandWords(words: readonly Word[], ex: Expander): Promise<string[]> {
  const out: string[] = [];
  for (const original of words) {
    const braced = ex.flavor === 'bash' ? braceExpand(original) : [original];
    for (const word of braced)
      for (const field of await expandFields(word, ex, true)) out.push(...glob(field, ex));
  }
  return out;
}

function glob(field: Field, ex: Expander): string[] {
  if (ex.noglob) return [field.text];
  const globbable = [...field.text].some((ch, i) => !field.literal[i] && '*?['.includes(ch));
  if (!globbable) return [field.text];
  const matches = expandGlob(ex.fs, ex.cwd, field.text, field.literal);
  if (matches.length > 0) return matches;
  return ex.nullglob ? [] : [field.text];
}

/** Expands one word to one string: assignments, redirection targets (no splitting, no globbing). */
export async function expandWord(word: Word, ex: Expander): Promise<string> {
  return (await expandWordField(word, ex)).text;
}

/** Like expandWord, keeping which characters were quoted (for patterns: case, ${v#p}, [[ == ]]). */
export async function expandWordField(word: Word, ex: Expander): Promise<Field> {
  const fields = await expandFields(word, ex, false, true);
  const text = fields.map((f) => f.text).join(' ');
  const literal = fields.flatMap((f, i) => (i === 0 ? f.literal : [true, ...f.literal]));
  return { text, literal };
}

class FieldBuilder {
  readonly fields: Field[] = [];
  private current: Field | null = null;

  append(text: string, literal: boolean): void {
    this.current ??= { text: '', literal: [] };
    this.current.text += text;
    for (let i = 0; i < text.length; i++) this.current.literal.push(literal);
  }
  finish(): void {
    if (this.current) this.fields.push(this.current);
    this.current = null;
  }
}

/** `pattern`: unquoted expansions keep their glob characters active (case, ${v#p}, [[ == ]]). */
async function expandFields(
  word: Word,
  ex: Expander,
  split: boolean,
  pattern = false,
): Promise<Field[]> {
  const b = new FieldBuilder();
  for (const part of word) {
    if (part.type === 'lit') b.append(part.text, part.quoted);
    else if (part.type === 'tilde') b.append(ex.home(part.user) ?? `~${part.user}`, true);
    else await expandPart(part, ex, split, b, pattern);
  }
  b.finish();
  return b.fields;
}

async function expandPart(
  part: Exclude<WordPart, { type: 'lit' | 'tilde' }>,
  ex: Expander,
  split: boolean,
  b: FieldBuilder,
  pattern: boolean,
): Promise<void> {
  const values = await partValues(part, ex);
  if (values.kind === 'list' && part.quoted && joinsWithIfs(part)) {
    b.append(values.list.join(ifsFirst(ex)), true);
    return;
  }
  if (values.kind === 'list' && part.quoted) {
    // "$@": one field per value, the first and last joined to the text around them.
    values.list.forEach((v, i) => {
      if (i > 0) b.finish();
      b.append(v, true);
    });
    return;
  }
  const texts = values.kind === 'list' ? values.list : [values.text];
  if (part.quoted || !split) {
    b.append(texts.join(' '), part.quoted || !pattern);
    return;
  }
  texts.forEach((text, i) => {
    if (i > 0) b.finish();
    splitInto(text, ifsOf(ex), b);
  });
}

async function partValues(
  part: Exclude<WordPart, { type: 'lit' | 'tilde' }>,
  ex: Expander,
): Promise<{ kind: 'text'; text: string } | { kind: 'list'; list: string[] }> {
  switch (part.type) {
    case 'param':
      return paramValues(part, ex);
    case 'cmdsub':
      return {
        kind: 'text',
        text: (await ex.commandSubstitution(part.source)).replace(/\n+$/, ''),
      };
    case 'arith':
      return { kind: 'text', text: String(ex.arith(await expandWord(part.expr, ex))) };
  }
}

/** "$*" and "${a[*]}": one field, joined with the first character of IFS. */
function joinsWithIfs(part: WordPart): boolean {
  if (part.type !== 'param') return false;
  const index = part.index?.[0];
  return part.name === '*' || (index?.type === 'lit' && index.text === '*');
}

function ifsOf(ex: Expander): string {
  return ex.lookup('IFS') ?? ' \t\n';
}

export function ifsFirst(ex: Expander): string {
  const ifs = ex.lookup('IFS');
  return ifs === undefined ? ' ' : ifs.slice(0, 1);
}

/**
 * Field splitting: IFS whitespace around fields is dropped and runs of it separate once; each
 * other IFS character ends a field (so `a::b` with IFS=: gives a, "", b).
 */
export function splitInto(text: string, ifs: string, b: FieldBuilder | null): string[] {
  const pieces: string[] = [];
  const white = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const isWhite = (c: string) => white.includes(c);
  const isDelim = (c: string) => ifs.includes(c);
  let i = 0;
  const n = text.length;
  if (ifs === '') {
    if (text !== '') b?.append(text, false);
    return text === '' ? [] : [text];
  }
  const startsWithWhite = n > 0 && isWhite(text[0]!);
  while (i < n && isWhite(text[i]!)) i++;
  let piece = '';
  let pending = false;
  while (i < n) {
    const c = text[i]!;
    if (!isDelim(c)) {
      piece += c;
      pending = true;
      i++;
      continue;
    }
    // One separator: IFS whitespace, at most one other IFS character, IFS whitespace.
    pieces.push(piece);
    piece = '';
    pending = false;
    while (i < n && isWhite(text[i]!)) i++;
    if (i < n && isDelim(text[i]!) && !isWhite(text[i]!) && isWhite(c)) i++;
    else if (!isWhite(c)) i++;
    while (i < n && isWhite(text[i]!)) i++;
  }
  if (pending) pieces.push(piece);
  if (b) {
    if (startsWithWhite) b.finish();
    pieces.forEach((p, k) => {
      if (k > 0) b.finish();
      b.append(p, false);
    });
    if (pieces.length > 0 && !pending) b.finish();
  }
  return pieces;
}
