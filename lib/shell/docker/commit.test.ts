import { describe, expect, it } from 'vitest';
import { createMachine, restoreMachine, snapshot, type Machine } from '../../machine';
import { argCountError } from './arg-count';
import { referenceError } from './reference';

async function run(s: Machine, line: string) {
  const r = await s.exec(line);
  expect(r.hung, line).toBe(false);
  return r;
}

describe('docker commit', () => {
  it('copies the writable layer: later changes in the container stay out of the image', async () => {
    const s = createMachine({ seed: 3 });
    await run(s, "docker run --name cc diamol/base sh -c 'echo one > /f; rm /etc/group'");
    await run(s, 'docker commit cc snap');
    await run(s, 'echo two > f && docker cp f cc:/f');
    expect((await run(s, 'docker cp cc:/f back && cat back')).stdout).toBe('two\n');
    expect((await run(s, 'docker run --rm snap cat /f')).stdout).toBe('one\n');
    // the whiteout travels with the layer
    expect((await run(s, 'docker run --rm snap ls /etc/group')).exitCode).toBe(1);
    expect((await run(s, 'docker history -q snap')).stdout.split('\n')[0]).toMatch(
      /^[0-9a-f]{12}$/,
    );
  });

  it('keeps the message and the author through a saved machine', async () => {
    const s = createMachine({ seed: 4 });
    await run(s, 'docker run --name cc diamol/base touch /x');
    await run(s, "docker commit -m 'why' -a 'Kim' -c 'ENV A=1' cc snap:1");
    const restored = restoreMachine(JSON.stringify(snapshot(s)));
    expect(
      (
        await run(
          restored,
          "docker image inspect -f '{{.Author}}|{{.Comment}}|{{.Config.Env}}' snap:1",
        )
      ).stdout,
    ).toBe('Kim|why|[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin A=1]\n');
    expect((await run(restored, 'docker run --rm snap:1 ls /x')).stdout).toBe('/x\n');
  });

  it('refuses instructions that are no config change', async () => {
    const s = createMachine({ seed: 5 });
    await run(s, 'docker create --name cc diamol/base');
    for (const change of ['RUN true', 'COPY a b', 'FROM x'])
      expect((await run(s, `docker commit -c '${change}' cc`)).stderr).toBe(
        `Error response from daemon: ${change.split(' ')[0]!.toLowerCase()} is not a valid change command\n`,
      );
  });
});

describe('image references the CLI rejects', () => {
  it.each([
    ['snap', null],
    ['snap:v2', null],
    ['localhost:5000/a/b:1.0', null],
    ['Bad:Name', 'invalid reference format: repository name (library/Bad) must be lowercase'],
    ['a/B', 'invalid reference format: repository name (a/B) must be lowercase'],
    ['snap:', 'invalid reference format'],
    ['-x', 'invalid reference format'],
    [
      'a'.repeat(64),
      `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`,
    ],
  ])('%s', (ref, error) => {
    expect(referenceError(ref)).toBe(error);
  });
});

describe('argument counts', () => {
  const last = (hint: string, cmd: string) => `\n\n${hint} '${cmd} --help' for more information\n`;
  it.each([
    [{ min: 1 }, 0, 'requires at least 1 argument', 'See'],
    [{ max: 1 }, 2, 'requires at most 1 argument', 'SRun'],
    [{ max: 0 }, 1, 'accepts no arguments', 'Run'],
    [{ exact: 2 }, 1, 'requires 2 arguments', 'Run'],
    [{ min: 1, max: 2 }, 3, 'requires at least 1 and at most 2 arguments', 'Run'],
  ])('%o with %i', (spec, n, problem, hint) => {
    expect(argCountError('docker x', 'Usage:  docker x', n, spec)).toBe(
      `docker: 'docker x' ${problem}\n\nUsage:  docker x${last(hint, 'docker x')}`,
    );
  });
  it('is silent when the count fits', () => {
    expect(argCountError('docker x', '', 2, { min: 1, max: 2 })).toBeNull();
  });
});
