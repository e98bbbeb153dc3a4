import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancelToken } from '../../runtime';
import { describe, expect, it } from 'vitest';
import { createHostFs, createHostSession } from '../../machine';
import { runCommand } from '../testing';
import { caseTitle, replayCase, type Recorded } from '../util/text-replay';
import { cat } from './cat';
import { env } from './env';
import { pwd } from './pwd';
import { sleep } from './sleep';
import { tail } from './tail';
import { textCommands } from './text-family';

/** Runs recorded from the real tools (text-fixtures/record.mjs), replayed one by one. */
const dir = join(import.meta.dirname, 'text-fixtures');
const files = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8'));
const cases: Recorded[] = JSON.parse(readFileSync(join(dir, 'system.json'), 'utf8'));

describe('id whoami sleep true false pwd env: same output, errors and status as the real tools', () => {
  it.each(cases.map((c) => [caseTitle(c), c] as const))('%s', async (_, c) => {
    const { actual, expected } = await replayCase(c, files, textCommands);
    expect(actual).toEqual(expected);
  });
});

/** Whole lines through a host session (xargs and env run commands through it). */
async function line(text: string) {
  const fs = createHostFs();
  fs.writeFile('/home/learner/ch06/a.txt', 'hello\nworld\n');
  const r = await createHostSession([...textCommands, cat], { fs }).exec(text);
  return { stdout: r.stdout, stderr: r.stderr, status: r.exitCode };
}

describe('xargs (outputs observed with GNU findutils 4.9 and BusyBox 1.35: identical)', () => {
  it.each([
    [`printf 'a b\\nc\\n' | xargs`, 'a b c\n', '', 0],
    [`printf 'a b\\nc\\n' | xargs -n 1`, 'a\nb\nc\n', '', 0],
    [`printf 'a\\nb\\n' | xargs -I {} echo x{}y`, 'xay\nxby\n', '', 0],
    [`printf 'a\\nb c\\n' | xargs -I{} echo "[{}]"`, '[a]\n[b c]\n', '', 0],
    [`echo "  lead  x" | xargs -I{} echo "[{}]"`, '[lead  x]\n', '', 0],
    [`echo 'a b c' | xargs -n 2 echo -`, '- a b\n- c\n', '', 0],
    [`printf 'a\\0b c\\0' | xargs -0 -n1 echo`, 'a\nb c\n', '', 0],
    [`echo | xargs echo x`, 'x\n', '', 0],
    [`printf '' | xargs -r echo x`, '', '', 0],
    [`echo '"a b" c' | xargs -n1`, 'a b\nc\n', '', 0],
    [`printf "a 'b c' d\\\\\\\\ e\\n" | xargs -n1`, 'a\nb c\nd e\n', '', 0],
    [`echo a.txt | xargs cat`, 'hello\nworld\n', '', 0],
    [`echo 'a;b $HOME' | xargs echo`, 'a;b $HOME\n', '', 0],
    [`printf 'a b\\nc\\n' | xargs -t echo`, 'a b c\n', 'echo a b c\n', 0],
    [`echo a | xargs nosuchcmd`, '', 'xargs: nosuchcmd: No such file or directory\n', 127],
    [`echo a | xargs false`, '', '', 123],
    [
      `echo "a\\"b" | xargs`,
      '',
      'xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n',
      1,
    ],
    [
      `echo a | xargs -n 0`,
      '',
      "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n",
      1,
    ],
  ] as const)('%s', async (text, stdout, stderr, status) => {
    expect(await line(text)).toEqual({ stdout, stderr, status });
  });
});

describe('env, pwd, sleep', () => {
  it('env prints the environment in the order the session holds it', async () => {
    const r = await runCommand(env, [], { env: { B: '2', A: '1', PATH: '/bin' } });
    expect(r).toMatchObject({ stdout: 'B=2\nA=1\nPATH=/bin\n', stderr: '', exitCode: 0 });
    const u = await runCommand(env, ['-u', 'A', 'C=3'], { env: { B: '2', A: '1' } });
    expect(u).toMatchObject({ stdout: 'B=2\nC=3\n', exitCode: 0 });
    const i = await runCommand(env, ['-i', 'X=1'], { env: { B: '2' } });
    expect(i).toMatchObject({ stdout: 'X=1\n', exitCode: 0 });
  });

  it('env runs a command with extra variables through the session', async () => {
    expect(await line('env GREETING=hi printf "%s\\n" ok')).toEqual({
      stdout: 'ok\n',
      stderr: '',
      status: 0,
    });
  });

  it('printf -v sets a shell variable (not exported, nothing printed)', async () => {
    expect(await line('printf -v x "%d-%s" 5 a; echo "[$x]"; env | grep -c x=')).toEqual({
      stdout: '[5-a]\n0\n',
      stderr: '',
      status: 1,
    });
  });

  it('pwd prints the logical cwd; -P resolves symlinks', async () => {
    const fs = createHostFs();
    fs.symlink('/home/learner/ch06', '/tmp/link');
    const logical = await runCommand(pwd, [], { fs, cwd: '/tmp/link' });
    expect(logical).toMatchObject({ stdout: '/tmp/link\n', stderr: '', exitCode: 0 });
    const physical = await runCommand(pwd, ['-P'], { fs, cwd: '/tmp/link' });
    expect(physical).toMatchObject({ stdout: '/home/learner/ch06\n', stderr: '', exitCode: 0 });
    const bb = await runCommand(pwd, ['-x'], { flavor: 'busybox' });
    expect(bb).toMatchObject({ stdout: '', stderr: 'sh: pwd: illegal option -x\n', exitCode: 2 });
  });

  it('tail -f prints the tail, then waits until Ctrl-C (130)', async () => {
    const fs = createHostFs();
    fs.writeFile('/tmp/log', 'a\nb\n');
    const cancel = new CancelToken();
    const ctx = await contextFor('tail', ['-f', '-n1', '/tmp/log']);
    let out = '';
    const status = await tail.run({
      ...ctx,
      fs,
      cancel,
      stdout: { write: (t: string) => void (out += t) },
      sleep: async () => cancel.cancel(),
    });
    expect({ out, status }).toEqual({ out: 'b\n', status: 130 });
  });

  it('sleep waits the summed interval through ctx.sleep', async () => {
    const waited: number[] = [];
    const r = await sleep.run({
      ...(await contextFor('sleep', ['1m', '0.5', '2s'])),
      sleep: async (ms: number) => void waited.push(ms),
    });
    expect(r).toBe(0);
    expect(waited).toEqual([62500]);
  });
});

/** A minimal context for calling a command's run() directly. */
async function contextFor(name: string, args: string[]) {
  let captured: Parameters<typeof sleep.run>[0] | undefined;
  await runCommand({ name, run: (ctx) => ((captured = ctx), 0) }, args);
  return captured as Parameters<typeof sleep.run>[0];
}
