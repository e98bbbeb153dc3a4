/**
 * The nginx image's server (`nginx -g 'daemon off;'`, nginx 1.27 on Debian bookworm): startup
 * notices on stderr (its error_log), one access-log line per request on stdout in the image's
 * `main` format, and the graceful shutdown of the image's STOPSIGNAL SIGQUIT on `docker stop`.
 * The notice lines follow what `docker logs` of nginx:1.27 shows; the worker PIDs (29, 30: two
 * CPUs) and the kernel in the OS line are the simulated host's (../host-facts).
 */
import type { Program, ProcessSpec } from '../process';
import { nginxErrorTime } from './clock';
import { serveStatic, type ServerConfig } from './nginx-http';
import { envValue, isFile } from './proc-env';
import { KERNEL as HOST_KERNEL } from '../host-facts';

const WORKERS = [29, 30];
const KERNEL = HOST_KERNEL.release;

export function nginxVersion(spec: ProcessSpec): string {
  return envValue(spec, 'NGINX_VERSION') ?? '1.27.3';
}

export const nginx: Program = {
  name: 'nginx',
  async run(spec, args) {
    const version = nginxVersion(spec);
    if (args.includes('-v') || args.includes('-V')) {
      spec.stderr.write(`nginx version: nginx/${version}\n`);
      return 0;
    }
    if (args.includes('-t')) {
      const f = '/etc/nginx/nginx.conf';
      spec.stderr.write(`nginx: the configuration file ${f} syntax is ok\n`);
      spec.stderr.write(`nginx: configuration file ${f} test is successful\n`);
      return 0;
    }
    const notice = (pid: number, text: string) =>
      spec.stderr.write(`${nginxErrorTime(spec.now())} [notice] ${pid}#${pid}: ${text}\n`);
    notice(1, 'using the "epoll" event method');
    notice(1, `nginx/${version}`);
    notice(1, 'built by gcc 12.2.0 (Debian 12.2.0-14) ');
    notice(1, `OS: Linux ${KERNEL}`);
    notice(1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    // without `daemon off;` the master goes to the background and the container's PID 1 ends
    if (!args.some((a) => /daemon\s+off\s*;/.test(a))) return 0;
    notice(1, 'start worker processes');
    for (const pid of WORKERS) notice(1, `start worker process ${pid}`);
    const config = readServerConfig(spec);
    spec.listen(config.port, (request) => serveStatic(spec, config, version, request));
    await spec.terminated;
    notice(1, 'signal 3 (SIGQUIT) received, shutting down');
    for (const pid of WORKERS) {
      notice(pid, 'gracefully shutting down');
      notice(pid, 'exiting');
      notice(pid, 'exit');
    }
    for (const pid of WORKERS) {
      notice(1, `signal 17 (SIGCHLD) received from ${pid}`);
      notice(1, `worker process ${pid} exited with code 0`);
    }
    notice(1, 'exit');
    return 0;
  },
};

/** `listen` and `root` from conf.d/default.conf, as far as a learner's edits go. */
function readServerConfig(spec: ProcessSpec): ServerConfig {
  const conf = '/etc/nginx/conf.d/default.conf';
  const text = isFile(spec.fs, conf) ? spec.fs.readTextFile(conf) : '';
  const live = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .join('\n');
  const port = /^\s*listen\s+(\d+)\s*;/m.exec(live)?.[1];
  const root = /^\s*root\s+(\S+)\s*;/m.exec(live)?.[1];
  return { port: port ? Number(port) : 80, root: root ?? '/usr/share/nginx/html', connections: 0 };
}
