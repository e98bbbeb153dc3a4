/**
 * stat, recorded on Debian 12 (coreutils 9.1, ext4) and BusyBox 1.35 in /tmp/fx. What the
 * simulation cannot know is replaced by documented choices (see stat.ts): device 8,1 /
 * 801h/2049d instead of the host's 254,0 / fe00h/65024d, Access/Change = Modify (lib/fs keeps
 * mtime only), Birth "-"; inode numbers are lib/fs's.
 */
import { describe, expect, it } from 'vitest';
import type { Flavor } from '../types';
import { runCommand } from '../testing';
import { fixtureFs } from '../util/files/fixture';
import { stat } from './stat';

async function run(flavor: Flavor, args: string[]) {
  const fs = fixtureFs();
  const r = await runCommand(stat, args, { fs, cwd: '/fx', flavor });
  const ino = (p: string) => String(fs.lstat(p).ino).padEnd(10);
  return { r: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }, ino };
}

const T = '2026-11-20 10:00:00.000000000 +0000';
const times = `Access: ${T}\nModify: ${T}\nChange: ${T}\n`;
const ids = 'Uid: ( 1001/ learner)   Gid: ( 1001/ learner)';

describe('stat default format', () => {
  it('bash: file, directory, symlink', async () => {
    const { r, ino } = await run('bash', ['a.txt', 'dir', 'link']);
    expect(r).toEqual({
      stdout:
        `  File: a.txt\n  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\n` +
        `Device: 8,1\tInode: ${ino('/fx/a.txt')}  Links: 1\n` +
        `Access: (0644/-rw-r--r--)  ${ids}\n${times} Birth: -\n` +
        `  File: dir\n  Size: 4096      \tBlocks: 8          IO Block: 4096   directory\n` +
        `Device: 8,1\tInode: ${ino('/fx/dir')}  Links: 2\n` +
        `Access: (0755/drwxr-xr-x)  ${ids}\n${times} Birth: -\n` +
        `  File: link -> a.txt\n  Size: 5         \tBlocks: 0          IO Block: 4096   symbolic link\n` +
        `Device: 8,1\tInode: ${ino('/fx/link')}  Links: 1\n` +
        `Access: (0777/lrwxrwxrwx)  ${ids}\n${times} Birth: -\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('busybox: quotes symlinks, no Birth line', async () => {
    const { r, ino } = await run('busybox', ['sp ace', 'link']);
    expect(r).toEqual({
      stdout:
        `  File: sp ace\n  Size: 0         \tBlocks: 0          IO Block: 4096   regular empty file\n` +
        `Device: 801h/2049d\tInode: ${ino('/fx/sp ace')}  Links: 1\n` +
        `Access: (0644/-rw-r--r--)  ${ids}\n${times}` +
        `  File: 'link' -> 'a.txt'\n  Size: 5         \tBlocks: 0          IO Block: 4096   symbolic link\n` +
        `Device: 801h/2049d\tInode: ${ino('/fx/link')}  Links: 1\n` +
        `Access: (0777/lrwxrwxrwx)  ${ids}\n${times}`,
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('stat -c', () => {
  const fmt = '%n %s %a %A %U %G %F %h %b %y';
  it.each(['bash', 'busybox'] as const)('%s', async (flavor) => {
    const { r } = await run(flavor, ['-c', fmt, 'a.txt', 'dir', 'link']);
    expect(r).toEqual({
      stdout:
        `a.txt 6 644 -rw-r--r-- learner learner regular file 1 8 ${T}\n` +
        `dir 4096 755 drwxr-xr-x learner learner directory 2 8 ${T}\n` +
        `link 5 777 lrwxrwxrwx learner learner symbolic link 1 0 ${T}\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it.each([
    [
      'bash',
      "regular empty file|1795168800|'sp ace'|?\nsymbolic link|1795168800|'link' -> 'a.txt'|?\n",
    ],
    [
      'busybox',
      "regular empty file|1795168800|sp ace|q\nsymbolic link|1795168800|'link' -> 'a.txt'|q\n",
    ],
  ] as const)('%s: %F %Y %N and an unknown directive', async (flavor, stdout) => {
    const { r } = await run(flavor, ['-c', '%F|%Y|%N|%q', 'sp ace', 'link']);
    expect(r).toEqual({ stdout, stderr: '', exitCode: 0 });
  });
});

describe('stat errors', () => {
  it.each([
    ['bash', ['nope'], "stat: cannot statx 'nope': No such file or directory\n"],
    ['busybox', ['nope'], "stat: can't stat 'nope': No such file or directory\n"],
    ['bash', [], "stat: missing operand\nTry 'stat --help' for more information.\n"],
    ['bash', ['-z'], "stat: invalid option -- 'z'\nTry 'stat --help' for more information.\n"],
  ] as const)('%s: stat %j', async (flavor, args, stderr) => {
    const { r } = await run(flavor, [...args]);
    expect(r).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});
