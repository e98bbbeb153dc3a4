/**
 * Tokens of the SQL the simulated postgres understands, each with its 1-based position in the
 * query string (PostgreSQL reports errors at such positions; psql draws them as LINE n and ^).
 * Unquoted identifiers and keywords fold to lower case; "quoted" ones keep their case.
 */
export type TokenKind = 'word' | 'ident' | 'number' | 'string' | 'op' | 'end';

export interface Token {
  kind: TokenKind;
  /** Folded text for words, the value for strings and quoted identifiers. */
  text: string;
  pos: number;
}

/** The statement is beyond what the simulation does: psql prints the Korean note. */
export class NotSimulated extends Error {}

/** A real PostgreSQL error: `ERROR:  message`, with DETAIL, at a position. */
export class PgError extends Error {
  constructor(
    message: string,
    readonly pos?: number,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const OPS = ['<=', '>=', '<>', '!=', '::', '(', ')', ',', ';', '*', '=', '<', '>', '.', '+', '-'];

export function lex(sql: string, offset = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const pos = offset + i + 1;
    if (/\s/.test(c)) i++;
    else if (sql.startsWith('--', i)) while (i < sql.length && sql[i] !== '\n') i++;
    else if (c === "'") {
      let text = '';
      for (i++; ; i++) {
        if (i >= sql.length)
          throw new PgError(
            'unterminated quoted string at or near "' + sql.slice(pos - offset - 1) + '"',
            pos,
          );
        if (sql[i] === "'" && sql[i + 1] === "'") {
          text += "'";
          i++;
        } else if (sql[i] === "'") break;
        else text += sql[i];
      }
      i++;
      out.push({ kind: 'string', text, pos });
    } else if (c === '"') {
      const end = sql.indexOf('"', i + 1);
      if (end < 0) throw new NotSimulated('quoted identifier');
      out.push({ kind: 'ident', text: sql.slice(i + 1, end), pos });
      i = end + 1;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?|^[0-9]+\.?/.exec(sql.slice(i))!;
      out.push({ kind: 'number', text: m[0], pos });
      i += m[0].length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i))!;
      out.push({ kind: 'word', text: m[0].toLowerCase(), pos });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => sql.startsWith(o, i));
      if (!op) throw new NotSimulated(`'${c}'`);
      out.push({ kind: 'op', text: op, pos });
      i += op.length;
    }
  }
  out.push({ kind: 'end', text: '', pos: offset + sql.length + 1 });
  return out;
}

/** Splits a query string into statements at semicolons outside quotes, with their offsets. */
export function statements(sql: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ';') {
      out.push({ text: sql.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  out.push({ text: sql.slice(start), offset: start });
  return out.filter((s) => s.text.trim() !== '' && !/^\s*(--[^\n]*\s*)*$/.test(s.text));
}

/** Whether the text still needs a `;` (psql keeps reading lines until one ends a statement). */
export function isComplete(sql: string): boolean {
  let quote: string | null = null;
  let lastSemicolon = -1;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ';') lastSemicolon = i;
  }
  return quote === null && lastSemicolon >= 0 && sql.slice(lastSemicolon + 1).trim() === '';
}
