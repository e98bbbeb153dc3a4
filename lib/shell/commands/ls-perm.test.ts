/**
 * ls in a directory the caller may read but not search (chmod 644 dir), recorded as uid 1001
 * on Debian 12 / BusyBox 1.35. Known gaps, from lib/fs's readdir having no d_type: real GNU
 * prints the type letter ('-', 'd') where the simulation prints '?', still descends with -R
 * ("cannot open directory 'dir/sub'") and shows "sub/" with -F; and the real errors come in
 * readdir order, here in byte order.
 */
import { describe, expect, it } from 'vitest';
import type { Flavor } from '../types';
import { runCommand } from '../testing';
import { FX_NOW, RECORDER, fixtureFs } from '../util/files/fixture';
import { ls } from './ls';

async function run(flavor: Flavor, args: string[]) {
  const fs = fixtureFs();
  fs.mkdir('/fx/dir/sub');
  fs.chown('/fx/dir/sub', RECORDER.uid, RECORDER.gid);
  fs.chmod('/fx/dir', 0o644);
  const r = await runCommand(ls, args, { fs, cwd: '/fx', flavor, identity: RECORDER, now: FX_NOW });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const denied = (gnu: boolean, ...names: string[]) =>
  names
    .map((n) =>
      gnu
        ? `ls: cannot access 'dir/${n}': Permission denied\n`
        : `ls: dir/${n}: Permission denied\n`,
    )
    .join('');

describe('ls in a directory without search permission', () => {
  it('bash: names need no lstat', async () => {
    expect(await run('bash', ['dir'])).toEqual({ stdout: 'f.txt\nsub\n', stderr: '', exitCode: 0 });
  });

  it('bash: -l shows question marks', async () => {
    expect(await run('bash', ['-l', 'dir'])).toEqual({
      stdout:
        'total 0\n?????????? ? ? ? ?            ? f.txt\n?????????? ? ? ? ?            ? sub\n',
      stderr: denied(true, 'f.txt', 'sub'),
      exitCode: 1,
    });
    expect(await run('bash', ['-la', 'dir'])).toEqual({
      stdout:
        'total 0\nd????????? ? ? ? ?            ? .\nd????????? ? ? ? ?            ? ..\n' +
        '?????????? ? ? ? ?            ? f.txt\n?????????? ? ? ? ?            ? sub\n',
      stderr: denied(true, '.', '..', 'f.txt', 'sub'),
      exitCode: 1,
    });
  });

  it.each([
    [['dir'], ''],
    [['-l', 'dir'], 'total 0\n'],
    [['-R', 'dir'], 'dir:\n'],
    [['-la', 'dir'], 'total 0\n'],
  ])('busybox: ls %j leaves them out', async (args, stdout) => {
    const names = args[0] === '-la' ? ['.', '..', 'f.txt', 'sub'] : ['f.txt', 'sub'];
    expect(await run('busybox', args)).toEqual({
      stdout,
      stderr: denied(false, ...names),
      exitCode: 1,
    });
  });
});
