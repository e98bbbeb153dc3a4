/**
 * The redis image's server (`redis-server`, Redis 7.4): its start-up log, dump.rdb loaded from
 * the working directory (/data, the image's VOLUME), the default save policy (`save 3600 1 300
 * 100 60 10000`) as background saves, SAVE, and the final save on SIGTERM (`docker stop`).
 * Clients in the container (redis-cli) reach it on port 6379. Log lines follow `docker logs` of
 * redis:7.x (server.c, rdb.c); the ones only an unusual host prints are left out.
 */
import { isFsError } from '../../fs';
import type { Program, ProcessSpec } from '../process';
import { redisTime } from './clock';
import { envValue, isFile } from './proc-env';
import { runCommand, type Keyspace } from './redis-commands';
import { readRdb, writeRdb } from './redis-rdb';
import { error, type Reply } from './redis-reply';
import { infoSection, type Stats } from './redis-info';

export const REDIS_PORT = 6379;
const DUMP = 'dump.rdb';
const DEFAULT_SAVE: [number, number][] = [
  [3600, 1],
  [300, 100],
  [60, 10000],
];

/** `--save "3600 1 300 100"`, `--save 60 1`, `--save ""`; other options are accepted as given. */
export function parseOptions(args: readonly string[]): { save: [number, number][]; port: number } {
  let save = DEFAULT_SAVE;
  let port = REDIS_PORT;
  for (let i = 0; i < args.length; i++) {
    const values: string[] = [];
    while (i + 1 < args.length && !args[i + 1]!.startsWith('--')) values.push(args[++i]!);
    const flat = values.join(' ').trim().split(/\s+/).filter(Boolean);
    if (args[i - values.length] === '--save')
      save = flat.flatMap((v, j) => (j % 2 === 0 ? [[Number(v), Number(flat[j + 1])]] : []));
    if (args[i - values.length] === '--port') port = Number(flat[0]);
  }
  return { save, port };
}

export const redisServer: Program = {
  name: 'redis-server',
  async run(spec, args) {
    const version = envValue(spec, 'REDIS_VERSION') ?? '7.4.1';
    const log = logger(spec);
    const options = parseOptions(args);
    startupLog(log, version, args.length > 0);
    const server = new RedisServer(spec, version, log, options.save);
    const loaded = server.load();
    if (loaded !== null) {
      log('M', '#', loaded);
      return 1;
    }
    log('M', '*', 'Ready to accept connections tcp');
    spec.listen(options.port, (request) => {
      if (request.method !== 'RESP') throw new Error('not the Redis protocol');
      return {
        status: 200,
        statusText: 'OK',
        headers: {},
        body: JSON.stringify(server.handle(request.body)),
      };
    });
    await spec.terminated;
    spec.stdout.write(
      `1:signal-handler (${Math.floor(spec.now() / 1000)}) Received SIGTERM scheduling shutdown...\n`,
    );
    log('M', '*', 'User requested shutdown...');
    if (options.save.length > 0) {
      log('M', '*', 'Saving the final RDB snapshot before exiting.');
      server.save();
    }
    log('M', '#', 'Redis is now ready to exit, bye bye...');
    return 0;
  },
};

export type Log = (role: string, level: string, text: string, pid?: number) => void;

function logger(spec: ProcessSpec): Log {
  return (role, level, text, pid = 1) =>
    spec.stdout.write(`${pid}:${role} ${redisTime(spec.now())} ${level} ${text}\n`);
}

function startupLog(log: Log, version: string, configured: boolean): void {
  log(
    'C',
    '#',
    "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
  );
  log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
  log(
    'C',
    '*',
    `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
  );
  if (configured) log('C', '*', 'Configuration loaded');
  else
    log(
      'C',
      '#',
      'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
    );
  log('M', '*', 'monotonic clock: POSIX clock_gettime');
  log('M', '*', 'Running mode=standalone, port=6379.');
  log('M', '*', 'Server initialized');
}

class RedisServer implements Keyspace {
  readonly data = new Map<string, string>();
  readonly stats: Stats = { dirty: 0, lastSave: 0, saves: 0, loaded: 0, bgsaveOk: true };
  private child = 19;
  private timer = 0;

  constructor(
    private readonly spec: ProcessSpec,
    private readonly version: string,
    private readonly log: Log,
    private readonly policy: [number, number][],
  ) {
    this.stats.lastSave = spec.now();
  }

  /** Loads dump.rdb if there is one; returns the fatal error text otherwise null. */
  load(): string | null {
    const path = `${this.spec.cwd.replace(/\/$/, '')}/${DUMP}`;
    if (!isFile(this.spec.fs, path)) return null;
    const read = readRdb(this.spec.fs.readFile(path));
    if ('error' in read) return read.error;
    const age = Math.max(0, Math.floor((this.spec.now() - read.info.ctime) / 1000));
    this.log('M', '*', `Loading RDB produced by version ${read.info.version}`);
    this.log('M', '*', `RDB age ${age} seconds`);
    this.log('M', '*', 'RDB memory usage when created 0.96 Mb');
    this.log('M', '*', `Done loading RDB, keys loaded: ${read.data.size}, keys expired: 0.`);
    this.log('M', '*', 'DB loaded from disk: 0.000 seconds');
    for (const [k, v] of read.data) this.data.set(k, v);
    this.stats.loaded = read.data.size;
    return null;
  }

  handle(body: string): Reply {
    let argv: unknown;
    try {
      argv = JSON.parse(body);
    } catch {
      return error('ERR Protocol error');
    }
    if (!Array.isArray(argv) || argv.length === 0) return error('ERR Protocol error');
    return runCommand(this, argv.map(String));
  }

  changed(n: number): void {
    this.stats.dirty += n;
    if (n > 0) this.schedule();
  }

  /** The first save point the changes so far meet, checked when it falls due (serverCron). */
  private schedule(): void {
    const due = this.policy
      .filter(([, changes]) => this.stats.dirty >= changes)
      .map(([secs]) => this.stats.lastSave + secs * 1000);
    if (due.length === 0) return;
    const at = Math.min(...due);
    const ticket = ++this.timer;
    void this.spec.sleep(Math.max(0, at - this.spec.now())).then(() => {
      if (ticket !== this.timer || this.spec.cancel.cancelled) return;
      const point = this.policy.find(
        ([secs, changes]) =>
          this.stats.dirty >= changes && this.spec.now() - this.stats.lastSave >= secs * 1000,
      );
      if (point) this.background(`${this.stats.dirty} changes in ${point[0]} seconds. Saving...`);
    });
  }

  /** Writes dump.rdb; false when the directory refuses it. */
  save(pid = 1, role = 'M'): boolean {
    const path = `${this.spec.cwd.replace(/\/$/, '')}/${DUMP}`;
    try {
      const bytes = writeRdb(this.data, { version: this.version, ctime: this.spec.now() });
      this.spec.fs.writeFile(path, bytes, { mode: 0o600 });
    } catch (e) {
      if (!isFsError(e)) throw e;
      this.log(
        role,
        '#',
        `Failed opening the temp RDB file temp-${pid}.rdb (in server root dir /data) for saving: Permission denied`,
        pid,
      );
      this.stats.bgsaveOk = false;
      return false;
    }
    this.log(role, '*', 'DB saved on disk', pid);
    this.stats.dirty = 0;
    this.stats.lastSave = this.spec.now();
    this.stats.saves++;
    return true;
  }

  bgsave(): Reply {
    this.background(null);
    return { t: 'status', v: 'Background saving started' };
  }

  private background(reason: string | null): void {
    const pid = ++this.child;
    if (reason) this.log('M', '*', reason);
    this.log('M', '*', `Background saving started by pid ${pid}`);
    if (this.save(pid, 'C')) {
      this.log('C', '*', 'Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB', pid);
      this.log('M', '*', 'Background saving terminated with success');
    }
  }

  info(section: string | undefined): string {
    return infoSection(section, this.stats, this.data.size);
  }

  lastSave(): number {
    return this.stats.lastSave;
  }
}
