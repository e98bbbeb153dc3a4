/**
 * Runs one parsed statement on the tables in the data directory, as PostgreSQL would: its
 * command tag, its rows as text, its NOTICEs, and its real errors (missing relation or column,
 * bad input for a type, NOT NULL and primary-key violations).
 */
import { NotSimulated, PgError } from './pg-lexer';
import type { Condition, Item, Literal, Name, Statement } from './pg-parse';
import type { Catalog, Column, Table, Value } from './pg-storage';

export interface ResultColumn {
  name: string;
  numeric: boolean;
}
export interface Result {
  tag: string;
  columns?: ResultColumn[];
  rows?: (string | null)[][];
  notices?: string[];
}

const NUMERIC = new Set(['integer', 'smallint', 'bigint', 'numeric']);

export function execute(cat: Catalog, s: Statement, version: string): Result {
  switch (s.kind) {
    case 'create': {
      if (cat.find(s.table.name)) {
        if (s.ifNotExists)
          return {
            tag: 'CREATE TABLE',
            notices: [`relation "${s.table.name}" already exists, skipping`],
          };
        throw new PgError(`relation "${s.table.name}" already exists`);
      }
      cat.create(s.table.name, s.columns);
      return { tag: 'CREATE TABLE' };
    }
    case 'drop': {
      const t = cat.find(s.table.name);
      if (!t) {
        if (s.ifExists)
          return {
            tag: 'DROP TABLE',
            notices: [`table "${s.table.name}" does not exist, skipping`],
          };
        throw new PgError(`table "${s.table.name}" does not exist`);
      }
      cat.drop(t);
      return { tag: 'DROP TABLE' };
    }
    case 'insert':
      return insert(cat, s);
    case 'select':
      return select(cat, s, version);
    case 'delete': {
      const t = table(cat, s.table);
      const keep = t.rows.filter((r) => !matches(t, r, s.where));
      const n = t.rows.length - keep.length;
      cat.write({ ...t, rows: keep });
      return { tag: `DELETE ${n}` };
    }
    case 'update': {
      const t = table(cat, s.table);
      const hit = t.rows.filter((r) => matches(t, r, s.where));
      const changed = hit.map((r) => {
        const row = [...r];
        for (const set of s.sets)
          row[index(t, set.column)] = coerce(t.columns[index(t, set.column)]!, set.literal);
        return row;
      });
      // a new row version goes to the end of the heap, so an unordered SELECT shows it last
      const rows = [...t.rows.filter((r) => !hit.includes(r)), ...changed];
      checkConstraints(t, rows, changed);
      cat.write({ ...t, rows });
      return { tag: `UPDATE ${hit.length}` };
    }
  }
}

function table(cat: Catalog, name: Name): Table {
  const t = cat.find(name.name);
  if (!t) throw new PgError(`relation "${name.name}" does not exist`, name.pos);
  return t;
}

function index(t: Table, c: Name): number {
  const i = t.columns.findIndex((col) => col.name === c.name);
  if (i < 0) throw new PgError(`column "${c.name}" does not exist`, c.pos);
  return i;
}

function coerce(col: Column, lit: Literal): Value {
  const v = lit.value;
  if (v === null) return null;
  const bad = () => {
    const text = lit.quoted ? String(v) : String(v);
    return new PgError(
      `invalid input syntax for type ${col.type.replace(/\(.*/, '')}: "${text}"`,
      lit.pos,
    );
  };
  if (col.type === 'integer' || col.type === 'smallint' || col.type === 'bigint') {
    if (typeof v === 'boolean') throw new NotSimulated('boolean → integer');
    const n = typeof v === 'number' ? v : /^\s*[+-]?\d+\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n)) throw bad();
    if (!Number.isInteger(n) && lit.quoted) throw bad();
    return Math.round(n);
  }
  if (col.type === 'numeric') {
    if (typeof v === 'number' || /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(String(v)))
      return String(v).trim();
    throw bad();
  }
  if (col.type === 'boolean') {
    if (typeof v === 'boolean') return v;
    const t = String(v).trim().toLowerCase();
    if (['t', 'true', 'y', 'yes', 'on', '1'].includes(t)) return true;
    if (['f', 'false', 'n', 'no', 'off', '0'].includes(t)) return false;
    throw bad();
  }
  const text = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  const max = /\((\d+)\)/.exec(col.type)?.[1];
  if (max && [...text].length > Number(max))
    throw new PgError(`value too long for type ${col.type}`);
  return text;
}

function insert(cat: Catalog, s: Extract<Statement, { kind: 'insert' }>): Result {
  const t = table(cat, s.table);
  const targets = s.columns ? s.columns.map((c) => index(t, c)) : t.columns.map((_, i) => i);
  const added: Value[][] = [];
  for (const lits of s.rows) {
    if (lits.length > targets.length)
      throw new PgError(
        'INSERT has more expressions than target columns',
        lits[targets.length]!.pos,
      );
    const row: Value[] = t.columns.map(() => null);
    t.columns.forEach((col, i) => {
      if (col.serial && !targets.slice(0, lits.length).includes(i))
        row[i] = t.sequences[col.name]!++;
    });
    lits.forEach((lit, j) => (row[targets[j]!] = coerce(t.columns[targets[j]!]!, lit)));
    added.push(row);
  }
  checkConstraints(t, [...t.rows, ...added], added);
  cat.write({ ...t, rows: [...t.rows, ...added] });
  return { tag: `INSERT 0 ${added.length}` };
}

function checkConstraints(t: Table, all: Value[][], changed: Value[][]): void {
  const show = (r: Value[]) => r.map((v) => (v === null ? 'null' : text(v))).join(', ');
  for (const r of changed)
    t.columns.forEach((col, i) => {
      if (col.notNull && r[i] === null)
        throw new PgError(
          `null value in column "${col.name}" of relation "${t.name}" violates not-null constraint`,
          undefined,
          `Failing row contains (${show(r)}).`,
        );
    });
  const pk = t.columns.findIndex((c) => c.primaryKey);
  if (pk < 0) return;
  for (const r of changed)
    if (all.filter((o) => o[pk] === r[pk]).length > 1)
      throw new PgError(
        `duplicate key value violates unique constraint "${t.name}_pkey"`,
        undefined,
        `Key (${t.columns[pk]!.name})=(${text(r[pk]!)}) already exists.`,
      );
}

function text(v: Value): string | null {
  return v === null ? null : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (
    typeof a === 'string' &&
    typeof b === 'string' &&
    /^-?[\d.]+$/.test(a) &&
    /^-?[\d.]+$/.test(b)
  )
    return Number(a) - Number(b);
  return String(a).localeCompare(String(b), 'en');
}

function matches(t: Table, row: Value[], c: Condition | null): boolean {
  if (!c) return true;
  if (c.kind === 'and' || c.kind === 'or') {
    const [l, r] = [matches(t, row, c.left), matches(t, row, c.right)];
    return c.kind === 'and' ? l && r : l || r;
  }
  const i = index(t, c.column);
  if (c.kind === 'null') return (row[i] === null) !== c.not;
  const want = coerce(t.columns[i]!, c.literal);
  if (row[i] === null || want === null) return false;
  const d = compare(row[i]!, want);
  const results: Record<string, boolean> = {
    '=': d === 0,
    '<>': d !== 0,
    '<': d < 0,
    '>': d > 0,
    '<=': d <= 0,
    '>=': d >= 0,
  };
  return results[c.op] ?? false;
}

function select(cat: Catalog, s: Extract<Statement, { kind: 'select' }>, version: string): Result {
  const rowsOf = (n: number) => `SELECT ${n}`;
  if (!s.table) {
    if (s.items.length === 1 && s.items[0]!.kind === 'version')
      return { tag: rowsOf(1), columns: [{ name: 'version', numeric: false }], rows: [[version]] };
    throw new NotSimulated('FROM 없는 SELECT');
  }
  const t = table(cat, s.table);
  let rows = t.rows.filter((r) => matches(t, r, s.where));
  if (s.items.some((i) => i.kind === 'count')) {
    if (s.items.length > 1 || s.order.length > 0) throw new NotSimulated('count(*)와 다른 열');
    return {
      tag: rowsOf(1),
      columns: [{ name: 'count', numeric: true }],
      rows: [[String(rows.length)]],
    };
  }
  const order = s.order.map((o) => ({ i: index(t, o.column), desc: o.desc }));
  rows = [...rows].sort((a, b) => {
    for (const { i, desc } of order) {
      // NULLs sort as larger than any value: last ascending, first descending
      const d =
        a[i] === null ? (b[i] === null ? 0 : 1) : b[i] === null ? -1 : compare(a[i]!, b[i]!);
      if (d !== 0) return desc ? -d : d;
    }
    return 0;
  });
  if (s.limit !== null) rows = rows.slice(0, s.limit);
  const picks = s.items.flatMap((item: Item) => {
    if (item.kind === 'star') return t.columns.map((_, i) => i);
    if (item.kind === 'column') return [index(t, item.column)];
    throw new NotSimulated('version()과 다른 열');
  });
  return {
    tag: rowsOf(rows.length),
    columns: picks.map((i) => ({
      name: t.columns[i]!.name,
      numeric: NUMERIC.has(t.columns[i]!.type),
    })),
    rows: rows.map((r) => picks.map((i) => text(r[i]!))),
  };
}
