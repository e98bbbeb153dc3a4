/** psql's `\dt` on the simulated server: the tables of the database, or psql's message for none. */
import type { Output, ProcessSpec } from '../process';
import { databaseDir, pgdataOf } from './postgres';
import { Catalog } from './pg-storage';
import { aligned } from './psql-format';
import { envValue } from './proc-env';

export function listTables(
  spec: ProcessSpec,
  database: string,
  out: { stdout: Output; stderr: Output },
): void {
  const pgdata = pgdataOf(spec);
  // psql runs as root here; the server (as postgres) would read the catalog for it
  const dir = databaseDir(spec.fs, pgdata, database, spec);
  const tables = dir ? new Catalog(spec.fs, dir).tables() : [];
  if (tables.length === 0) return void out.stderr.write('Did not find any relations.\n');
  const owner = envValue(spec, 'POSTGRES_USER') || 'postgres';
  const columns = ['Schema', 'Name', 'Type', 'Owner'].map((name) => ({ name, numeric: false }));
  const rows = tables
    .map((t) => ['public', t.name, 'table', owner])
    .sort((a, b) => a[1]!.localeCompare(b[1]!));
  out.stdout.write(aligned(columns, rows, 'List of relations'));
}
