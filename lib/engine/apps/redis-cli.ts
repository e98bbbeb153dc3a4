/**
 * redis-cli inside the redis image: `redis-cli SET k v` once, or its own prompt
 * (`127.0.0.1:6379> `) under `docker exec -it`. Replies print as redis-cli prints them on a
 * TTY or raw (redis-reply.ts); an error reply makes a one-shot run exit 1 (Redis 7).
 * Real commands this simulation does not imitate get a Korean note, never a made-up reply.
 */
import type { Program, ProcessSpec, Repl } from '../process';
import { notSimulated } from './not-simulated';
import { envValue } from './proc-env';
import { formatRaw, formatTty, type Reply } from './redis-reply';
import { INFO_SECTIONS } from './redis-info';
import { REDIS_PORT } from './redis-server';
import { splitArgs } from './redis-split';

/** Real Redis commands left out here: asking for them gets the note, not "unknown command". */
const NOT_SIMULATED = new Set(
  'append auth client cluster config copy decrby expire expireat getdel getex getset hdel hexists hget hgetall hincrby hkeys hlen hmget hmset hset hvals incrby lindex llen lpop lpush lrange lrem lset ltrim mget monitor move mset msetnx persist pexpire psubscribe pttl publish randomkey rename rpop rpush sadd scan scard select setex setnx sismember smembers spop srem strlen subscribe ttl type watch multi exec discard zadd zcard zincrby zrange zrank zrem zscore acl bgrewriteaof command debug memory object role shutdown slowlog time wait xadd xrange xread'.split(
    ' ',
  ),
);

interface Target {
  host: string;
  port: number;
  raw: boolean;
  command: string[];
}

function parseArgs(args: readonly string[]): Target {
  const t: Target = { host: '127.0.0.1', port: REDIS_PORT, raw: false, command: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h') t.host = args[++i] ?? t.host;
    else if (a === '-p') t.port = Number(args[++i]);
    else if (a === '--raw') t.raw = true;
    else if (a === '--no-raw') t.raw = false;
    else return { ...t, command: args.slice(i) };
  }
  return t;
}

type Sent = { reply: Reply } | { refused: string } | { note: string };

function send(spec: ProcessSpec, t: Target, argv: string[]): Promise<Sent> | Sent {
  const name = argv[0]!.toLowerCase();
  if (NOT_SIMULATED.has(name)) return { note: `'${argv[0]!.toUpperCase()}' 명령` };
  if (name === 'info' && (argv.length !== 2 || !INFO_SECTIONS.includes(argv[1]!.toLowerCase())))
    return { note: `'${argv.slice(0, 2).join(' ')}' 섹션(persistence, keyspace 말고)` };
  const local = t.host === '127.0.0.1' || t.host === 'localhost';
  const handler = local ? spec.connect?.(t.port) : null;
  if (!handler)
    return { refused: `Could not connect to Redis at ${t.host}:${t.port}: Connection refused` };
  const request = { method: 'RESP', path: '/', headers: {}, body: JSON.stringify(argv) };
  return Promise.resolve(handler(request)).then((r) => ({ reply: JSON.parse(r.body) as Reply }));
}

function print(reply: Reply, tty: boolean, raw: boolean, command: string): string {
  // redis-cli prints INFO's text as it is, even on a TTY
  if (tty && !raw && !(command === 'info' && reply.t === 'bulk')) return formatTty(reply);
  return `${formatRaw(reply)}\n`;
}

export const redisCli: Program = {
  name: 'redis-cli',
  async run(spec, args) {
    if (args[0] === '--version' || args[0] === '-v') {
      spec.stdout.write(`redis-cli ${envValue(spec, 'REDIS_VERSION') ?? '7.4.1'}\n`);
      return 0;
    }
    const t = parseArgs(args);
    if (t.command.length === 0) return 0; // stdin is not a terminal and carries nothing
    const sent = await send(spec, t, t.command);
    if ('note' in sent) {
      notSimulated(spec.stderr, Boolean(spec.tty), 'redis-cli', sent.note);
      return 1;
    }
    if ('refused' in sent) {
      spec.stderr.write(`${sent.refused}\n`);
      return 1;
    }
    spec.stdout.write(print(sent.reply, Boolean(spec.tty), t.raw, t.command[0]!.toLowerCase()));
    return sent.reply.t === 'error' ? 1 : 0;
  },
  repl(spec, args) {
    const t = parseArgs(args);
    return t.command.length > 0 ? null : new RedisPrompt(spec, t);
  },
};

class RedisPrompt implements Repl {
  exited: number | null = null;
  private connected: boolean;
  readonly banner: string;

  constructor(
    private readonly spec: ProcessSpec,
    private readonly target: Target,
  ) {
    this.connected = spec.connect?.(target.port) != null;
    this.banner = this.connected
      ? ''
      : `Could not connect to Redis at ${target.host}:${target.port}: Connection refused\n`;
  }

  prompt(): string {
    return this.connected ? `${this.target.host}:${this.target.port}> ` : 'not connected> ';
  }

  async line(text: string, out: { stdout: ProcessSpec['stdout']; stderr: ProcessSpec['stderr'] }) {
    const argv = splitArgs(text);
    if (argv === null) return out.stdout.write('Invalid argument(s)\n');
    if (argv.length === 0) return;
    const name = argv[0]!.toLowerCase();
    if (name === 'quit' || name === 'exit') {
      this.exited = 0;
      return;
    }
    const sent = await send(this.spec, this.target, argv);
    this.connected = !('refused' in sent);
    if ('note' in sent) return notSimulated(out.stderr, true, 'redis-cli', sent.note);
    if ('refused' in sent) return out.stdout.write(`${sent.refused}\n`);
    out.stdout.write(print(sent.reply, true, this.target.raw, name));
  }
}
