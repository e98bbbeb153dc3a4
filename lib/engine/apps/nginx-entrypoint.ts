/**
 * The nginx image's /docker-entrypoint.sh (docker-nginx, entrypoint/docker-entrypoint.sh and
 * 10-listen-on-ipv6-by-default.sh, as shipped with nginx 1.27): when the command is nginx it
 * runs the scripts in /docker-entrypoint.d/ in `sort -V` order, logging each on stdout, then
 * execs the command. The other stock scripts (15-local-resolvers.envsh, 20-envsubst-on-templates,
 * 30-tune-worker-processes) print nothing unless their NGINX_ENTRYPOINT_* variables are set or
 * /etc/nginx/templates exists, so they are logged as launched and do nothing here.
 */
import type { FileSystem } from '../../fs';
import type { ProcessSpec } from '../process';
import { envValue, execArgs, isFile } from './proc-env';

const SCRIPT = '/docker-entrypoint.sh';
const DIR = '/docker-entrypoint.d/';
const STOCK = new Set([
  '15-local-resolvers.envsh',
  '20-envsubst-on-templates.sh',
  '30-tune-worker-processes.sh',
]);

export async function nginxEntrypoint(spec: ProcessSpec, args: readonly string[]): Promise<number> {
  const quiet = (envValue(spec, 'NGINX_ENTRYPOINT_QUIET_LOGS') ?? '') !== '';
  const log = (text: string) => {
    if (!quiet) spec.stdout.write(`${text}\n`);
  };
  if (args[0] === 'nginx' || args[0] === 'nginx-debug') {
    const files = scripts(spec.fs);
    if (files.length === 0) {
      log(`${SCRIPT}: No files found in ${DIR}, skipping configuration`);
    } else {
      log(`${SCRIPT}: ${DIR} is not empty, will attempt to perform configuration`);
      log(`${SCRIPT}: Looking for shell scripts in ${DIR}`);
      for (const f of files) await runScript(spec, f, log);
      log(`${SCRIPT}: Configuration complete; ready for start up`);
    }
  }
  return execArgs(spec, SCRIPT, 47, args);
}

/** `find /docker-entrypoint.d/ -follow -type f -print | sort -V` (names here sort the same). */
function scripts(fs: FileSystem): string[] {
  let names: string[];
  try {
    names = fs.readdir(DIR);
  } catch {
    return [];
  }
  return names
    .map((n) => `${DIR}${n}`)
    .filter((p) => isFile(fs, p))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

async function runScript(spec: ProcessSpec, path: string, log: (t: string) => void) {
  const executable = (spec.fs.stat(path).mode & 0o111) !== 0;
  const name = path.slice(DIR.length);
  const kind = path.endsWith('.envsh') ? 'Sourcing' : path.endsWith('.sh') ? 'Launching' : null;
  if (kind === null) return log(`${SCRIPT}: Ignoring ${path}`);
  if (!executable) return log(`${SCRIPT}: Ignoring ${path}, not executable`);
  log(`${SCRIPT}: ${kind} ${path}`);
  if (name === '10-listen-on-ipv6-by-default.sh') return listenOnIpv6(spec.fs, log);
  if (STOCK.has(name) || kind === 'Sourcing') return;
  // a learner's own script: run it as the entrypoint would
  await spec.exec?.([path]);
}

const CONF = '/etc/nginx/conf.d/default.conf';
const IPV6 = '    listen  [::]:80;';

/** 10-listen-on-ipv6-by-default.sh: adds `listen [::]:80;` to the packaged default.conf once. */
function listenOnIpv6(fs: FileSystem, log: (t: string) => void): void {
  const me = '10-listen-on-ipv6-by-default.sh';
  if (!isFile(fs, CONF)) return log(`${me}: info: ${CONF} is not a file or does not exist`);
  let text: string;
  try {
    text = fs.readTextFile(CONF);
    fs.utimes(CONF);
  } catch {
    return log(`${me}: info: can not modify ${CONF} (read-only file system?)`);
  }
  if (text.includes('listen  [::]:80;')) return log(`${me}: info: IPv6 listen already enabled`);
  log(`${me}: info: Getting the checksum of ${CONF}`);
  // the real script compares with dpkg's checksum; here: the packaged file's two landmarks
  if (!/^ {4}listen {7}80;$/m.test(text) || !text.includes('server_name  localhost;'))
    return log(`${me}: info: ${CONF} differs from the packaged version`);
  fs.writeFile(CONF, text.replace(/^( {4}listen {7}80;)$/m, `$1\n${IPV6}`));
  log(`${me}: info: Enabled listen on IPv6 in ${CONF}`);
}
