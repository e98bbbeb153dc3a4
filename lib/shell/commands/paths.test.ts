/** readlink, realpath, basename, dirname: recorded on Debian 12 and BusyBox 1.35 in /tmp/fx. */
import { describe, expect, it } from 'vitest';
import type { Command, Flavor } from '../types';
import { runCommand } from '../testing';
import { fixtureFs } from '../util/files/fixture';
import { basename } from './basename';
import { dirname } from './dirname';
import { readlink } from './readlink';
import { realpath } from './realpath';

function fs() {
  const f = fixtureFs();
  f.symlink('nowhere', '/fx/dangling');
  f.symlink('dir', '/fx/dl');
  return f;
}

async function run(command: Command, flavor: Flavor, args: string[]) {
  const r = await runCommand(command, args, { fs: fs(), cwd: '/fx', flavor });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const silent = { stdout: '', stderr: '', exitCode: 1 };

describe.each(['bash', 'busybox'] as const)('%s', (flavor) => {
  it('readlink', async () => {
    expect(await run(readlink, flavor, ['link'])).toEqual(ok('a.txt\n'));
    expect(await run(readlink, flavor, ['a.txt'])).toEqual(silent);
    expect(await run(readlink, flavor, ['-f', 'link'])).toEqual(ok('/fx/a.txt\n'));
    expect(await run(readlink, flavor, ['-f', 'dangling'])).toEqual(ok('/fx/nowhere\n'));
    expect(await run(readlink, flavor, ['-f', 'nope/x'])).toEqual(silent);
    expect(await run(readlink, flavor, ['-f', 'dl/f.txt'])).toEqual(ok('/fx/dir/f.txt\n'));
  });

  it('realpath', async () => {
    expect(await run(realpath, flavor, ['link', 'dl/../a.txt'])).toEqual(
      ok('/fx/a.txt\n/fx/a.txt\n'),
    );
    expect(await run(realpath, flavor, ['nope/x'])).toEqual({
      stdout: '',
      stderr: 'realpath: nope/x: No such file or directory\n',
      exitCode: 1,
    });
  });

  it('basename and dirname', async () => {
    expect(await run(basename, flavor, ['/a/b.txt', '.txt'])).toEqual(ok('b\n'));
    expect(await run(basename, flavor, ['/a/b/'])).toEqual(ok('b\n'));
    expect(await run(basename, flavor, ['-a', 'x/y', 'z/w'])).toEqual(ok('y\nw\n'));
    expect(await run(dirname, flavor, ['/a/b/c'])).toEqual(ok('/a/b\n'));
    expect(await run(dirname, flavor, ['a'])).toEqual(ok('.\n'));
  });
});

describe('where the tools differ', () => {
  it('realpath of a missing last component', async () => {
    expect(await run(realpath, 'bash', ['nope'])).toEqual(ok('/fx/nope\n'));
    expect(await run(realpath, 'busybox', ['nope'])).toEqual({
      stdout: '',
      stderr: 'realpath: nope: No such file or directory\n',
      exitCode: 1,
    });
  });

  it('dirname with two names', async () => {
    expect(await run(dirname, 'bash', ['a/b', 'c/d'])).toEqual(ok('a\nc\n'));
    const r = await run(dirname, 'busybox', ['a/b', 'c/d']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Usage: dirname FILENAME\n');
  });

  it.each([
    [readlink, [], "readlink: missing operand\nTry 'readlink --help' for more information.\n"],
    [realpath, [], "realpath: missing operand\nTry 'realpath --help' for more information.\n"],
    [basename, [], "basename: missing operand\nTry 'basename --help' for more information.\n"],
    [
      basename,
      ['a', 'b', 'c'],
      "basename: extra operand 'c'\nTry 'basename --help' for more information.\n",
    ],
    [dirname, [], "dirname: missing operand\nTry 'dirname --help' for more information.\n"],
  ] as const)('bash: %s %j', async (command, args, stderr) => {
    expect(await run(command, 'bash', [...args])).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('busybox: usage for a missing operand', async () => {
    const r = await run(basename, 'busybox', ['a', 'b', 'c']);
    expect(r.stderr).toContain('Usage: basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n');
    expect(r.exitCode).toBe(1);
  });
});
