/**
 * More of the file family (see files.test.ts): -v and -i texts, several sources onto a
 * non-directory, a file in the middle of a path, "." and "..". Recorded on Debian 12
 * (coreutils 9.1) and BusyBox 1.35 in /tmp/fx, run in sequence on one tree.
 */
import { describe, expect, it } from 'vitest';
import type { Command, Flavor } from '../types';
import { runCommand } from '../testing';
import { fixtureFs } from '../util/files/fixture';
import { chmod } from './chmod';
import { chown } from './chown';
import { cp } from './cp';
import { ln } from './ln';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { stat } from './stat';
import { touch } from './touch';

const COMMANDS: Record<string, Command> = {
  chmod,
  chown,
  cp,
  ln,
  mkdir,
  mv,
  rm,
  rmdir,
  stat,
  touch,
};

/** Runs each line on one fixture; returns [stdout, stderr, status] per line. */
async function session(flavor: Flavor, lines: string[], stdin = '') {
  const fs = fixtureFs();
  const out: [string, string, number][] = [];
  for (const line of lines) {
    const [name, ...args] = line.split(' ').map((w) => w.replace(/_/g, ' '));
    const r = await runCommand(COMMANDS[name as string] as Command, args, {
      fs,
      cwd: '/fx',
      flavor,
      stdin,
    });
    out.push([r.stdout, r.stderr, r.exitCode]);
  }
  return out;
}

describe('-v', () => {
  const lines = ['cp -v a.txt b', 'mv -v b c', 'ln -sv c d', 'chmod -v 600 c', 'rm -v c d'];
  it('bash', async () => {
    expect(
      await session('bash', [...lines, 'mkdir -pv k/l', 'rmdir -v k/l', 'chown -v root old.txt']),
    ).toEqual([
      ["'a.txt' -> 'b'\n", '', 0],
      ["renamed 'b' -> 'c'\n", '', 0],
      ["'d' -> 'c'\n", '', 0],
      ["mode of 'c' changed from 0644 (rw-r--r--) to 0600 (rw-------)\n", '', 0],
      ["removed 'c'\nremoved 'd'\n", '', 0],
      ["mkdir: created directory 'k'\nmkdir: created directory 'k/l'\n", '', 0],
      ["rmdir: removing directory, 'k/l'\n", '', 0],
      ["changed ownership of 'old.txt' from learner to root\n", '', 0],
    ]);
  });

  it('busybox', async () => {
    expect(
      await session('busybox', [...lines, 'mkdir -pv k/l', 'rm -rv k', 'chown -v root old.txt']),
    ).toEqual([
      ["'a.txt' -> 'b'\n", '', 0],
      ["'b' -> 'c'\n", '', 0],
      ["'d' -> 'c'\n", '', 0],
      ["mode of 'c' changed to 0600 (rw-------)\n", '', 0],
      ["removed 'c'\nremoved 'd'\n", '', 0],
      ["created directory: 'k/'\ncreated directory: 'k/l'\n", '', 0],
      ["removed directory: 'k/l'\nremoved directory: 'k'\n", '', 0],
      ["changed ownership of 'old.txt' to 0:1001\n", '', 0],
    ]);
  });
});

describe('rm -i reads its answers from stdin', () => {
  it.each([
    [
      'bash',
      "rm: descend into directory 'dir'? rm: remove regular file 'dir/f.txt'? rm: remove directory 'dir'? ",
    ],
    [
      'busybox',
      "rm: descend into directory 'dir'? rm: remove 'dir/f.txt'? rm: remove directory 'dir'? ",
    ],
  ] as const)('%s', async (flavor, stderr) => {
    expect(await session(flavor, ['rm -ri dir'], 'y\ny\ny\n')).toEqual([['', stderr, 0]]);
  });

  it('a "no" keeps the file and still exits 0', async () => {
    expect(await session('bash', ['rm -i a.txt', 'rm -i link'])).toEqual([
      ['', "rm: remove regular file 'a.txt'? ", 0],
      ['', "rm: remove symbolic link 'link'? ", 0],
    ]);
  });
});

describe('edges', () => {
  it('bash', async () => {
    const lines = ['cp a.txt b.txt c.txt', 'mv a.txt b.txt c.txt', 'ln -s x y z', 'ln a.txt'];
    const more = ['cp a.txt a.txt/x', 'mv a.txt a.txt/x', 'mv . x', 'rm link/', 'rmdir -p dir/x'];
    expect(await session('bash', [...lines, ...more, 'cp -r dir dir/sub'])).toEqual([
      ['', "cp: target 'c.txt': No such file or directory\n", 1],
      ['', "mv: target 'c.txt': No such file or directory\n", 1],
      ['', "ln: target 'z': No such file or directory\n", 1],
      ['', "ln: failed to create hard link './a.txt': File exists\n", 1],
      ['', "cp: cannot stat 'a.txt/x': Not a directory\n", 1],
      ['', "mv: cannot stat 'a.txt/x': Not a directory\n", 1],
      ['', "mv: cannot move '.' to 'x': Device or resource busy\n", 1],
      ['', "rm: cannot remove 'link/': Not a directory\n", 1],
      ['', "rmdir: failed to remove 'dir/x': No such file or directory\n", 1],
      ['', "cp: cannot copy a directory, 'dir', into itself, 'dir/sub'\n", 1],
    ]);
  });

  it('busybox', async () => {
    const lines = ['cp a.txt a.txt/x', 'mv a.txt a.txt/x', 'rm a.txt/x', 'mv . x', 'mkdir .'];
    expect(await session('busybox', [...lines, 'cp -r dir dir/sub', 'rm link/'])).toEqual([
      ['', "cp: can't stat 'a.txt/x': Path has non-directory component\n", 1],
      ['', "mv: can't stat 'a.txt/x': Path has non-directory component\n", 1],
      ['', "rm: can't stat 'a.txt/x': Not a directory\n", 1],
      ['', "mv: can't rename '.': Device or resource busy\n", 1],
      ['', '', 0],
      ['', "cp: recursion detected, omitting directory 'dir/sub'\n", 1],
      ['', '', 0],
    ]);
  });

  it('busybox: several sources onto a non-directory', async () => {
    expect(await session('busybox', ['cp a.txt b.txt c.txt', 'mv a.txt b.txt c.txt'])).toEqual([
      [
        '',
        "cp: can't create 'c.txt/a.txt': No such file or directory\ncp: can't stat 'b.txt': No such file or directory\n",
        1,
      ],
      [
        '',
        "mv: can't rename 'a.txt': No such file or directory\nmv: can't rename 'b.txt': No such file or directory\n",
        1,
      ],
    ]);
  });
});

describe('touch -d / -t / -r ("_" stands for a space inside one argument)', () => {
  const lines = [
    'touch -d 2020-01-02_03:04:05 a.txt',
    'stat -c %y a.txt',
    'touch -t 202001020304.05 new',
    'stat -c %y new',
    'touch -r old.txt a.txt',
    'stat -c %y a.txt',
  ];
  const times = [
    ['', '', 0],
    ['2020-01-02 03:04:05.000000000 +0000\n', '', 0],
    ['', '', 0],
    ['2020-01-02 03:04:05.000000000 +0000\n', '', 0],
    ['', '', 0],
    ['2020-03-05 10:00:00.000000000 +0000\n', '', 0],
  ];
  it('bash', async () => {
    const more = ['touch -d bogus a.txt', 'touch -t 99 a.txt', 'touch -r nope a.txt'];
    expect(await session('bash', [...lines, ...more])).toEqual([
      ...times,
      ['', "touch: invalid date format 'bogus'\n", 1],
      ['', "touch: invalid date format '99'\n", 1],
      ['', "touch: failed to get attributes of 'nope': No such file or directory\n", 1],
    ]);
  });
  it('busybox', async () => {
    const more = ['touch -d bogus a.txt', 'touch -d 2020-01-02T03:04 a.txt', 'touch -r nope a.txt'];
    expect(await session('busybox', [...lines, ...more])).toEqual([
      ...times,
      ['', "touch: invalid date 'bogus'\n", 1],
      ['', "touch: invalid date '2020-01-02T03:04'\n", 1],
      ['', "touch: can't stat 'nope': No such file or directory\n", 1],
    ]);
  });
});
