import { describe, expect, it } from 'vitest';
import { createMachine } from '../../machine';
import { readArchive, writeArchive, type Member } from '../util/tar-format';

const member = (name: string, text = ''): Member => ({
  name,
  kind: name.endsWith('/') ? 'dir' : 'file',
  mode: 0o644,
  uid: 1000,
  gid: 1000,
  uname: 'learner',
  gname: 'learner',
  mtime: 1_700_000_000_000,
  data: new TextEncoder().encode(text),
  linkname: '',
});

describe('tar format', () => {
  it('GNU pads to 10240-byte records, BusyBox only ends with two zero blocks', () => {
    const members = [member('d/'), member('d/a.txt', 'hello\n')];
    expect(writeArchive(members, true).length).toBe(10_240);
    expect(writeArchive(members, false).length).toBe(512 * 5);
  });

  it('keeps long names (ustar prefix, then GNU LongLink) and round-trips content', () => {
    const deep = `${'dir/'.repeat(40)}file.txt`;
    const flat = `${'x'.repeat(150)}.txt`;
    const back = readArchive(writeArchive([member(deep, 'a'), member(flat, 'b')], true));
    expect(back.ok).toBe(true);
    expect(back.members.map((m) => m.name)).toEqual([deep, flat]);
    expect(new TextDecoder().decode(back.members[1]!.data)).toBe('b');
  });
});

describe('tar and gzip through pipes and redirections', () => {
  it('binary data survives gzip -c > file, a pipe and tar czf - | tar xzf -', async () => {
    const sb = createMachine({ seed: 3 });
    const run = async (line: string) => (await sb.exec(line)).output;
    await run('head -c 3000 /dev/urandom > r.bin && mkdir -p src && cp r.bin src/');
    expect(await run('gzip -c r.bin > r.bin.gz && gunzip -c r.bin.gz | wc -c')).toContain('3000');
    await run('tar czf - src | tar xzf - -C /tmp');
    const original = sb.host.shell.host.fs.readFile('/home/learner/r.bin');
    const copied = sb.host.shell.host.fs.readFile('/tmp/src/r.bin');
    expect([...copied]).toEqual([...original]);
    const gz = sb.host.shell.host.fs.readFile('/home/learner/r.bin.gz');
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
  });

  it('cat /dev/zero is bounded: it stops when the pipe is full instead of running forever', async () => {
    const sb = createMachine({ seed: 1 });
    const r = await sb.exec('cat /dev/zero | wc -c');
    expect(r.hung).toBe(false);
    expect(r.stdout).toBe(`${16 << 20}\n`); // the pipe's capacity (exec/pipe.ts)
    expect((await sb.exec('cat /dev/zero | head -c 5 | wc -c')).stdout).toBe('5\n');
  });
});
