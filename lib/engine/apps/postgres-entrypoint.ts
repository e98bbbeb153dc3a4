/**
 * The postgres image's /usr/local/bin/docker-entrypoint.sh (docker-library/postgres, 16/17):
 * for `postgres` it prepares $PGDATA (owned by postgres, 0700), and when $PGDATA/PG_VERSION is
 * missing it insists on POSTGRES_PASSWORD, runs initdb, starts a temporary socket-only server,
 * creates POSTGRES_DB, runs /docker-entrypoint-initdb.d/ (here: reports it as ignored), stops
 * the server and says so; on a data directory that has a database it skips all that. Then it
 * execs the server as user postgres (gosu).
 */
import { isFsError, joinPath, type FileSystem } from '../../fs';
import type { ProcessSpec } from '../process';
import { INITDB_WARNING, initdbOutput, writeCluster, writeControl } from './pg-initdb';
import { pgdataOf, pgLogger, postgresServer, shutdownLog, startupLog } from './postgres';
import { envValue, execArgs, isFile } from './proc-env';

const SCRIPT = '/usr/local/bin/docker-entrypoint.sh';
export const POSTGRES_USER = { uid: 999, gid: 999 };

const NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

export async function postgresEntrypoint(
  spec: ProcessSpec,
  args: readonly string[],
): Promise<number> {
  const argv = args[0]?.startsWith('-') ? ['postgres', ...args] : [...args];
  const wantsHelp = argv.some((a) => /^(-V|--version|--help|-\?|-C|--describe-config)$/.test(a));
  if (argv[0] !== 'postgres' || wantsHelp) return execArgs(spec, SCRIPT, 363, argv);
  const pgdata = pgdataOf(spec);
  const asRoot = spec.identity.uid === 0;
  if (asRoot) prepareDirectories(spec.fs, pgdata);
  const identity = asRoot ? POSTGRES_USER : spec.identity;
  const server: ProcessSpec = { ...spec, fs: spec.fs.as(identity), identity };
  if (isFile(server.fs, joinPath(pgdata, 'PG_VERSION'))) {
    spec.stdout.write(
      '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n',
    );
  } else {
    const password = envValue(spec, 'POSTGRES_PASSWORD') ?? '';
    if (password === '' && envValue(spec, 'POSTGRES_HOST_AUTH_METHOD') !== 'trust') {
      spec.stderr.write(NO_PASSWORD);
      return 1;
    }
    initialise(server, pgdata);
  }
  return postgresServer.run(server, argv.slice(1));
}

/** docker_create_db_directories as root: PGDATA and the socket directory belong to postgres. */
function prepareDirectories(fs: FileSystem, pgdata: string): void {
  const own = (path: string) => {
    try {
      const st = fs.lstat(path);
      if (st.uid !== POSTGRES_USER.uid) fs.chown(path, POSTGRES_USER.uid, st.gid);
      if (st.kind === 'dir') for (const n of fs.readdir(path)) own(joinPath(path, n));
    } catch (e) {
      if (!isFsError(e)) throw e;
    }
  };
  try {
    fs.mkdir(pgdata, { recursive: true });
    fs.chmod(pgdata, 0o700);
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
  own(pgdata);
  own('/var/run/postgresql');
}

function initialise(spec: ProcessSpec, pgdata: string): void {
  const major = envValue(spec, 'PG_MAJOR') ?? '17';
  const user = envValue(spec, 'POSTGRES_USER') || 'postgres';
  const db = envValue(spec, 'POSTGRES_DB') || user;
  writeCluster(spec.fs, pgdata, major, db !== 'postgres');
  writeControl(spec.fs, pgdata, 'shut down', spec.now());
  spec.stdout.write(initdbOutput(pgdata));
  spec.stderr.write(INITDB_WARNING);
  const log = pgLogger(spec);
  spec.stdout.write('waiting for server to start....');
  startupLog(spec, log, 48, false);
  spec.stdout.write(' done\nserver started\n');
  if (db !== 'postgres') spec.stdout.write('CREATE DATABASE\n');
  spec.stdout.write(`\n${SCRIPT}: ignoring /docker-entrypoint-initdb.d/*\n\n`);
  spec.stdout.write('waiting for server to shut down....');
  shutdownLog(spec, log, 48);
  spec.stdout.write(
    ' done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n',
  );
}
