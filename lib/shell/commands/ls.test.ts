/**
 * ls against outputs recorded on Debian 12 (coreutils 9.1, LC_ALL=C TZ=UTC) and BusyBox
 * 1.35, over the tree /tmp/mkfx.sh builds (see util/files/fixture.ts). TTY runs were recorded
 * with `script -qc "stty cols N; ls"`.
 */
import { describe, expect, it } from 'vitest';
import type { Flavor } from '../types';
import { runCommand, type RunOptions } from '../testing';
import { FX_NOW, RECORDER, fixtureFs } from '../util/files/fixture';
import { ls } from './ls';

function run(flavor: Flavor, args: string[], extra: RunOptions = {}) {
  return runCommand(ls, args, { fs: fixtureFs(), cwd: '/fx', now: FX_NOW, flavor, ...extra });
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

const GNU_L = `total 20
-rw-r--r-- 1 learner learner    6 Nov 20 10:00 a.txt
-rw-r--r-- 1 learner learner 5000 Nov 20 10:00 big.bin
drwxr-xr-x 2 learner learner 4096 Nov 20 10:00 dir
lrwxrwxrwx 1 learner learner    5 Nov 20 10:00 link -> a.txt
-rw-r--r-- 1 learner learner    4 Mar  5  2020 old.txt
-rw-r--r-- 1 learner learner    0 Nov 20 10:00 sp ace
`;
const BB_L = `total 20
-rw-r--r--    1 learner  learner          6 Nov 20 10:00 a.txt
-rw-r--r--    1 learner  learner       5000 Nov 20 10:00 big.bin
drwxr-xr-x    2 learner  learner       4096 Nov 20 10:00 dir
lrwxrwxrwx    1 learner  learner          5 Nov 20 10:00 link -> a.txt
-rw-r--r--    1 learner  learner          4 Mar  5  2020 old.txt
-rw-r--r--    1 learner  learner          0 Nov 20 10:00 sp ace
`;
const GNU_LH = `total 20K
-rw-r--r-- 1 learner learner    6 Nov 20 10:00 a.txt
-rw-r--r-- 1 learner learner 4.9K Nov 20 10:00 big.bin
drwxr-xr-x 2 learner learner 4.0K Nov 20 10:00 dir
lrwxrwxrwx 1 learner learner    5 Nov 20 10:00 link -> a.txt
-rw-r--r-- 1 learner learner    4 Mar  5  2020 old.txt
-rw-r--r-- 1 learner learner    0 Nov 20 10:00 sp ace
`;
const BB_LH = `total 20K    
-rw-r--r--    1 learner  learner        6 Nov 20 10:00 a.txt
-rw-r--r--    1 learner  learner     4.9K Nov 20 10:00 big.bin
drwxr-xr-x    2 learner  learner     4.0K Nov 20 10:00 dir
lrwxrwxrwx    1 learner  learner        5 Nov 20 10:00 link -> a.txt
-rw-r--r--    1 learner  learner        4 Mar  5  2020 old.txt
-rw-r--r--    1 learner  learner        0 Nov 20 10:00 sp ace
`;
const NAMES = 'a.txt\nbig.bin\ndir\nlink\nold.txt\nsp ace\n';

describe('ls, same text in both flavors', () => {
  it.each(['bash', 'busybox'] as const)('%s: plain, -R, -d, -F', async (flavor) => {
    expect(await run(flavor, [])).toMatchObject(ok(NAMES));
    expect(await run(flavor, ['-R'])).toMatchObject(ok(`.:\n${NAMES}\n./dir:\nf.txt\n`));
    expect(await run(flavor, ['-d', 'dir'])).toMatchObject(ok('dir\n'));
    expect(await run(flavor, ['-F'])).toMatchObject(
      ok('a.txt\nbig.bin\ndir/\nlink@\nold.txt\nsp ace\n'),
    );
  });
});

describe('ls -l', () => {
  it.each([
    ['bash', ['-l'], GNU_L],
    ['busybox', ['-l'], BB_L],
    ['bash', ['-lh'], GNU_LH],
    ['busybox', ['-lh'], BB_LH],
    [
      'bash',
      ['-l', 'dir', 'link', 'a.txt'],
      `-rw-r--r-- 1 learner learner    6 Nov 20 10:00 a.txt
lrwxrwxrwx 1 learner learner    5 Nov 20 10:00 link -> a.txt

dir:
total 4
-rw-r--r-- 1 learner learner 2 Nov 20 10:00 f.txt
`,
    ],
    [
      'busybox',
      ['-l', 'dir', 'link', 'a.txt'],
      `-rw-r--r--    1 learner  learner          6 Nov 20 10:00 a.txt
lrwxrwxrwx    1 learner  learner          5 Nov 20 10:00 link -> a.txt

dir:
total 4
-rw-r--r--    1 learner  learner          2 Nov 20 10:00 f.txt
`,
    ],
    [
      'bash',
      ['-la', 'dir'],
      `total 12
drwxr-xr-x 2 learner learner 4096 Nov 20 10:00 .
drwxr-xr-x 3 learner learner 4096 Nov 20 10:00 ..
-rw-r--r-- 1 learner learner    2 Nov 20 10:00 f.txt
`,
    ],
    [
      'busybox',
      ['-la', 'dir'],
      `total 12
drwxr-xr-x    2 learner  learner       4096 Nov 20 10:00 .
drwxr-xr-x    3 learner  learner       4096 Nov 20 10:00 ..
-rw-r--r--    1 learner  learner          2 Nov 20 10:00 f.txt
`,
    ],
    ['bash', ['-lF', 'link'], 'lrwxrwxrwx 1 learner learner 5 Nov 20 10:00 link -> a.txt\n'],
    ['bash', ['-s'], 'total 20\n4 a.txt\n8 big.bin\n4 dir\n0 link\n4 old.txt\n0 sp ace\n'],
    [
      'busybox',
      ['-s'],
      'total 20\n     4 a.txt\n     8 big.bin\n     4 dir\n     0 link\n     4 old.txt\n     0 sp ace\n',
    ],
  ] as const)('%s: ls %j', async (flavor, args, stdout) => {
    expect(await run(flavor, [...args])).toMatchObject(ok(stdout));
  });

  it('numeric ids when /etc/passwd has no name; -i widths', async () => {
    const fs = fixtureFs();
    fs.chown('/fx/a.txt', 4242, 77);
    const r = await run('bash', ['-li', 'a.txt', 'old.txt'], { fs });
    const ino = (p: string) => String(fs.lstat(p).ino).padStart(2);
    expect(r).toMatchObject(
      ok(
        `${ino('/fx/a.txt')} -rw-r--r-- 1    4242      77 6 Nov 20 10:00 a.txt\n` +
          `${ino('/fx/old.txt')} -rw-r--r-- 1 learner learner 4 Mar  5  2020 old.txt\n`,
      ),
    );
  });
});

describe('ls -n, -t, -S', () => {
  it.each([
    ['bash', '-rw-r--r-- 1 1001 1001 6 Nov 20 10:00 a.txt\n'],
    ['busybox', '-rw-r--r--    1 1001     1001             6 Nov 20 10:00 a.txt\n'],
  ] as const)('%s: -n prints numeric ids', async (flavor, stdout) => {
    expect(await run(flavor, ['-n', 'a.txt'])).toMatchObject(ok(stdout));
  });

  it.each(['bash', 'busybox'] as const)('%s: sort by time, size, reversed', async (flavor) => {
    expect(await run(flavor, ['-t'])).toMatchObject(
      ok('a.txt\nbig.bin\ndir\nlink\nsp ace\nold.txt\n'),
    );
    expect(await run(flavor, ['-S'])).toMatchObject(
      ok('big.bin\ndir\na.txt\nlink\nold.txt\nsp ace\n'),
    );
    expect(await run(flavor, ['-rt'])).toMatchObject(
      ok('old.txt\nsp ace\nlink\ndir\nbig.bin\na.txt\n'),
    );
  });
});

describe('ls on a terminal', () => {
  it.each([
    [80, " a.txt\t big.bin   dir\t link   old.txt  'sp ace'\n"],
    [30, " a.txt\t   dir\t  old.txt\n big.bin   link  'sp ace'\n"],
    [20, " a.txt\t   link\n big.bin   old.txt\n dir\t  'sp ace'\n"],
  ])('bash: %i columns', async (columns, stdout) => {
    expect(await run('bash', [], { tty: { columns } })).toMatchObject(ok(stdout));
  });

  it.each([
    [80, 'a.txt    big.bin  dir      link     old.txt  sp ace\n'],
    [30, 'a.txt    dir      old.txt\nbig.bin  link     sp ace\n'],
    [20, 'a.txt    link\nbig.bin  old.txt\ndir      sp ace\n'],
  ])('busybox: %i columns', async (columns, stdout) => {
    expect(await run('busybox', [], { tty: { columns } })).toMatchObject(ok(stdout));
  });

  it('bash -l pads unquoted names when some are quoted', async () => {
    const r = await run('bash', ['-l', 'link', 'sp ace'], { tty: { columns: 80 } });
    expect(r).toMatchObject(
      ok(
        'lrwxrwxrwx 1 learner learner 5 Nov 20 10:00  link -> a.txt\n' +
          "-rw-r--r-- 1 learner learner 0 Nov 20 10:00 'sp ace'\n",
      ),
    );
  });

  it('bash shell-escapes odd names (recorded with stty cols 200; ls -1)', async () => {
    const fs = fixtureFs();
    for (const n of ['tab\tx', "it's", '#x', 'a#b', '{x', 'a=b', '\u00e9'])
      fs.writeFile(`/fx/dir/${n}`, '');
    const r = await run('bash', ['-1', 'dir'], { fs, tty: { columns: 200 } });
    expect(r).toMatchObject(
      ok(`'#x'\na#b\n'a=b'\nf.txt\n"it's"\n'tab'$'\\t''x'\n{x\n''$'\\303\\251'\n`),
    );
  });
});

describe('ls on a terminal, a busier directory (23 names, stty cols 80)', () => {
  const NAMES = [
    ...'#hash Makefile README.md a bb c dd docker-compose.yml eee f1 f2 f3'.split(' '),
    ...["it's", 'long-name-number-one.txt', 'node_modules', 'package.json', 'q', 'src'],
    ...['tab\tx', 'tsconfig.json', 'x y', 'z', '~tilde'],
  ];
  const busy = () => {
    const fs = fixtureFs();
    fs.mkdir('/tt');
    for (const n of NAMES) fs.writeFile(`/tt/${n}`, '');
    return fs;
  };
  it.each([
    [
      'bash',
      "'#hash'      dd\t\t\t \"it's\"\t\t\t    'tab'$'\\t''x'\n Makefile    docker-compose.yml   long-name-number-one.txt   tsconfig.json\n README.md   eee\t\t  node_modules\t\t    'x y'\n a\t     f1\t\t\t  package.json\t\t     z\n bb\t     f2\t\t\t  q\t\t\t    '~tilde'\n c\t     f3\t\t\t  src\n",
    ],
    [
      'busybox',
      "#hash                     eee                       q\nMakefile                  f1                        src\nREADME.md                 f2                        tab?x\na                         f3                        tsconfig.json\nbb                        it's                      x y\nc                         long-name-number-one.txt  z\ndd                        node_modules              ~tilde\ndocker-compose.yml        package.json\n",
    ],
  ] as const)('%s', async (flavor, stdout) => {
    const r = await run(flavor, [], { fs: busy(), cwd: '/tt', tty: { columns: 80 } });
    expect(r).toMatchObject(ok(stdout));
  });
});

describe('ls errors', () => {
  it.each([
    [
      'bash',
      ['-1', 'nope', 'dir'],
      'dir:\nf.txt\n',
      "ls: cannot access 'nope': No such file or directory\n",
      2,
    ],
    ['busybox', ['-1', 'nope', 'dir'], 'dir:\nf.txt\n', 'ls: nope: No such file or directory\n', 1],
    ['bash', ['-z'], '', "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", 2],
    [
      'bash',
      ['--bogus'],
      '',
      "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n",
      2,
    ],
  ] as const)('%s: ls %j', async (flavor, args, stdout, stderr, exitCode) => {
    expect(await run(flavor, [...args])).toMatchObject({ stdout, stderr, exitCode });
  });

  it('busybox: invalid option prints the usage', async () => {
    const r = await run('busybox', ['-z']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^ls: invalid option -- 'z'\nBusyBox v1\.35\.0 .*\n\nUsage: ls \[-1AaCxdLHRFplinshrSXvctu\]/,
    );
  });

  it.each([
    ['bash', 'a.txt\n\n', "ls: cannot open directory 'priv': Permission denied\n", 2],
    ['busybox', 'a.txt\n\npriv:\n', "ls: can't open 'priv': Permission denied\n", 1],
  ] as const)(
    '%s: unreadable directory (as uid 1001)',
    async (flavor, stdout, stderr, exitCode) => {
      const fs = fixtureFs();
      fs.mkdir('/fx/priv', { mode: 0o700 });
      const r = await run(flavor, ['priv', 'a.txt'], { fs, identity: RECORDER });
      expect(r).toMatchObject({ stdout, stderr, exitCode });
    },
  );

  it.each([
    ['bash', '.:\nd\npriv\n\n./d:\n', "ls: cannot open directory './priv': Permission denied\n"],
    ['busybox', '.:\nd\npriv\n\n./d:\n\n./priv:\n', "ls: can't open './priv': Permission denied\n"],
  ] as const)('%s: -R into an unreadable directory exits 1', async (flavor, stdout, stderr) => {
    const fs = fixtureFs();
    fs.mkdir('/w/d', { recursive: true });
    fs.mkdir('/w/priv', { mode: 0o700 });
    const r = await run(flavor, ['-R'], { fs, cwd: '/w', identity: RECORDER });
    expect(r).toMatchObject({ stdout, stderr, exitCode: 1 });
  });
});
