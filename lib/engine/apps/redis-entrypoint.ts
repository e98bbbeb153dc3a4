/**
 * The redis image's /usr/local/bin/docker-entrypoint.sh (docker-library/redis, 7.4): an option
 * or a *.conf as the first argument means redis-server; as root it hands the working directory
 * (/data) to user redis (`find . \! -user redis -exec chown redis '{}' +`), drops to that user
 * with gosu and sets umask 0077 (so dump.rdb is -rw-------), then execs the command.
 */
import { isFsError, joinPath, type FileSystem } from '../../fs';
import type { ProcessSpec } from '../process';
import { execArgs } from './proc-env';
import { redisServer } from './redis-server';

export const REDIS_USER = { uid: 999, gid: 999 };

export async function redisEntrypoint(spec: ProcessSpec, args: readonly string[]): Promise<number> {
  let argv = [...args];
  if (argv[0] !== undefined && (argv[0].startsWith('-') || argv[0].endsWith('.conf')))
    argv = ['redis-server', ...argv];
  if (argv[0] !== 'redis-server') return execArgs(spec, 'docker-entrypoint.sh', 24, argv);
  const asRoot = spec.identity.uid === 0;
  if (asRoot) chownToRedis(spec.fs, spec.cwd);
  const identity = asRoot ? REDIS_USER : spec.identity;
  return redisServer.run({ ...spec, fs: spec.fs.as(identity), identity }, argv.slice(1));
}

function chownToRedis(fs: FileSystem, dir: string): void {
  const visit = (path: string) => {
    try {
      const st = fs.lstat(path);
      if (st.uid !== REDIS_USER.uid) fs.chown(path, REDIS_USER.uid, st.gid);
      if (st.kind === 'dir') for (const name of fs.readdir(path)) visit(joinPath(path, name));
    } catch (e) {
      if (!isFsError(e)) throw e; // a read-only bind mount: chown fails, as find's would
    }
  };
  visit(dir);
}
