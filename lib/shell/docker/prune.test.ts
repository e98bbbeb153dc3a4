import { describe, expect, it } from 'vitest';
import { createMachine, type Machine } from '../../machine';
import { confirm } from './confirm';
import type { DockerContext } from './types';

async function run(s: Machine, line: string) {
  const r = await s.exec(line);
  expect(r.hung, line).toBe(false);
  return r;
}

describe('docker system prune --volumes (Docker 23+, where the 20.10 oracle differs)', () => {
  it('removes unused anonymous volumes, and named ones only with -a', async () => {
    const s = createMachine({ seed: 2 });
    await run(s, 'docker volume create named');
    await run(s, 'docker run --name anon -v /data diamol/base true');
    const first = await run(s, 'docker system prune -f --volumes');
    expect(first.stdout).toMatch(
      /^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Volumes:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/,
    );
    expect((await run(s, 'docker volume ls -q')).stdout).toBe('named\n');
    expect((await run(s, 'docker system prune -af --volumes')).stdout).toContain(
      'Deleted Volumes:\nnamed\n\n',
    );
    expect((await run(s, 'docker volume ls -q')).stdout).toBe('');
  });

  it('asks first, and stops unless the answer is y', async () => {
    const s = createMachine({ seed: 2 });
    await run(s, 'docker run --name gone diamol/base true');
    const no = await run(s, 'echo n | docker container prune');
    expect(no.stdout).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
    );
    expect((await run(s, 'docker ps -aq')).stdout).not.toBe('');
    expect((await run(s, 'echo y | docker system prune')).stdout).toMatch(/Deleted Containers:/);
    expect((await run(s, 'docker ps -aq')).stdout).toBe('');
  });
});

describe('docker image prune', () => {
  it('untags an image others are built on and keeps it, as ImageDelete does', async () => {
    const s = createMachine({ seed: 2 });
    await run(s, "printf 'FROM diamol/base\\nRUN echo 1 > /one\\n' > Dockerfile");
    await run(s, 'DOCKER_BUILDKIT=0 docker build -q -t parent . > /dev/null');
    await run(s, "printf 'FROM parent\\nRUN echo 2 > /two\\n' > Dockerfile");
    await run(s, 'DOCKER_BUILDKIT=0 docker build -q -t child . > /dev/null');
    await run(s, 'docker create --name user child');
    const out = (await run(s, 'docker image prune -af')).stdout;
    expect(out).toContain('untagged: parent:latest\n');
    expect(out).not.toContain('untagged: child:latest');
    expect((await run(s, 'docker run --rm child cat /one /two')).stdout).toBe('1\n2\n');
    expect((await run(s, 'docker rmi parent')).stderr).toBe(
      'Error response from daemon: No such image: parent:latest\n',
    );
  });
});

describe('the prune prompt', () => {
  const ask = async (tty: boolean, stdin: string) => {
    let out = '';
    const d = {
      env: {},
      out: { write: (t: string) => void (out += t) },
      sh: { tty: tty ? { columns: 80 } : null, stdin },
    } as unknown as DockerContext;
    const yes = await confirm(d, 'WARNING! x');
    return { yes, out };
  };
  it('reads the answer from stdin; without one it stops on the prompt line', async () => {
    expect(await ask(false, '')).toEqual({
      yes: false,
      out: 'WARNING! x\nAre you sure you want to continue? [y/N] ',
    });
    expect((await ask(false, 'y\n')).yes).toBe(true);
    expect((await ask(false, 'Y\n')).yes).toBe(true);
    expect((await ask(false, ' y \n')).yes).toBe(true);
    // docker 28 takes y alone (lib/terminal/fixtures/docker-prompt.json)
    expect((await ask(false, 'yes\n')).yes).toBe(false);
    expect((await ask(false, 'no\n')).yes).toBe(false);
  });
  it('on a terminal no one can type into, declines as Enter would, on a line of its own', async () => {
    expect(await ask(true, '')).toEqual({
      yes: false,
      out: 'WARNING! x\nAre you sure you want to continue? [y/N] \n',
    });
  });
  it('on the page’s terminal, asks the reader for the line', async () => {
    let out = '';
    const asked: string[] = [];
    const d = {
      env: { readLine: async (prompt: string) => (asked.push(prompt), { line: 'y' }) },
      out: { write: (t: string) => void (out += t) },
      sh: { tty: { columns: 80 }, stdin: '' },
    } as unknown as DockerContext;
    expect(await confirm(d, 'WARNING! x')).toBe(true);
    expect(asked).toEqual(['Are you sure you want to continue? [y/N] ']);
    expect(out).toBe('WARNING! x\n');
  });
});
