import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cat } from './commands/cat';
import { createHostFs, createHostSession } from '../machine';
import { Session } from './session';
import type { Command } from './types';

/** Test commands: print argv as [a][b], succeed, fail, show one env var, flood stdout. */
const args: Command = {
  name: 'args',
  run: (c) => (c.stdout.write(c.args.map((a) => `[${a}]`).join('') + '\n'), 0),
};
const t: Command = { name: 't', run: () => 0 };
const f: Command = { name: 'f', run: () => 1 };
const getenv: Command = {
  name: 'getenv',
  run: (c) => (c.stdout.write(`${c.env.get(c.args[0]!) ?? '<unset>'}\n`), 0),
};
const flood: Command = {
  name: 'flood',
  run: (c) => (c.stdout.write('x'.repeat(Number(c.args[0]))), 0),
};
const warn: Command = {
  name: 'warn',
  run: (c) => (c.stdout.write('out\n'), c.stderr.write('err\n'), 0),
};
const commands = [cat, args, t, f, getenv, flood, warn];

function host() {
  const fs = createHostFs();
  fs.writeFile('/home/learner/ch06/a.txt', 'alpha\n');
  fs.writeFile('/home/learner/ch06/b.txt', 'beta\n');
  fs.writeFile('/home/learner/ch06/c.md', 'gamma\n');
  fs.chown('/home/learner/ch06/a.txt', 1000, 1000);
  return createHostSession(commands, { fs });
}

function container() {
  const fs = createHostFs();
  fs.mkdir('/app');
  fs.writeFile('/app/appsettings.json', '{}\n');
  return new Session({
    flavor: 'busybox',
    fs,
    identity: { uid: 0, gid: 0 },
    cwd: '/',
    env: { HOME: '/root' },
    commands,
  });
}

async function lines(session: Session, ...input: string[]) {
  const out = [];
  for (const line of input) {
    const r = await session.exec(line);
    out.push(`${r.output}[${r.exitCode}]`);
  }
  return out;
}

describe('quoting, variables and expansion', () => {
  it.each([
    ['X="a  b"; args $X "$X" \'$X\'', '[a][b][a  b][$X]\n'],
    ['args "" \'\' a""b', '[][][ab]\n'],
    [
      'args \\$HOME "\\$HOME" "$HOME"/x ~ ~/y ~root',
      '[$HOME][$HOME][/home/learner/x][/home/learner][/home/learner/y][/root]\n',
    ],
    ['args $(cat a.txt) `cat b.txt` "$(cat a.txt b.txt)"', '[alpha][beta][alpha\nbeta]\n'],
    ['args $((1 + 2 * 3)) $(( (1+2)*3 )) $((7 / 2)) $((7 % 2))', '[7][9][3][1]\n'],
    ['U=; args ${U:-def} ${NOPE-x} ${#HOME} "${HOME:+set}"', '[def][x][13][set]\n'],
    ['args *.txt "*.txt" *.none ?.md', '[a.txt][b.txt][*.txt][*.none][c.md]\n'],
    ['args $$ $0', '[4242][bash]\n'],
    ['args a # b c', '[a]\n'],
  ])('%s', async (line, expected) => {
    expect((await host().exec(line)).output).toBe(expected);
  });

  it('keeps shell variables private until exported', async () => {
    expect(
      await lines(
        host(),
        'X=1',
        'getenv X',
        'export X',
        'getenv X',
        'Y=2 getenv Y',
        'getenv Y',
        'args $Y',
      ),
    ).toEqual(['[0]', '<unset>\n[0]', '[0]', '1\n[0]', '2\n[0]', '<unset>\n[0]', '\n[0]']);
  });

  it('reports the status of the last command in $?', async () => {
    expect(await lines(host(), 'f', 'args $?', 'f; t', 'args $?', 'X=$(f)', 'args $?')).toEqual([
      '[1]',
      '[1]\n[0]',
      '[0]',
      '[0]\n[0]',
      '[1]',
      '[1]\n[0]',
    ]);
  });
});

describe('lists, pipelines and redirections', () => {
  it.each([
    ['t && args yes || args no', '[yes]\n', 0],
    ['f && args yes || args no', '[no]\n', 0],
    ['f; args after', '[after]\n', 0],
    ['args a b | cat', '[a][b]\n', 0],
    ['args 1 | f | cat', '', 0],
    ['args 1 | cat | f', '', 1],
    ['! f', '', 0],
    ['cat < a.txt', 'alpha\n', 0],
    ['args x > out.txt; cat out.txt; args y >> out.txt; cat out.txt', '[x]\n[x]\n[y]\n', 0],
    ['warn 2>/dev/null', 'out\n', 0],
    ['cat /dev/null < /dev/null > /dev/null', '', 0],
    ['warn > o.txt 2>&1; cat o.txt', 'out\nerr\n', 0],
    ['warn 2>&1 > o.txt; cat o.txt', 'err\nout\n', 0],
    ['warn &> o.txt; cat o.txt', 'out\nerr\n', 0],
    ['warn 2>&1 | cat', 'out\nerr\n', 0],
    ['cat a.txt > a.txt; cat a.txt', '', 0],
  ])('%s', async (line, output, exitCode) => {
    expect(await host().exec(line)).toMatchObject({ output, exitCode });
  });

  it('runs every pipeline stage but the last in a subshell', async () => {
    expect(
      await lines(host(), 'cd /tmp | cat', 'args $PWD', 'cd /tmp', 'args $PWD $OLDPWD'),
    ).toEqual(['[0]', '[/home/learner/ch06]\n[0]', '[0]', '[/tmp][/home/learner/ch06]\n[0]']);
  });

  it.each([
    ['bash', 'args x > /nosuch/f', 'bash: /nosuch/f: No such file or directory\n', 1],
    ['bash', 'args x > /etc/passwd', 'bash: /etc/passwd: Permission denied\n', 1],
    ['bash', 'args x > /tmp', 'bash: /tmp: Is a directory\n', 1],
    ['bash', 'cat < nosuch', 'bash: nosuch: No such file or directory\n', 1],
    ['busybox', 'args x > /nosuch/f', "sh: can't create /nosuch/f: nonexistent directory\n", 1],
    ['busybox', 'args x > /tmp', "sh: can't create /tmp: Is a directory\n", 1],
    ['busybox', 'cat < nosuch', "sh: can't open nosuch: no such file\n", 1],
  ])('%s: %s', async (flavor, line, output, exitCode) => {
    const session = flavor === 'bash' ? host() : container();
    expect(await session.exec(line)).toMatchObject({ output, exitCode });
  });
});

describe('commands, builtins and errors', () => {
  it.each([
    ['bash', 'nosuchcmd arg', 'bash: nosuchcmd: command not found\n', 127],
    ['busybox', 'nosuchcmd arg', 'sh: nosuchcmd: not found\n', 127],
    ['bash', './nosuch.sh', 'bash: ./nosuch.sh: No such file or directory\n', 127],
    ['bash', '| cat', "bash: syntax error near unexpected token `|'\n", 2],
    ['busybox', '| cat', 'sh: syntax error: unexpected "|"\n', 2],
    ['bash', 'cd nosuch', 'bash: cd: nosuch: No such file or directory\n', 1],
    ['bash', 'cd a.txt', 'bash: cd: a.txt: Not a directory\n', 1],
    ['bash', 'cd /root', 'bash: cd: /root: Permission denied\n', 1],
    ['busybox', 'cd nosuch', "sh: cd: can't cd to nosuch: No such file or directory\n", 2],
    ['bash', 'export 1X=2', "bash: export: `1X=2': not a valid identifier\n", 1],
    ['bash', 'exit 3', 'exit\n', 3],
  ])('%s: %s', async (flavor, line, output, exitCode) => {
    const session = flavor === 'bash' ? host() : container();
    expect(await session.exec(line)).toMatchObject({ output, exitCode });
  });

  it('cd - prints and swaps directories; cd alone goes home', async () => {
    expect(await lines(host(), 'cd /tmp', 'cd -', 'cd -', 'cd', 'args $PWD')).toEqual([
      '[0]',
      '/home/learner/ch06\n[0]',
      '/tmp\n[0]',
      '[0]',
      '[/home/learner]\n[0]',
    ]);
  });

  it('numbers history like bash', async () => {
    const s = host();
    await lines(s, 't', 'args a');
    expect((await s.exec('history')).output).toBe('    1  t\n    2  args a\n    3  history\n');
  });

  it('prompts like bash on the host and like ash in a container', async () => {
    const s = host();
    expect(s.prompt()).toBe('learner@host:~/ch06$ ');
    await s.exec('cd /tmp');
    expect(s.prompt()).toBe('learner@host:/tmp$ ');
    const c = container();
    expect(c.prompt()).toBe('/ # ');
    await c.exec('cd /app');
    expect(c.prompt()).toBe('/app # ');
  });
});

describe('limits', () => {
  it('caps output per command with a real-looking error', async () => {
    const r = await host().exec('flood 3000000');
    expect(r.stdout.length).toBe(1 << 20);
    expect(r.stderr).toBe('flood: write error: No space left on device\n');
    expect(r.exitCode).toBe(1);
  });

  it('caps file growth through redirection', async () => {
    const r = await host().exec('flood 9000000 > /tmp/big');
    expect(r.stderr).toBe('flood: write error: No space left on device\n');
    expect(r.exitCode).toBe(1);
  });

  it('never throws and always ends, whatever is typed', async () => {
    const alphabet = fc.constantFrom(
      ...'ab $()`\'"\\|&;<>*?~{}#=12\n가 '.split(''),
      'args',
      'cat',
      '2>&1',
      '$((',
      '${',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 24 }), async (parts) => {
        for (const session of [host(), container()]) {
          const r = await session.exec(parts.join(''));
          expect(Number.isInteger(r.exitCode)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('completion', () => {
  it('completes commands, then paths, marking directories', () => {
    const s = host();
    expect(s.complete('ar').candidates).toEqual(['args']);
    expect(s.complete('cat a').candidates).toEqual(['a.txt']);
    expect(s.complete('cat /t').candidates).toEqual(['/tmp/']);
    expect(s.complete('cat ~/c').candidates).toEqual(['~/ch06/']);
  });
});

describe('scripts', () => {
  it('runs an executable #!/bin/sh script in a subshell, and refuses one without x', async () => {
    const s = host();
    const fs = s.shell.host.fs;
    fs.writeFile('/home/learner/ch06/run.sh', '#!/bin/sh\ncd /tmp\nargs "in script" $PWD\n', {
      mode: 0o755,
    });
    fs.writeFile('/home/learner/ch06/noexec.sh', 'args no\n', { mode: 0o644 });
    expect(await lines(s, './run.sh', 'args $PWD', './noexec.sh')).toEqual([
      '[in script][/tmp]\n[0]',
      '[/home/learner/ch06]\n[0]',
      'bash: ./noexec.sh: Permission denied\n[126]',
    ]);
  });
});
