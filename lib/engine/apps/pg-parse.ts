/**
 * The SQL subset: CREATE TABLE, DROP TABLE, INSERT … VALUES, SELECT (columns, *, count(*),
 * version()) FROM one table with WHERE (comparisons, IS NULL, AND, OR), ORDER BY and LIMIT,
 * DELETE and UPDATE with WHERE. Anything else raises NotSimulated, never a guess.
 */
import { lex, NotSimulated, PgError, type Token } from './pg-lexer';
import type { Column, Value } from './pg-storage';

export interface Name {
  name: string;
  pos: number;
}
export interface Literal {
  value: Value;
  /** A quoted string: its type comes from the column it meets. */
  quoted: boolean;
  pos: number;
}
export type Condition =
  | { kind: 'cmp'; column: Name; op: string; literal: Literal }
  | { kind: 'null'; column: Name; not: boolean }
  | { kind: 'and'; left: Condition; right: Condition }
  | { kind: 'or'; left: Condition; right: Condition };
export type Item =
  { kind: 'star' } | { kind: 'count' } | { kind: 'version' } | { kind: 'column'; column: Name };

export type Statement =
  | { kind: 'create'; table: Name; ifNotExists: boolean; columns: Column[] }
  | { kind: 'drop'; table: Name; ifExists: boolean }
  | { kind: 'insert'; table: Name; columns: Name[] | null; rows: Literal[][] }
  | {
      kind: 'select';
      items: Item[];
      table: Name | null;
      where: Condition | null;
      order: { column: Name; desc: boolean }[];
      limit: number | null;
    }
  | { kind: 'delete'; table: Name; where: Condition | null }
  | {
      kind: 'update';
      table: Name;
      sets: { column: Name; literal: Literal }[];
      where: Condition | null;
    };

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  get peek(): Token {
    return this.tokens[this.i]!;
  }
  next(): Token {
    return this.tokens[this.i++]!;
  }
  is(text: string): boolean {
    const t = this.peek;
    return (t.kind === 'word' || t.kind === 'op') && t.text === text;
  }
  accept(...words: string[]): boolean {
    const start = this.i;
    for (const w of words) {
      if (!this.is(w)) {
        this.i = start;
        return false;
      }
      this.i++;
    }
    return true;
  }
  expect(...words: string[]): void {
    for (const w of words) if (!this.accept(w)) this.unexpected();
  }
  unexpected(): never {
    const t = this.peek;
    if (t.kind === 'end') throw new PgError('syntax error at end of input', t.pos);
    // a word we do not know may be real SQL beyond the subset: do not call it a syntax error
    throw new NotSimulated(t.text);
  }
  name(): Name {
    const t = this.peek;
    if (t.kind !== 'word' && t.kind !== 'ident') this.unexpected();
    this.i++;
    if (this.is('.')) throw new NotSimulated('schema.table');
    return { name: t.text, pos: t.pos };
  }
  literal(): Literal {
    const t = this.next();
    const neg = t.kind === 'op' && t.text === '-';
    const v = neg ? this.next() : t;
    if (v.kind === 'number')
      return { value: Number((neg ? '-' : '') + v.text), quoted: false, pos: t.pos };
    if (neg) throw new NotSimulated('-');
    if (v.kind === 'string') return { value: v.text, quoted: true, pos: t.pos };
    if (v.kind === 'word' && (v.text === 'true' || v.text === 'false'))
      return { value: v.text === 'true', quoted: false, pos: t.pos };
    if (v.kind === 'word' && v.text === 'null') return { value: null, quoted: false, pos: t.pos };
    this.i--;
    return this.unexpected();
  }
  list<T>(item: () => T): T[] {
    this.expect('(');
    const out = [item()];
    while (this.accept(',')) out.push(item());
    this.expect(')');
    return out;
  }
  end(): void {
    if (this.peek.kind !== 'end') this.unexpected();
  }
}

export function parse(sql: string, offset: number): Statement {
  const p = new Parser(lex(sql, offset));
  const verb = p.peek.text;
  const statement = p.accept('create', 'table')
    ? create(p)
    : p.accept('drop', 'table')
      ? drop(p)
      : p.accept('insert', 'into')
        ? insert(p)
        : p.accept('select')
          ? select(p)
          : p.accept('delete', 'from')
            ? remove(p)
            : p.accept('update')
              ? update(p)
              : null;
  if (!statement) throw new NotSimulated(verb.toUpperCase());
  p.end();
  return statement;
}

const TYPES: Record<string, string> = {
  int: 'integer',
  integer: 'integer',
  int4: 'integer',
  smallint: 'smallint',
  int2: 'smallint',
  bigint: 'bigint',
  int8: 'bigint',
  serial: 'integer',
  bigserial: 'bigint',
  text: 'text',
  boolean: 'boolean',
  bool: 'boolean',
  numeric: 'numeric',
};

function columnDef(p: Parser): Column {
  const { name } = p.name();
  const t = p.next().text;
  let type = TYPES[t];
  if (t === 'varchar' || (t === 'character' && p.accept('varying'))) {
    type = 'character varying';
    if (p.accept('(')) {
      type += `(${p.next().text})`;
      p.expect(')');
    }
  }
  if (!type) throw new NotSimulated(`${t} 타입`);
  const col: Column = {
    name,
    type,
    notNull: false,
    primaryKey: false,
    serial: t.endsWith('serial'),
  };
  for (;;) {
    if (p.accept('primary', 'key')) col.primaryKey = col.notNull = true;
    else if (p.accept('not', 'null')) col.notNull = true;
    else if (p.accept('null')) col.notNull = false;
    else return col.serial ? { ...col, notNull: true } : col;
  }
}

function create(p: Parser): Statement {
  const ifNotExists = p.accept('if', 'not', 'exists');
  const table = p.name();
  return { kind: 'create', table, ifNotExists, columns: p.list(() => columnDef(p)) };
}

function drop(p: Parser): Statement {
  const ifExists = p.accept('if', 'exists');
  return { kind: 'drop', table: p.name(), ifExists };
}

function insert(p: Parser): Statement {
  const table = p.name();
  const columns = p.is('(') ? p.list(() => p.name()) : null;
  p.expect('values');
  const rows = [p.list(() => p.literal())];
  while (p.accept(',')) rows.push(p.list(() => p.literal()));
  return { kind: 'insert', table, columns, rows };
}

function item(p: Parser): Item {
  if (p.accept('*')) return { kind: 'star' };
  if (p.accept('count', '(', '*', ')')) return { kind: 'count' };
  if (p.accept('version', '(', ')')) return { kind: 'version' };
  const column = p.name();
  if (p.is('(')) throw new NotSimulated(`${column.name}()`);
  return { kind: 'column', column };
}

function select(p: Parser): Statement {
  const items = [item(p)];
  while (p.accept(',')) items.push(item(p));
  const table = p.accept('from') ? p.name() : null;
  const where = p.accept('where') ? condition(p) : null;
  const order: { column: Name; desc: boolean }[] = [];
  if (p.accept('order', 'by'))
    do {
      const column = p.name();
      const desc = p.accept('desc');
      if (!desc) p.accept('asc');
      order.push({ column, desc });
    } while (p.accept(','));
  const limit = p.accept('limit') ? Number(p.next().text) : null;
  if (limit !== null && !Number.isInteger(limit)) throw new NotSimulated('LIMIT');
  return { kind: 'select', items, table, where, order, limit };
}

function remove(p: Parser): Statement {
  const table = p.name();
  return { kind: 'delete', table, where: p.accept('where') ? condition(p) : null };
}

function update(p: Parser): Statement {
  const table = p.name();
  p.expect('set');
  const sets = [];
  do {
    const column = p.name();
    p.expect('=');
    sets.push({ column, literal: p.literal() });
  } while (p.accept(','));
  return { kind: 'update', table, sets, where: p.accept('where') ? condition(p) : null };
}

function condition(p: Parser): Condition {
  let left = conjunction(p);
  while (p.accept('or')) left = { kind: 'or', left, right: conjunction(p) };
  return left;
}

function conjunction(p: Parser): Condition {
  let left = comparison(p);
  while (p.accept('and')) left = { kind: 'and', left, right: comparison(p) };
  return left;
}

function comparison(p: Parser): Condition {
  if (p.accept('(')) {
    const inner = condition(p);
    p.expect(')');
    return inner;
  }
  const column = p.name();
  if (p.accept('is')) {
    const not = p.accept('not');
    p.expect('null');
    return { kind: 'null', column, not };
  }
  const op = p.next();
  if (op.kind !== 'op' || !['=', '<>', '!=', '<', '>', '<=', '>='].includes(op.text)) {
    p.unexpected();
  }
  return { kind: 'cmp', column, op: op.text === '!=' ? '<>' : op.text, literal: p.literal() };
}
