/**
 * Word expansion in POSIX order: tilde, parameters, command substitution, arithmetic, then
 * field splitting of unquoted results, pathname expansion of unquoted glob characters, and
 * quote removal.
 */
import type { FileSystem } from '../fs';
import { ArithError, evaluateArith } from './arith';
import type { ParamOp, Word } from './ast';
import { expandGlob } from './glob';

export interface Expander {
  fs: FileSystem;
  cwd: string;
  /** A variable's value, or undefined when unset (special parameters included). */
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  home(user: string): string | undefined;
  /** Runs `source` in a subshell and returns its stdout. */
  commandSubstitution(source: string): Promise<string>;
}

export class ExpansionError extends Error {}

/** One character of a field, and whether it came from quoted text (so it is never a glob). */
interface Field {
  text: string;
  literal: boolean[];
}

/** Expands words into argv fields: splitting and globbing apply. */
export async function expandWords(words: readonly Word[], ex: Expander): Promise<string[]> {
  const out: string[] = [];
  for (const word of words) {
    for (const field of await expandToFields(word, ex, true)) {
      const globbable = [...field.text].some((ch, i) => !field.literal[i] && '*?['.includes(ch));
      const matches = globbable ? expandGlob(ex.fs, ex.cwd, field.text, field.literal) : [];
      if (matches.length > 0) out.push(...matches);
      else out.push(field.text);
    }
  }
  return out;
}

/** Expands one word to one string: assignments, redirection targets (no splitting, no globbing). */
export async function expandWord(word: Word, ex: Expander): Promise<string> {
  return (await expandToFields(word, ex, false)).map((f) => f.text).join(' ');
}

async function expandToFields(word: Word, ex: Expander, split: boolean): Promise<Field[]> {
  const fields: Field[] = [];
  let current: Field | null = null;
  const append = (text: string, literal: boolean) => {
    current ??= { text: '', literal: [] };
    current.text += text;
    for (let i = 0; i < text.length; i++) current.literal.push(literal);
  };
  const finish = () => {
    if (current) fields.push(current);
    current = null;
  };
  for (const part of word) {
    if (part.type === 'lit') {
      append(part.text, part.quoted);
      continue;
    }
    if (part.type === 'tilde') {
      const home = ex.home(part.user);
      append(home ?? `~${part.user}`, true);
      continue;
    }
    const value = await partValue(part, ex);
    if (part.quoted || !split) {
      append(value, true);
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0) finish();
      // Characters of an unquoted expansion are still subject to globbing.
      if (piece !== '') append(piece, false);
    });
  }
  finish();
  return fields;
}

async function partValue(
  part: Exclude<Word[number], { type: 'lit' | 'tilde' }>,
  ex: Expander,
): Promise<string> {
  switch (part.type) {
    case 'param':
      return paramValue(part.name, part.op, ex);
    case 'cmdsub':
      return (await ex.commandSubstitution(part.source)).replace(/\n+$/, '');
    case 'arith':
      try {
        const expr = await expandWord([{ type: 'lit', text: part.expr, quoted: true }], ex);
        return String(
          evaluateArith(
            expr.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, n) => ex.lookup(n) ?? '0'),
            ex.lookup,
          ),
        );
      } catch (e) {
        if (e instanceof ArithError) throw new ExpansionError(`${part.expr}: ${e.message}`);
        throw e;
      }
  }
}

async function paramValue(name: string, op: ParamOp | undefined, ex: Expander): Promise<string> {
  const value = ex.lookup(name);
  if (!op) return value ?? '';
  if (op.kind === '#len') return String((value ?? '').length);
  const unsetOrNull = op.kind.startsWith(':')
    ? value === undefined || value === ''
    : value === undefined;
  switch (op.kind) {
    case ':-':
    case '-':
      return unsetOrNull ? expandWord(op.word, ex) : (value ?? '');
    case ':=':
    case '=': {
      if (!unsetOrNull) return value ?? '';
      const assigned = await expandWord(op.word, ex);
      ex.assign(name, assigned);
      return assigned;
    }
    case ':+':
    case '+':
      return unsetOrNull ? '' : expandWord(op.word, ex);
  }
}
