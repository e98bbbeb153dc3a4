/**
 * Where the simulated postgres keeps tables: one file per table in the `postgres` database's
 * directory ($PGDATA/base/5/<relfilenode>, numbered from 16384 as real user relations are), so
 * they live in the data directory and survive on its volume. The content is this simulation's
 * own text format (a JSON header line with the table's name and columns, then one JSON array
 * per row), not PostgreSQL's 8 kB heap pages.
 */
import { joinPath, type FileSystem } from '../../fs';

export const DB_DIR = 'base/5';
const FIRST_OID = 16384;

export interface Column {
  name: string;
  /** As PostgreSQL names it: integer, bigint, text, character varying(20), boolean, numeric. */
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  serial: boolean;
}

export type Value = string | number | boolean | null;

export interface Table {
  name: string;
  columns: Column[];
  rows: Value[][];
  /** The file it lives in. */
  file: string;
  /** Next value of each serial column's sequence. */
  sequences: Record<string, number>;
}

export class Catalog {
  /** `dbDir`: the database's directory, e.g. $PGDATA/base/5. */
  constructor(
    private readonly fs: FileSystem,
    private readonly dbDir: string,
  ) {}

  private dir(): string {
    return this.dbDir;
  }

  private files(): string[] {
    return this.fs
      .readdir(this.dir())
      .filter((n) => /^\d+$/.test(n) && Number(n) >= FIRST_OID)
      .sort((a, b) => Number(a) - Number(b));
  }

  tables(): Table[] {
    return this.files().map((n) => this.read(joinPath(this.dir(), n)));
  }

  find(name: string): Table | undefined {
    return this.tables().find((t) => t.name === name);
  }

  private read(file: string): Table {
    const [head = '{}', ...rows] = this.fs.readTextFile(file).split('\n').filter(Boolean);
    const meta = JSON.parse(head) as Omit<Table, 'rows' | 'file'>;
    return { ...meta, rows: rows.map((r) => JSON.parse(r) as Value[]), file };
  }

  create(name: string, columns: Column[]): Table {
    const used = this.files().map(Number);
    // a serial column's sequence takes an OID too, as in PostgreSQL
    const oid = Math.max(FIRST_OID - 1, ...used) + 1;
    const sequences = Object.fromEntries(columns.filter((c) => c.serial).map((c) => [c.name, 1]));
    const table: Table = {
      name,
      columns,
      rows: [],
      file: joinPath(this.dir(), String(oid)),
      sequences,
    };
    this.write(table);
    return table;
  }

  write(table: Table): void {
    const { name, columns, sequences } = table;
    const lines = [
      JSON.stringify({ name, columns, sequences }),
      ...table.rows.map((r) => JSON.stringify(r)),
    ];
    this.fs.writeFile(table.file, `${lines.join('\n')}\n`, { mode: 0o600 });
  }

  drop(table: Table): void {
    this.fs.unlink(table.file);
  }
}
