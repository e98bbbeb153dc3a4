/**
 * The postgres image's server (`postgres`, PostgreSQL 16/17 on Debian): its start-up and fast
 * shutdown log lines (the image's STOPSIGNAL is SIGINT), and queries from psql in the
 * container on port 5432 (the Unix socket, really). Log lines follow `docker logs` of
 * postgres:17; PIDs other than 1 and the checkpoint figures are this simulation's.
 */
import { joinPath, type FileSystem } from '../../fs';
import type { Program, ProcessSpec } from '../process';
import { postgresTime } from './clock';
import { readControl, writeControl } from './pg-initdb';
import { runQuery } from './pg-query';
import { envValue, isFile } from './proc-env';

export const PG_PORT = 5432;
export const SOCKET = '/var/run/postgresql/.s.PGSQL.5432';

/** "17.2 (Debian 17.2-1.pgdg120+1)" from the image's PG_VERSION, and the full version() text. */
export function pgVersion(spec: Pick<ProcessSpec, 'env'>): { short: string; full: string } {
  const pkg = envValue(spec, 'PG_VERSION') ?? '17.2-1.pgdg120+1';
  const short = `${pkg.replace(/-.*/, '')} (Debian ${pkg})`;
  return {
    short,
    full: `PostgreSQL ${short} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
  };
}

export function pgdataOf(spec: Pick<ProcessSpec, 'env'>): string {
  return envValue(spec, 'PGDATA') ?? '/var/lib/postgresql/data';
}

export type PgLog = (pid: number, text: string) => void;

export function pgLogger(spec: ProcessSpec): PgLog {
  return (pid, text) => spec.stderr.write(`${postgresTime(spec.now())} [${pid}] LOG:  ${text}\n`);
}

/** The log of a server coming up; `tcp` false for the entrypoint's socket-only temporary one. */
export function startupLog(spec: ProcessSpec, log: PgLog, pid: number, tcp: boolean): void {
  const pgdata = pgdataOf(spec);
  const control = readControl(spec.fs, pgdata);
  log(pid, `starting ${pgVersion(spec).full}`);
  if (tcp) {
    log(pid, `listening on IPv4 address "0.0.0.0", port ${PG_PORT}`);
    log(pid, `listening on IPv6 address "::", port ${PG_PORT}`);
  }
  log(pid, `listening on Unix socket "${SOCKET}"`);
  const when = postgresTime(control.time, false);
  if (control.state === 'in production') {
    log(pid + 26, `database system was interrupted; last known up at ${when}`);
    log(pid + 26, 'database system was not properly shut down; automatic recovery in progress');
  } else log(pid + 26, `database system was shut down at ${when}`);
  writeControl(spec.fs, pgdata, 'in production', spec.now());
  log(pid, 'database system is ready to accept connections');
}

export function shutdownLog(spec: ProcessSpec, log: PgLog, pid: number): void {
  log(pid, 'received fast shutdown request');
  log(pid, 'aborting any active transactions');
  log(
    pid,
    `background worker "logical replication launcher" (PID ${pid + 29}) exited with exit code 1`,
  );
  log(pid + 24, 'shutting down');
  log(pid + 24, 'checkpoint starting: shutdown immediate');
  log(
    pid + 24,
    'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.002 s, sync=0.001 s, total=0.008 s; sync files=2, longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/1A1B3B0, redo lsn=0/1A1B3B0',
  );
  writeControl(spec.fs, pgdataOf(spec), 'shut down', spec.now());
  log(pid, 'database system is shut down');
}

/** Which directory holds a database's tables, or null when there is no such database. */
export function databaseDir(
  fs: FileSystem,
  pgdata: string,
  name: string,
  env: ProcessSpec,
): string | null {
  const user = envValue(env, 'POSTGRES_USER') || 'postgres';
  const own = envValue(env, 'POSTGRES_DB') || user;
  const dirs: Record<string, string> = { postgres: 'base/5', template1: 'base/1' };
  if (own !== 'postgres') dirs[own] = 'base/16384';
  const dir = dirs[name];
  return dir && isFile(fs, joinPath(joinPath(pgdata, dir), 'PG_VERSION'))
    ? joinPath(pgdata, dir)
    : null;
}

export interface PgRequest {
  user: string;
  database: string;
  sql: string;
}

export const postgresServer: Program = {
  name: 'postgres',
  async run(spec, args) {
    if (args.includes('--version') || args.includes('-V')) {
      spec.stdout.write(`postgres (PostgreSQL) ${pgVersion(spec).short}\n`);
      return 0;
    }
    if (spec.identity.uid === 0) {
      spec.stderr.write(
        '"root" execution of the PostgreSQL server is not permitted.\nThe server must be started under an unprivileged user ID to prevent\npossible system security compromise.  See the documentation for\nmore information on how to properly start the server.\n',
      );
      return 1;
    }
    const pgdata = pgdataOf(spec);
    if (!isFile(spec.fs, joinPath(pgdata, 'postgresql.conf'))) {
      spec.stderr.write(
        `postgres: could not access the server configuration file "${pgdata}/postgresql.conf": No such file or directory\n`,
      );
      return 2;
    }
    const log = pgLogger(spec);
    startupLog(spec, log, 1, true);
    const user = envValue(spec, 'POSTGRES_USER') || 'postgres';
    const version = pgVersion(spec).full;
    spec.listen(PG_PORT, (request) => {
      const q = JSON.parse(request.body) as PgRequest;
      const fatal = (text: string) => ({
        status: 200,
        statusText: 'OK',
        headers: {},
        body: JSON.stringify({ fatal: text }),
      });
      if (q.user !== user) return fatal(`role "${q.user}" does not exist`);
      const dir = databaseDir(spec.fs, pgdata, q.database, spec);
      if (!dir) return fatal(`database "${q.database}" does not exist`);
      const outcomes = runQuery(spec.fs, dir, q.sql, version);
      return { status: 200, statusText: 'OK', headers: {}, body: JSON.stringify({ outcomes }) };
    });
    await spec.terminated;
    shutdownLog(spec, log, 1);
    return 0;
  },
};
