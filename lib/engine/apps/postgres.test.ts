import { describe, expect, it } from 'vitest';
import type { Session } from '../../shell';
import { createMachine } from '../../machine';
import { addTestImages } from './images.testing';

function sandbox(attachShell?: (session: Session) => Promise<number>) {
  const s = createMachine(attachShell ? { docker: { attachShell } } : {});
  addTestImages(s.engine);
  return s;
}

const VOLUME = '-v pgdata:/var/lib/postgresql/data';

async function started(s: ReturnType<typeof sandbox>, name: string, args = '') {
  const run = await s.exec(`docker run -d --name ${name} ${args} test-postgres`);
  expect(run.exitCode).toBe(0);
  await s.exec('sleep 1');
}

const psql = (s: ReturnType<typeof sandbox>, sql: string) =>
  s.exec(`docker exec pg1 psql -U postgres -c "${sql}"`);

describe('postgres image', () => {
  it('refuses to initialise without POSTGRES_PASSWORD', async () => {
    const s = sandbox();
    const r = await s.exec('docker run --name pg0 test-postgres');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n\n       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all\n       connections without a password. This is *not* recommended.\n\n       See PostgreSQL documentation about "trust":\n       https://www.postgresql.org/docs/current/auth-trust.html\n',
    );
  });

  it('initialises PGDATA on the first start and skips it on a volume that has a database', async () => {
    const s = sandbox();
    await started(s, 'pg1', `-e POSTGRES_PASSWORD=pw ${VOLUME}`);
    const first = await s.exec('docker logs pg1');
    expect(first.stdout).toMatch(
      /^The files belonging to this database system will be owned by user "postgres"\.\n/,
    );
    expect(first.stdout).toContain('\nPostgreSQL init process complete; ready for start up.\n\n');
    expect(first.stderr).toMatch(/\[1\] LOG: {2}database system is ready to accept connections\n$/);
    const ls = await s.exec('docker exec pg1 ls /var/lib/postgresql/data');
    for (const name of [
      'PG_VERSION',
      'base',
      'global',
      'pg_wal',
      'pg_xact',
      'postgresql.conf',
      'pg_hba.conf',
    ])
      expect(ls.stdout.split('\n')).toContain(name);
    expect((await s.exec('docker exec pg1 ls /var/lib/postgresql/data/base')).stdout).toBe(
      '1\n4\n5\n',
    );
    expect((await s.exec('docker exec pg1 cat /var/lib/postgresql/data/PG_VERSION')).stdout).toBe(
      '17\n',
    );
    await s.exec('docker rm -f pg1');
    await s.exec(`docker run -d --name pg2 ${VOLUME} test-postgres`);
    await s.exec('sleep 1');
    const again = await s.exec('docker logs pg2');
    expect(again.stdout).toBe(
      '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n',
    );
    // killed with rm -f: the server never shut down cleanly
    expect(again.stderr).toContain(
      'LOG:  database system was not properly shut down; automatic recovery in progress\n',
    );
    expect(again.stderr).toMatch(/database system is ready to accept connections\n$/);
  });

  it('runs the SQL subset with psql output and command tags', async () => {
    const s = sandbox();
    await started(s, 'pg1', '-e POSTGRES_PASSWORD=pw');
    expect(
      (await psql(s, 'CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)')).stdout,
    ).toBe('CREATE TABLE\n');
    expect((await psql(s, "INSERT INTO notes (body) VALUES ('hello')")).stdout).toBe(
      'INSERT 0 1\n',
    );
    expect((await psql(s, "INSERT INTO notes (body) VALUES ('b'), ('c')")).stdout).toBe(
      'INSERT 0 2\n',
    );
    expect((await psql(s, 'SELECT * FROM notes WHERE id >= 2 ORDER BY id DESC')).stdout).toBe(
      ' id | body \n----+------\n  3 | c\n  2 | b\n(2 rows)\n\n',
    );
    expect((await psql(s, 'SELECT count(*) FROM notes')).stdout).toBe(
      ' count \n-------\n     3\n(1 row)\n\n',
    );
    expect((await psql(s, 'SELECT body FROM notes WHERE id = 1')).stdout).toBe(
      ' body  \n-------\n hello\n(1 row)\n\n',
    );
    expect((await psql(s, 'DROP TABLE notes')).stdout).toBe('DROP TABLE\n');
  });

  it('prints PostgreSQL errors as psql does and exits 1', async () => {
    const s = sandbox();
    await started(s, 'pg1', '-e POSTGRES_PASSWORD=pw');
    const missing = await psql(s, 'SELECT * FROM nope');
    expect([missing.stdout, missing.stderr, missing.exitCode]).toEqual([
      '',
      'ERROR:  relation "nope" does not exist\nLINE 1: SELECT * FROM nope\n                      ^\n',
      1,
    ]);
    await psql(s, 'CREATE TABLE t (id int PRIMARY KEY)');
    await psql(s, 'INSERT INTO t VALUES (1)');
    const dup = await psql(s, 'INSERT INTO t VALUES (1)');
    expect(dup.stderr).toBe(
      'ERROR:  duplicate key value violates unique constraint "t_pkey"\nDETAIL:  Key (id)=(1) already exists.\n',
    );
    const bad = await psql(s, "INSERT INTO t VALUES ('abc')");
    expect(bad.stderr).toBe(
      'ERROR:  invalid input syntax for type integer: "abc"\nLINE 1: INSERT INTO t VALUES (\'abc\')\n                              ^\n',
    );
    expect((await s.exec('docker exec pg1 psql --version')).stdout).toBe(
      'psql (PostgreSQL) 17.2 (Debian 17.2-1.pgdg120+1)\n',
    );
    const root = await s.exec('docker exec pg1 psql -c "SELECT 1"');
    expect([root.stderr, root.exitCode]).toEqual([
      'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  role "root" does not exist\n',
      2,
    ]);
  });

  it('says in Korean what it does not simulate, and changes nothing', async () => {
    const s = sandbox();
    await started(s, 'pg1', '-e POSTGRES_PASSWORD=pw');
    await psql(s, 'CREATE TABLE t (id int)');
    const r = await psql(s, 'INSERT INTO t VALUES (1); ALTER TABLE t ADD COLUMN x int');
    expect([r.stdout, r.exitCode]).toEqual(['', 1]);
    expect(r.stderr).toBe('psql: 이 시뮬레이션은 SQL의 이 부분(ALTER)을 흉내 내지 않습니다.\n');
    expect((await psql(s, 'SELECT count(*) FROM t')).stdout).toContain('     0\n');
  });

  it('keeps tables in PGDATA, so they survive a new container on the same volume', async () => {
    const s = sandbox();
    await started(s, 'pg1', `-e POSTGRES_PASSWORD=pw ${VOLUME}`);
    await psql(s, 'CREATE TABLE t (name text)');
    await psql(s, "INSERT INTO t VALUES ('kept')");
    await s.exec('docker stop pg1');
    await s.exec('docker rm pg1');
    await started(s, 'pg1', VOLUME);
    expect((await psql(s, 'SELECT * FROM t')).stdout).toBe(' name \n------\n kept\n(1 row)\n\n');
  });

  it('docker exec -it … psql gives its prompt, continuation lines and \\dt', async () => {
    const seen: string[] = [];
    const s = sandbox(async (session) => {
      for (const line of ['CREATE TABLE t (', 'id int);', '\\dt', '\\q']) {
        seen.push(session.prompt() + line);
        const out = (await session.exec(line)).output;
        if (out) seen.push(out);
        if (session.exited !== null) return session.exited;
      }
      return 9;
    });
    await started(s, 'pg1', '-e POSTGRES_PASSWORD=pw');
    const r = await s.exec('docker exec -it pg1 psql -U postgres');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('psql (17.2 (Debian 17.2-1.pgdg120+1))\nType "help" for help.\n\n');
    expect(seen).toEqual([
      'postgres=# CREATE TABLE t (',
      'postgres(# id int);',
      'CREATE TABLE\n',
      'postgres=# \\dt',
      '        List of relations\n Schema | Name | Type  |  Owner   \n--------+------+-------+----------\n public | t    | table | postgres\n(1 row)\n\n',
      'postgres=# \\q',
    ]);
  });

  it('docker exec -it … psql as root fails to connect before any prompt, as psql does', async () => {
    let attached = false;
    const s = sandbox(async () => ((attached = true), 0));
    await started(s, 'pg1', '-e POSTGRES_PASSWORD=pw');
    const r = await s.exec('docker exec -it pg1 psql');
    expect(attached).toBe(false);
    expect([r.stdout, r.exitCode]).toEqual([
      'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  role "root" does not exist\r\n',
      2,
    ]);
  });
});
