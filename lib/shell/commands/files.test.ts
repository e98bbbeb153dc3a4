/**
 * touch, mkdir, rm, rmdir, cp, mv, ln: texts recorded on Debian 12 (coreutils 9.1) and
 * BusyBox 1.35 (`ex` runs in /tmp/fx built by /tmp/mkfx.sh, and as uid 1001 for EACCES).
 */
import { describe, expect, it } from 'vitest';
import type { Command, Flavor } from '../types';
import { runCommand } from '../testing';
import { RECORDER, fixtureFs } from '../util/files/fixture';
import { cp } from './cp';
import { ln } from './ln';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { touch } from './touch';

const COMMANDS: Record<string, Command> = { cp, ln, mkdir, mv, rm, rmdir, touch };

/** A fixture with /fx/ro (root-owned, 555, holding x) for permission errors. */
function fs() {
  const f = fixtureFs();
  f.mkdir('/fx/ro');
  f.writeFile('/fx/ro/x', '');
  f.chmod('/fx/ro', 0o555);
  return f;
}

async function run(flavor: Flavor, line: string, asLearner = false, f = fs()) {
  const [name, ...args] = line.split(' ');
  const command = COMMANDS[name as string] as Command;
  const r = await runCommand(command, args, {
    fs: f,
    cwd: '/fx',
    flavor,
    identity: asLearner ? RECORDER : undefined,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const err = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });

describe.each([
  [
    'touch nodir/x',
    "touch: cannot touch 'nodir/x': No such file or directory",
    'touch: nodir/x: No such file or directory',
  ],
  ['touch ro/y', "touch: cannot touch 'ro/y': Permission denied", 'touch: ro/y: Permission denied'],
  [
    'mkdir dir',
    "mkdir: cannot create directory 'dir': File exists",
    "mkdir: can't create directory 'dir': File exists",
  ],
  [
    'mkdir a/b',
    "mkdir: cannot create directory 'a/b': No such file or directory",
    "mkdir: can't create directory 'a/b': No such file or directory",
  ],
  [
    'mkdir ro/z',
    "mkdir: cannot create directory 'ro/z': Permission denied",
    "mkdir: can't create directory 'ro/z': Permission denied",
  ],
  [
    'mkdir -p a.txt/x',
    "mkdir: cannot create directory 'a.txt': Not a directory",
    "mkdir: can't create directory 'a.txt/': Not a directory",
  ],
  ['rm dir', "rm: cannot remove 'dir': Is a directory", "rm: 'dir' is a directory"],
  [
    'rm nope',
    "rm: cannot remove 'nope': No such file or directory",
    "rm: can't remove 'nope': No such file or directory",
  ],
  [
    'rm ro/x',
    "rm: cannot remove 'ro/x': Permission denied",
    "rm: can't remove 'ro/x': Permission denied",
  ],
  [
    'rm -r .',
    "rm: refusing to remove '.' or '..' directory: skipping '.'",
    "rm: can't remove '.' or '..'",
  ],
  [
    'rmdir nope',
    "rmdir: failed to remove 'nope': No such file or directory",
    "rmdir: 'nope': No such file or directory",
  ],
  [
    'rmdir a.txt',
    "rmdir: failed to remove 'a.txt': Not a directory",
    "rmdir: 'a.txt': Not a directory",
  ],
  [
    'rmdir dir',
    "rmdir: failed to remove 'dir': Directory not empty",
    "rmdir: 'dir': Directory not empty",
  ],
  ['rmdir .', "rmdir: failed to remove '.': Invalid argument", "rmdir: '.': Invalid argument"],
  [
    'cp a.txt a.txt',
    "cp: 'a.txt' and 'a.txt' are the same file",
    "cp: 'a.txt' and 'a.txt' are the same file",
  ],
  ['cp dir e', "cp: -r not specified; omitting directory 'dir'", "cp: omitting directory 'dir'"],
  [
    'cp nope x',
    "cp: cannot stat 'nope': No such file or directory",
    "cp: can't stat 'nope': No such file or directory",
  ],
  [
    'cp a.txt nope/x',
    "cp: cannot create regular file 'nope/x': No such file or directory",
    "cp: can't create 'nope/x': No such file or directory",
  ],
  [
    'mv nope x',
    "mv: cannot stat 'nope': No such file or directory",
    "mv: can't rename 'nope': No such file or directory",
  ],
  [
    'mv dir old.txt',
    "mv: cannot overwrite non-directory 'old.txt' with directory 'dir'",
    "mv: can't rename 'dir': Not a directory",
  ],
  [
    'ln -s x link',
    "ln: failed to create symbolic link 'link': File exists",
    'ln: link: File exists',
  ],
  [
    'ln a.txt a.txt',
    "ln: failed to create hard link 'a.txt': File exists",
    'ln: a.txt: File exists',
  ],
  ['ln dir hl', 'ln: dir: hard link not allowed for directory', 'ln: hl: Operation not permitted'],
] as const)('%s', (line, gnu, busybox) => {
  it('bash', async () => expect(await run('bash', line, true)).toEqual(err(gnu)));
  it('busybox', async () => expect(await run('busybox', line, true)).toEqual(err(busybox)));
});

describe('usage errors', () => {
  it.each([
    ['rm', 'rm: missing operand'],
    ['mkdir', 'mkdir: missing operand'],
    ['rmdir', 'rmdir: missing operand'],
    ['touch', 'touch: missing file operand'],
    ['cp', 'cp: missing file operand'],
    ['mv', 'mv: missing file operand'],
    ['ln', 'ln: missing file operand'],
    ['cp a.txt', "cp: missing destination file operand after 'a.txt'"],
    ['mv a.txt', "mv: missing destination file operand after 'a.txt'"],
  ])('bash: %s', async (line, first) => {
    const name = line.split(' ')[0] as string;
    expect(await run('bash', line)).toEqual(
      err(`${first}\nTry '${name} --help' for more information.`),
    );
  });

  it('busybox prints the applet usage', async () => {
    const r = await run('busybox', 'rm');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: rm \[-irf\] FILE\.\.\.\n/);
  });

  it('rm -f with nothing to do succeeds silently', async () => {
    expect(await run('bash', 'rm -rf nope')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('what the commands do', () => {
  it.each(['bash', 'busybox'] as const)('%s: touch, mkdir -p, -m, rm -r', async (flavor) => {
    const f = fs();
    const ok = { stdout: '', stderr: '', exitCode: 0 };
    expect(await run(flavor, 'touch new a.txt', false, f)).toEqual(ok);
    expect(f.lstat('/fx/new').size).toBe(0);
    expect(f.readTextFile('/fx/a.txt')).toBe('hello\n');
    expect(await run(flavor, 'mkdir -p x/y/z', false, f)).toEqual(ok);
    expect(await run(flavor, 'mkdir -m 700 m', false, f)).toEqual(ok);
    expect(f.stat('/fx/m').mode).toBe(0o700);
    expect(await run(flavor, 'rm -r x', false, f)).toEqual(ok);
    expect(f.exists('/fx/x')).toBe(false);
    expect(await run(flavor, 'rmdir m', false, f)).toEqual(ok);
  });

  it.each(['bash', 'busybox'] as const)('%s: cp -r twice nests the copy', async (flavor) => {
    const f = fs();
    await run(flavor, 'cp a.txt dir', false, f);
    await run(flavor, 'cp -r dir dir2', false, f);
    await run(flavor, 'cp -r dir dir2', false, f);
    expect(f.readdir('/fx/dir2')).toEqual(['a.txt', 'dir', 'f.txt']);
    expect(f.readdir('/fx/dir2/dir')).toEqual(['a.txt', 'f.txt']);
    expect(f.readTextFile('/fx/dir2/dir/a.txt')).toBe('hello\n');
  });

  it('bash: mv into a directory whose entry is not empty', async () => {
    const f = fs();
    await run('bash', 'cp -r dir dir2', false, f);
    await run('bash', 'cp -r dir dir2', false, f);
    expect(await run('bash', 'mv dir dir2', false, f)).toEqual(
      err("mv: cannot move 'dir' to 'dir2/dir': Directory not empty"),
    );
    expect(await run('busybox', 'mv dir dir2', false, f)).toEqual(
      err("mv: can't rename 'dir': Directory not empty"),
    );
    expect(await run('bash', 'mv big.bin big.bin', false, f)).toEqual(
      err("mv: 'big.bin' and 'big.bin' are the same file"),
    );
    expect(await run('busybox', 'mv big.bin big.bin', false, f)).toMatchObject({ exitCode: 0 });
  });

  it('mv renames and moves into directories; ln -s, ln -sf', async () => {
    const f = fs();
    expect(await run('bash', 'mv a.txt dir', false, f)).toMatchObject({ exitCode: 0 });
    expect(f.readTextFile('/fx/dir/a.txt')).toBe('hello\n');
    expect(await run('bash', 'ln -s a.txt dir', false, f)).toEqual(
      err("ln: failed to create symbolic link 'dir/a.txt': File exists"),
    );
    expect(await run('busybox', 'ln -s a.txt dir', false, f)).toEqual(
      err('ln: dir/a.txt: File exists'),
    );
    expect(await run('bash', 'ln -sf x link', false, f)).toMatchObject({ exitCode: 0 });
    expect(f.readlink('/fx/link')).toBe('x');
    expect(await run('busybox', 'ln old.txt hard', false, f)).toMatchObject({ exitCode: 0 });
    expect(f.lstat('/fx/hard').ino).toBe(f.lstat('/fx/old.txt').ino);
  });
});
