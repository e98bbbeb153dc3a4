/**
 * The commands this redis-server knows, on string keys in database 0, with Redis 7's replies and
 * error texts (server.c processCommand: unknown command, wrong number of arguments).
 */
import { bulk, error, int, nil, ok, type Reply } from './redis-reply';

/** What commands need from the server: its keys and its persistence. */
export interface Keyspace {
  data: Map<string, string>;
  /** Counts a change (rdb_changes_since_last_save). */
  changed(n: number): void;
  save(): boolean;
  bgsave(): Reply;
  info(section: string | undefined): string;
  lastSave(): number;
}

type Handler = (ks: Keyspace, args: string[]) => Reply;

/** name → [arity as Redis counts it (negative: at least), handler]. */
const COMMANDS: Record<string, [number, Handler]> = {
  ping: [-1, (_, a) => (a.length === 0 ? { t: 'status', v: 'PONG' } : bulk(a[0]!))],
  echo: [2, (_, a) => bulk(a[0]!)],
  set: [-3, set],
  get: [2, (ks, [k]) => (ks.data.has(k!) ? bulk(ks.data.get(k!)!) : nil)],
  del: [-2, remove],
  unlink: [-2, remove],
  exists: [-2, (ks, keys) => int(keys.filter((k) => ks.data.has(k)).length)],
  keys: [2, (ks, [p]) => ({ t: 'array', v: [...ks.data.keys()].filter(glob(p!)).map(bulk) })],
  dbsize: [1, (ks) => int(ks.data.size)],
  incr: [2, (ks, [k]) => incrBy(ks, k!, 1)],
  decr: [2, (ks, [k]) => incrBy(ks, k!, -1)],
  flushall: [-1, flush],
  flushdb: [-1, flush],
  save: [1, (ks) => (ks.save() ? ok : error('ERR'))],
  bgsave: [-1, (ks) => ks.bgsave()],
  lastsave: [1, (ks) => int(Math.floor(ks.lastSave() / 1000))],
  info: [-1, (ks, [section]) => bulk(ks.info(section?.toLowerCase()))],
};

export function runCommand(ks: Keyspace, argv: string[]): Reply {
  const [name = '', ...args] = argv;
  const entry = COMMANDS[name.toLowerCase()];
  if (!entry) {
    const shown = args.map((a) => `'${a}' `).join('');
    return error(`ERR unknown command '${name}', with args beginning with: ${shown}`);
  }
  const [arity, handler] = entry;
  if ((arity > 0 && argv.length !== arity) || argv.length < -arity)
    return error(`ERR wrong number of arguments for '${name.toLowerCase()}' command`);
  return handler(ks, args);
}

function set(ks: Keyspace, [k, v, ...options]: string[]): Reply {
  if (options.length > 0) return error('ERR syntax error');
  ks.data.set(k!, v!);
  ks.changed(1);
  return ok;
}

function remove(ks: Keyspace, keys: string[]): Reply {
  let n = 0;
  for (const k of new Set(keys)) if (ks.data.delete(k)) n++;
  ks.changed(n);
  return int(n);
}

function flush(ks: Keyspace): Reply {
  const n = ks.data.size;
  ks.data.clear();
  ks.changed(n);
  return ok;
}

function incrBy(ks: Keyspace, key: string, by: number): Reply {
  const old = ks.data.get(key) ?? '0';
  if (!/^-?\d+$/.test(old)) return error('ERR value is not an integer or out of range');
  const value = Number(old) + by;
  ks.data.set(key, String(value));
  ks.changed(1);
  return int(value);
}

/** Redis's stringmatchlen for * ? [..] and \\ escapes. */
function glob(pattern: string): (key: string) => boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^\^/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`, 's');
  return (key) => compiled.test(key);
}
