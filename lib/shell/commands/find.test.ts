/**
 * find, recorded with GNU findutils 4.9 and BusyBox 1.35 in /tmp/fx (plus priv/in, 700, and
 * dir/.hid). Real find lists a directory in readdir order (ext4 hash order); the simulation
 * lists in byte order, so the recorded lines are sorted here — their text is unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Flavor } from '../types';
import { runCommand } from '../testing';
import { RECORDER, fixtureFs } from '../util/files/fixture';
import { Session } from '../session';
import { cat } from './cat';
import { find } from './find';
import { ls } from './ls';

function fs() {
  const f = fixtureFs();
  f.mkdir('/fx/priv/in', { recursive: true });
  f.chmod('/fx/priv', 0o700);
  f.writeFile('/fx/dir/.hid', '');
  return f;
}

async function run(flavor: Flavor, args: string[], asLearner = false) {
  const r = await runCommand(find, args, {
    fs: fs(),
    cwd: '/fx',
    flavor,
    identity: asLearner ? RECORDER : undefined,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const ok = (lines: string[]) => ({
  stdout: lines.map((l) => `${l}\n`).join(''),
  stderr: '',
  exitCode: 0,
});

describe.each(['bash', 'busybox'] as const)('%s: find', (flavor) => {
  it.each([
    [
      ['.', '-name', '*.txt'],
      ['./a.txt', './dir/f.txt', './old.txt'],
    ],
    [
      ['.', '-type', 'd'],
      ['.', './dir', './priv', './priv/in'],
    ],
    [
      ['.', '-maxdepth', '1', '-type', 'f'],
      ['./a.txt', './big.bin', './old.txt', './sp ace'],
    ],
    [['-type', 'l'], ['./link']],
    [['.', '-name', 'a*', '-maxdepth', '1'], ['./a.txt']],
    [
      ['dir/', '-mindepth', '1'],
      ['dir/.hid', 'dir/f.txt'],
    ],
    [
      ['.', '-empty'],
      ['./dir/.hid', './priv/in', './sp ace'],
    ],
    [
      ['.', '!', '-name', '*.txt', '-type', 'f'],
      ['./big.bin', './dir/.hid', './sp ace'],
    ],
    [
      ['.', '-name', 'a.txt', '-o', '-name', 'f.txt'],
      ['./a.txt', './dir/f.txt'],
    ],
    [['/fx/dir'], ['/fx/dir', '/fx/dir/.hid', '/fx/dir/f.txt']],
  ])('find %j', async (args, lines) => {
    expect(await run(flavor, args)).toEqual(ok(lines));
  });
});

describe('find errors', () => {
  it.each([
    ['bash', ['nope', 'dir'], "find: 'nope': No such file or directory"],
    ['busybox', ['nope', 'dir'], 'find: nope: No such file or directory'],
  ] as const)('%s: a missing start point', async (flavor, args, stderr) => {
    expect(await run(flavor, [...args])).toEqual({
      stdout: 'dir\ndir/.hid\ndir/f.txt\n',
      stderr: `${stderr}\n`,
      exitCode: 1,
    });
  });

  it.each([
    ['bash', "find: './priv': Permission denied\n"],
    ['busybox', 'find: ./priv: Permission denied\n'],
  ] as const)('%s: an unreadable directory is listed, then reported', async (flavor, stderr) => {
    const r = await run(flavor, ['.', '-maxdepth', '1', '-type', 'd'], true);
    expect(r).toEqual({ stdout: '.\n./dir\n./priv\n', stderr: '', exitCode: 0 });
    const all = await run(flavor, ['.'], true);
    expect(all.stderr).toBe(stderr);
    expect(all.exitCode).toBe(1);
    expect(all.stdout).toContain('./priv\n');
  });

  it.each([
    ['bash', ['.', '-foo'], "find: unknown predicate `-foo'\n"],
    ['bash', ['.', '-name'], "find: missing argument to `-name'\n"],
    ['bash', ['.', '-type', 'z'], 'find: Unknown argument to -type: z\n'],
    [
      'bash',
      ['.', '-maxdepth', 'x'],
      "find: Expected a positive decimal integer argument to -maxdepth, but got 'x'\n",
    ],
    ['busybox', ['.', '-name'], 'find: -name requires an argument\n'],
    ['busybox', ['.', '-type', 'z'], "find: invalid argument 'z' to '-type'\n"],
    ['busybox', ['.', '-maxdepth', 'x'], "find: invalid number 'x'\n"],
  ] as const)('%s: find %j', async (flavor, args, stderr) => {
    expect(await run(flavor, [...args])).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('busybox: an unknown action prints the usage', async () => {
    const r = await run('busybox', ['.', '-foo']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^find: unrecognized: -foo\nBusyBox v1\.35\.0 .*\n\nUsage: find \[-HL\]/,
    );
  });
});

describe('find actions (-exec, -size, -delete; recorded in /tmp/fx)', () => {
  async function session(flavor: Flavor, line: string) {
    const s = new Session({
      flavor,
      fs: fixtureFs(),
      identity: { uid: 0, gid: 0 },
      cwd: '/fx',
      env: {},
      commands: [find, cat, ls],
    });
    const r = await s.exec(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  }

  it.each(['bash', 'busybox'] as const)('%s: -exec ... ; and -exec ... {} +', async (flavor) => {
    expect(await session(flavor, "find . -name '*.txt' -exec cat {} \\;")).toEqual(
      ok(['hello', 'x', 'old']),
    );
    expect(await session(flavor, "find . -name '*.txt' -exec ls {} +")).toEqual(
      ok(['./a.txt', './dir/f.txt', './old.txt']),
    );
    expect(await session(flavor, 'find . -size +1k')).toEqual(ok(['.', './big.bin', './dir']));
    expect(await session(flavor, 'find . -size 0')).toEqual(ok(['./sp ace']));
  });

  it.each([
    ['bash', 'cat: nope: No such file or directory\n'],
    ['busybox', "cat: can't open 'nope': No such file or directory\n"],
  ] as const)('%s: a failing -exec ; leaves find at 0', async (flavor, stderr) => {
    const line = 'find . -maxdepth 1 -name a.txt -exec cat nope \\;';
    expect(await session(flavor, line)).toEqual({ stdout: '', stderr, exitCode: 0 });
  });

  it('-size -2 (512-byte blocks), -quit, -delete', async () => {
    // BusyBox compares bytes with N blocks: 6 bytes is "-size -1" there, not in GNU.
    expect(await session('busybox', 'find . -maxdepth 1 -size -1')).toEqual(
      ok(['./a.txt', './link', './old.txt', './sp ace']),
    );
    expect(await session('bash', 'find . -maxdepth 1 -size -1')).toEqual(ok(['./sp ace']));
    expect(await session('bash', 'find . -size -2')).toEqual(
      ok(['./a.txt', './dir/f.txt', './link', './old.txt', './sp ace']),
    );
    // find . -exec echo x{}y \; -quit printed "x.y": {} inside a word, then stop.
    expect(await session('bash', 'find . -exec ls -d {}/ \\; -quit')).toEqual(ok(['./']));
    expect(await session('bash', 'find dir -name f.txt -delete; find dir')).toEqual(ok(['dir']));
    expect(await session('bash', 'find . -name a.txt -exec ls {} {} +')).toEqual({
      stdout: '',
      stderr: 'find: Only one instance of {} is supported with -exec ... +\n',
      exitCode: 1,
    });
  });
});
