/**
 * du, df and tree. du/tree recorded on Debian 12 (coreutils 9.1, tree 2.1.0, LC_ALL=C) and
 * BusyBox 1.35 in /tmp/fx (ext4, 4 KiB blocks), lines sorted (real du/tree... du walks in
 * readdir order; tree sorts like the simulation). df numbers are the simulation's own
 * (see df.ts); its layout follows the real column rules.
 */
import { describe, expect, it } from 'vitest';
import type { Flavor } from '../types';
import { runCommand } from '../testing';
import { RECORDER, fixtureFs } from '../util/files/fixture';
import { df } from './df';
import { du } from './du';
import { tree } from './tree';

async function run(
  command: typeof du,
  flavor: Flavor,
  args: string[],
  fs = fixtureFs(),
  asLearner = false,
) {
  const r = await runCommand(command, args, {
    fs,
    cwd: '/fx',
    flavor,
    identity: asLearner ? RECORDER : undefined,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe.each(['bash', 'busybox'] as const)('%s: du', (flavor) => {
  it.each([
    [[], '8\t./dir\n28\t.\n'],
    [['-s'], '28\t.\n'],
    [
      ['-a'],
      '0\t./link\n0\t./sp ace\n4\t./a.txt\n4\t./dir/f.txt\n4\t./old.txt\n8\t./big.bin\n8\t./dir\n28\t.\n',
    ],
    [['-h', 'big.bin', 'a.txt'], '8.0K\tbig.bin\n4.0K\ta.txt\n'],
    [['-c', 'a.txt', 'big.bin'], '4\ta.txt\n8\tbig.bin\n12\ttotal\n'],
  ])('du %j', async (args, stdout) => {
    const r = await run(du, flavor, args);
    if (args[0] === '-a') r.stdout = sortByName(r.stdout);
    expect(r).toEqual(ok(stdout));
  });
});

/** du -a output sorted by size then name, to compare with the recorded lines. */
function sortByName(text: string): string {
  const lines = text.trimEnd().split('\n');
  const last = lines.pop() as string;
  lines.sort((a, b) => {
    const [sa, na] = a.split('\t') as [string, string];
    const [sb, nb] = b.split('\t') as [string, string];
    return Number(sa) - Number(sb) || (na < nb ? -1 : 1);
  });
  return `${[...lines, last].join('\n')}\n`;
}

describe('du differences', () => {
  it.each([
    ['bash', '28K\t.\n'],
    ['busybox', '28.0K\t.\n'],
  ] as const)('%s: -sh . dir counts dir once', async (flavor, stdout) => {
    expect(await run(du, flavor, ['-sh', '.', 'dir'])).toEqual(ok(stdout));
  });

  it.each([
    ['bash', "du: cannot access 'nope': No such file or directory\n"],
    ['busybox', 'du: nope: No such file or directory\n'],
  ] as const)('%s: missing file', async (flavor, stderr) => {
    expect(await run(du, flavor, ['nope'])).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});

describe('df (simulated disk)', () => {
  it('bash', async () => {
    const r = await run(df, 'bash', []);
    expect(r).toEqual(
      ok(
        'Filesystem     1K-blocks    Used Available Use% Mounted on\n' +
          '/dev/sda1       61255492 9437232  48755486  17% /\n',
      ),
    );
    expect((await run(df, 'bash', ['-h', '.'])).stdout).toBe(
      'Filesystem      Size  Used Avail Use% Mounted on\n' +
        '/dev/sda1        59G  9.1G   47G  17% /\n',
    );
  });

  it('busybox', async () => {
    expect(await run(df, 'busybox', [])).toEqual(
      ok(
        'Filesystem           1K-blocks      Used Available Use% Mounted on\n' +
          'overlay               61255492   9437232  48755486  16% /\n',
      ),
    );
  });

  it.each([
    ['bash', "df: 'nope': No such file or directory\n"],
    ['busybox', 'df: nope: No such file or directory\n'],
  ] as const)('%s: missing file', async (flavor, stderr) => {
    expect(await run(df, flavor, ['nope'])).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});

describe('tree', () => {
  const TREE =
    '.\n|-- a.txt\n|-- big.bin\n|-- dir\n|   `-- f.txt\n|-- link -> a.txt\n|-- old.txt\n`-- sp\\ ace\n';
  it('lists with ASCII branches and counts', async () => {
    expect(await run(tree, 'bash', [])).toEqual(ok(`${TREE}\n2 directories, 6 files\n`));
    expect(await run(tree, 'bash', ['-a'])).toEqual(ok(`${TREE}\n2 directories, 6 files\n`));
  });

  it('-L 1 and -d', async () => {
    expect(await run(tree, 'bash', ['-L', '1'])).toEqual(
      ok(
        '.\n|-- a.txt\n|-- big.bin\n|-- dir\n|-- link -> a.txt\n|-- old.txt\n`-- sp\\ ace\n\n2 directories, 5 files\n',
      ),
    );
    expect(await run(tree, 'bash', ['-d'])).toEqual(ok('.\n`-- dir\n\n2 directories\n'));
  });

  it('errors: missing root, unreadable dir, bad level, bad option', async () => {
    expect(await run(tree, 'bash', ['dir', 'nope'])).toEqual({
      stdout: 'dir\n`-- f.txt\nnope  [error opening dir]\n\n1 directory, 1 file\n',
      stderr: '',
      exitCode: 2,
    });
    const fs = fixtureFs();
    fs.mkdir('/fx/priv', { mode: 0o700 });
    const r = await run(tree, 'bash', [], fs, true);
    expect(r.stdout).toContain(
      '|-- priv  [error opening dir]\n`-- sp\\ ace\n\n3 directories, 6 files\n',
    );
    expect(r.exitCode).toBe(2);
    expect(await run(tree, 'bash', ['-L', '0'])).toEqual({
      stdout: '',
      stderr: 'tree: Invalid level, must be greater than 0.\n',
      exitCode: 1,
    });
    const bad = await run(tree, 'bash', ['-z']);
    expect(bad.stderr).toMatch(/^tree: Invalid argument -`z'\.\nusage: tree /);
  });

  it('escapes odd names like tree in the C locale', async () => {
    const fs = fixtureFs();
    fs.mkdir('/q');
    for (const n of ["it's", 'tab\tx', '\u00e9', 'b\\c']) fs.writeFile(`/q/${n}`, '');
    expect(await run(tree, 'bash', ['/q'], fs)).toEqual(
      ok("/q\n|-- b\\\\c\n|-- it's\n|-- tab\\tx\n`-- \\303\\251\n\n1 directory, 4 files\n"),
    );
  });

  it('is only a host command', () => {
    expect(tree.flavors).toEqual(['bash']);
  });
});
