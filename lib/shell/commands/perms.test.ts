/** chmod and chown, recorded on Debian 12 (coreutils 9.1) and BusyBox 1.35 in /tmp/fx. */
import { describe, expect, it } from 'vitest';
import type { Command, Flavor } from '../types';
import { runCommand } from '../testing';
import { RECORDER, fixtureFs } from '../util/files/fixture';
import { chmod } from './chmod';
import { chown } from './chown';

async function run(
  command: Command,
  flavor: Flavor,
  args: string[],
  asLearner = false,
  fs = fixtureFs(),
) {
  const r = await runCommand(command, args, {
    fs,
    cwd: '/fx',
    flavor,
    identity: asLearner ? RECORDER : undefined,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const ok = { stdout: '', stderr: '', exitCode: 0 };
const err = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
const octal = (fs: ReturnType<typeof fixtureFs>, p: string) => fs.stat(p).mode.toString(8);

describe('chmod modes (each from 644, same result in both tools)', () => {
  it.each([
    ['u+x', '744'],
    ['go-w', '644'],
    ['u+x,o-r', '740'],
    ['a-x,u+x', '744'],
    ['g+w,o+w', '666'],
    ['u=rw,go=r', '644'],
    ['a=r', '444'],
    ['+x', '755'],
    ['-w', '444'],
    ['=rwx', '755'],
    ['4755', '4755'],
    ['o+w,g=u', '666'],
  ])('%s -> %s', async (mode, want) => {
    for (const flavor of ['bash', 'busybox'] as const) {
      const fs = fixtureFs();
      expect(await run(chmod, flavor, [mode, 'a.txt'], false, fs)).toEqual(ok);
      expect(octal(fs, '/fx/a.txt')).toBe(want);
    }
  });

  it('-R changes the whole tree', async () => {
    const fs = fixtureFs();
    expect(await run(chmod, 'bash', ['-R', '700', 'dir'], false, fs)).toEqual(ok);
    expect([octal(fs, '/fx/dir'), octal(fs, '/fx/dir/f.txt')]).toEqual(['700', '700']);
  });
});

describe('chmod errors', () => {
  it.each([
    [
      'bash',
      ['644'],
      "chmod: missing operand after '644'\nTry 'chmod --help' for more information.",
    ],
    [
      'bash',
      ['xyz', 'a.txt'],
      "chmod: invalid mode: 'xyz'\nTry 'chmod --help' for more information.",
    ],
    [
      'bash',
      ['7777777', 'a.txt'],
      "chmod: invalid mode: '7777777'\nTry 'chmod --help' for more information.",
    ],
    [
      'bash',
      ['-z', 'a.txt'],
      "chmod: invalid option -- 'z'\nTry 'chmod --help' for more information.",
    ],
    ['bash', ['644', 'nope'], "chmod: cannot access 'nope': No such file or directory"],
    [
      'bash',
      ['600', '/etc/passwd'],
      "chmod: changing permissions of '/etc/passwd': Operation not permitted",
    ],
    ['busybox', ['xyz', 'a.txt'], "chmod: invalid mode 'xyz'"],
    ['busybox', ['-z', 'a.txt'], "chmod: invalid mode '-z'"],
    ['busybox', ['644', 'nope'], 'chmod: nope: No such file or directory'],
    ['busybox', ['600', '/etc/passwd'], 'chmod: /etc/passwd: Operation not permitted'],
  ] as const)('%s: chmod %j', async (flavor, args, stderr) => {
    expect(await run(chmod, flavor, [...args], true)).toEqual(err(stderr));
  });

  it('busybox: missing file shows the usage', async () => {
    const r = await run(chmod, 'busybox', ['644']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Usage: chmod [-Rcvf] MODE[,MODE]... FILE...\n');
  });
});

describe('chown', () => {
  it.each(['bash', 'busybox'] as const)('%s: names, numbers, user:, :group, -R', async (flavor) => {
    const fs = fixtureFs();
    const ids = (p: string) => [fs.stat(p).uid, fs.stat(p).gid];
    expect(await run(chown, flavor, [':root', 'a.txt'], false, fs)).toEqual(ok);
    expect(ids('/fx/a.txt')).toEqual([1001, 0]);
    expect(await run(chown, flavor, ['1234:5678', 'a.txt'], false, fs)).toEqual(ok);
    expect(ids('/fx/a.txt')).toEqual([1234, 5678]);
    expect(await run(chown, flavor, ['root:', 'a.txt'], false, fs)).toEqual(ok);
    expect(ids('/fx/a.txt')).toEqual([0, 0]);
    expect(await run(chown, flavor, ['-R', 'root:root', 'dir'], false, fs)).toEqual(ok);
    expect(ids('/fx/dir/f.txt')).toEqual([0, 0]);
  });

  it.each([
    ['bash', ['root:nog', 'a.txt'], "chown: invalid group: 'root:nog'"],
    ['bash', ['nouser', 'a.txt'], "chown: invalid user: 'nouser'"],
    ['bash', ['root', 'nope'], "chown: cannot access 'nope': No such file or directory"],
    ['busybox', ['root:nog', 'a.txt'], 'chown: unknown user/group root:nog'],
    ['busybox', ['nouser', 'a.txt'], 'chown: unknown user nouser'],
    ['busybox', ['root', 'nope'], 'chown: nope: No such file or directory'],
  ] as const)('%s: chown %j', async (flavor, args, stderr) => {
    expect(await run(chown, flavor, [...args])).toEqual(err(stderr));
  });

  it.each([
    ['bash', "chown: changing ownership of 'big.bin': Operation not permitted"],
    ['busybox', 'chown: big.bin: Operation not permitted'],
  ] as const)('%s: a normal user cannot give files away', async (flavor, stderr) => {
    expect(await run(chown, flavor, ['learner:root', 'big.bin'], true)).toEqual(err(stderr));
  });

  it('bash: missing operands', async () => {
    expect(await run(chown, 'bash', [])).toEqual(
      err("chown: missing operand\nTry 'chown --help' for more information."),
    );
  });
});
