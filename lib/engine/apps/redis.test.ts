import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../fs';
import type { Session } from '../../shell';
import { createMachine } from '../../machine';
import { addTestImages } from './images.testing';
import { readRdb } from './redis-rdb';

function sandbox(attachShell?: (session: Session) => Promise<number>) {
  const s = createMachine(attachShell ? { docker: { attachShell } } : {});
  addTestImages(s.engine);
  return s;
}

async function started(s: ReturnType<typeof sandbox>, name: string, args = '') {
  expect((await s.exec(`docker run -d --name ${name} ${args} test-redis`)).exitCode).toBe(0);
  await s.exec('sleep 1');
}

describe('redis image', () => {
  it('logs a Redis 7 start-up', async () => {
    const s = sandbox();
    await started(s, 'rd1');
    const lines = (await s.exec('docker logs rd1')).stdout.split('\n');
    const text = lines.map((l) => l.replace(/^(\d+:[CM]) \d\d \w{3} \d{4} [\d:.]+ /, '$1 '));
    expect(text.slice(1)).toEqual([
      '1:C * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M * monotonic clock: POSIX clock_gettime',
      '1:M * Running mode=standalone, port=6379.',
      '1:M * Server initialized',
      '1:M * Ready to accept connections tcp',
      '',
    ]);
  });

  it.each([
    ['SET k v', 'OK\n', 'OK\r\n'],
    ['GET k', 'v\n', '"v"\r\n'],
    ['GET nope', '\n', '(nil)\r\n'],
    ['KEYS "*"', 'k\n', '1) "k"\r\n'],
    ['KEYS "x*"', '\n', '(empty array)\r\n'],
    ['EXISTS k nope', '1\n', '(integer) 1\r\n'],
    ['PING', 'PONG\n', 'PONG\r\n'],
  ])('redis-cli %s prints raw without a TTY and like redis-cli on one', async (cmd, raw, tty) => {
    const s = sandbox();
    await started(s, 'rd1');
    await s.exec('docker exec rd1 redis-cli SET k v');
    expect((await s.exec(`docker exec rd1 redis-cli ${cmd}`)).stdout).toBe(raw);
    expect((await s.exec(`docker exec -t rd1 redis-cli ${cmd}`)).stdout).toBe(tty);
  });

  it('gives real errors for unknown commands and a Korean note for ones not simulated', async () => {
    const s = sandbox();
    await started(s, 'rd1');
    const unknown = await s.exec('docker exec -t rd1 redis-cli foo a b');
    expect([unknown.stdout, unknown.exitCode]).toEqual([
      "(error) ERR unknown command 'foo', with args beginning with: 'a' 'b' \r\n",
      1,
    ]);
    const arity = await s.exec('docker exec rd1 redis-cli GET');
    expect(arity.stdout).toBe("ERR wrong number of arguments for 'get' command\n");
    const hset = await s.exec('docker exec rd1 redis-cli HSET h f v');
    expect([hset.stdout, hset.exitCode]).toEqual(['', 1]);
    expect(hset.stderr).toBe("redis-cli: 이 시뮬레이션은 'HSET' 명령을 흉내 내지 않습니다.\n");
    const red = await s.exec('docker exec -t rd1 redis-cli INFO server');
    expect(red.stdout).toBe(
      "\x1b[31mredis-cli: 이 시뮬레이션은 'INFO server' 섹션(persistence, keyspace 말고)을 흉내 내지 않습니다.\x1b[0m\r\n",
    );
  });

  it('SAVE writes an RDB file to /data; a new container on the volume loads it, a fresh one not', async () => {
    const s = sandbox();
    await started(s, 'rd1', '-v rdata:/data');
    await s.exec('docker exec rd1 redis-cli SET greeting hello');
    expect((await s.exec('docker exec rd1 redis-cli SAVE')).stdout).toBe('OK\n');
    const ls = await s.exec('docker exec rd1 ls -ln /data');
    expect(ls.stdout).toMatch(/-rw------- +1 999 +999 .* dump\.rdb\n$/);
    const bytes = s.engine.volumes.get('rdata').data.readFile('/dump.rdb');
    expect(decodeUtf8(bytes.subarray(0, 9))).toBe('REDIS0012');
    const read = readRdb(bytes);
    expect('data' in read && [...read.data]).toEqual([['greeting', 'hello']]);
    await s.exec('docker rm -f rd1');
    await started(s, 'rd2', '-v rdata:/data');
    expect((await s.exec('docker exec rd2 redis-cli GET greeting')).stdout).toBe('hello\n');
    expect((await s.exec('docker logs rd2')).stdout).toContain(
      '* Done loading RDB, keys loaded: 1, keys expired: 0.\n',
    );
    await started(s, 'rd3');
    expect((await s.exec('docker exec rd3 redis-cli GET greeting')).stdout).toBe('\n');
  });

  it('docker stop saves the final snapshot, so the data survives without SAVE', async () => {
    const s = sandbox();
    await started(s, 'rd1', '-v rdata:/data');
    await s.exec('docker exec rd1 redis-cli SET k v');
    await s.exec('docker stop rd1');
    expect((await s.exec('docker logs rd1')).stdout).toMatch(
      /\* Saving the final RDB snapshot before exiting\.\n.* \* DB saved on disk\n.* # Redis is now ready to exit, bye bye\.\.\.\n$/,
    );
    await started(s, 'rd2', '-v rdata:/data');
    expect((await s.exec('docker exec rd2 redis-cli GET k')).stdout).toBe('v\n');
  });

  it('the default save policy saves one change after an hour, in the background', async () => {
    const s = sandbox();
    await started(s, 'rd1');
    await s.exec('docker exec rd1 redis-cli SET k v');
    await s.exec('sleep 3600');
    const logs = (await s.exec('docker logs rd1')).stdout;
    expect(logs).toMatch(/1:M .* \* 1 changes in 3600 seconds\. Saving\.\.\.\n/);
    expect(logs).toMatch(/20:C .* \* DB saved on disk\n/);
    expect(logs).toMatch(/1:M .* \* Background saving terminated with success\n$/);
    const info = await s.exec('docker exec rd1 redis-cli INFO persistence');
    expect(info.stdout).toContain('rdb_changes_since_last_save:0\r\n');
    expect(info.stdout).toMatch(/^# Persistence\r\nloading:0\r\n/);
  });

  it('docker exec -it … redis-cli gives its own prompt until quit', async () => {
    const seen: string[] = [];
    const s = sandbox(async (session) => {
      for (const line of ['SET k v', 'GET k', 'KEYS *', 'DEL k', 'GET k', 'quit']) {
        seen.push(session.prompt() + line);
        seen.push((await session.exec(line)).output);
        if (session.exited !== null) return session.exited;
      }
      return 9;
    });
    await started(s, 'rd1');
    const r = await s.exec('docker exec -it rd1 redis-cli');
    expect(r.exitCode).toBe(0);
    expect(seen).toEqual([
      '127.0.0.1:6379> SET k v',
      'OK\n',
      '127.0.0.1:6379> GET k',
      '"v"\n',
      '127.0.0.1:6379> KEYS *',
      '1) "k"\n',
      '127.0.0.1:6379> DEL k',
      '(integer) 1\n',
      '127.0.0.1:6379> GET k',
      '(nil)\n',
      '127.0.0.1:6379> quit',
      '',
    ]);
  });
});
