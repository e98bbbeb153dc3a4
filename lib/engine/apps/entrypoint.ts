/**
 * `docker-entrypoint.sh`: the nginx image has it at /docker-entrypoint.sh, redis and postgres in
 * /usr/local/bin. One program answers to the name and does what the image's own script does,
 * told apart by what the image holds (its server's files), then execs the command.
 */
import type { Program, ProcessSpec } from '../process';
import { nginxEntrypoint } from './nginx-entrypoint';
import { postgresEntrypoint } from './postgres-entrypoint';
import { isDir, isFile } from './proc-env';
import { redisEntrypoint } from './redis-entrypoint';

type Entrypoint = (spec: ProcessSpec, args: readonly string[]) => Promise<number>;

function whichImage(spec: ProcessSpec): Entrypoint {
  if (isDir(spec.fs, '/etc/nginx')) return nginxEntrypoint;
  if (isFile(spec.fs, '/usr/local/bin/redis-server')) return redisEntrypoint;
  return postgresEntrypoint;
}

export const dockerEntrypoint: Program = {
  name: 'docker-entrypoint.sh',
  run: (spec, args) => whichImage(spec)(spec, args),
};
