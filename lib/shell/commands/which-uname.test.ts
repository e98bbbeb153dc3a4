import { describe, expect, it } from 'vitest';
import { createMachine } from '../../machine';
import { KERNEL } from '../../engine';

/**
 * What ../fixtures/which-uname.cmds cannot compare: the recording machine's kernel and name
 * differ from the simulated host's (lib/engine/host-facts), which `docker info` reports too.
 */
const FULL = `Linux host ${KERNEL.release} ${KERNEL.version} x86_64 GNU/Linux\n`;

describe('uname on the simulated machine', () => {
  it('names the host and the kernel that docker info reports', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    expect((await m.exec('uname -a')).stdout).toBe(FULL);
    expect((await m.exec('uname -snrvmo')).stdout).toBe(FULL);
    expect((await m.exec('uname -r')).stdout).toBe('6.1.0-28-amd64\n');
    expect((await m.exec('uname --nodename --machine')).stdout).toBe('host x86_64\n');
    const info = await m.exec("docker info --format '{{.KernelVersion}} {{.Name}}'");
    expect(info.stdout).toBe(`${KERNEL.release} host\n`);
  });

  it('in a container: the same kernel, the container’s hostname', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await m.exec('docker run -d --name box diamol/base sleep 3600');
    const id = (await m.exec("docker inspect --format '{{.Id}}' box")).stdout.slice(0, 12);
    const r = await m.exec('docker exec box uname -a');
    expect(r.stdout).toBe(`Linux ${id} ${KERNEL.release} ${KERNEL.version} x86_64 GNU/Linux\n`);
  });
});

describe('which on the simulated machine', () => {
  it('finds docker and the host commands where Debian keeps them, builtins nowhere', async () => {
    const m = createMachine({ seed: 1 });
    expect(await m.exec('which docker')).toMatchObject({
      stdout: '/usr/bin/docker\n',
      exitCode: 0,
    });
    expect((await m.exec('which -a docker')).stdout).toBe('/usr/bin/docker\n/bin/docker\n');
    expect(await m.exec('which cd export nosuch')).toMatchObject({ stdout: '', exitCode: 1 });
    expect((await m.exec('type docker')).stdout).toBe('docker is /usr/bin/docker\n');
  });

  it('finds a script the learner made executable on PATH, not one without x', async () => {
    const m = createMachine({ seed: 1 });
    await m.exec('mkdir -p ~/bin && printf "echo hi\\n" > ~/bin/hi && printf x > ~/bin/nox');
    await m.exec('chmod +x ~/bin/hi');
    const r = await m.exec('PATH=$HOME/bin:$PATH; which hi nox');
    expect(r).toMatchObject({ stdout: '/home/learner/bin/hi\n', exitCode: 1 });
  });

  it('in a container: the applets of the image', async () => {
    const m = createMachine({ seed: 1, images: 'oracle' });
    await m.exec('docker run -d --name box diamol/base sleep 3600');
    expect((await m.exec('docker exec box which ls sh')).stdout).toBe('/bin/ls\n/bin/sh\n');
    expect((await m.exec('docker exec box which docker')).exitCode).toBe(1);
  });
});
