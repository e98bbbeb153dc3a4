import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMachine } from '../../../machine';
import { KERNEL, MEM_TOTAL_BYTES } from '../../../engine';
import { bytesSize } from './info';

/**
 * `docker info` and `docker version` against the real CLI 28.2.2 output in
 * ../fixtures/info.docker.transcript: the same lines in the same order with the same layout;
 * only the lines that describe the machine (kernel, memory, name, daemon ID, image count) and
 * the "(simulated by layerlab)" marks differ, and those are pinned to the simulated host here.
 */
const recorded = readFileSync(
  join(import.meta.dirname, '../fixtures/info.docker.transcript'),
  'utf8',
);

function block(command: string): string {
  const start = recorded.indexOf(`$ ${command}\n`);
  const body = recorded.slice(start + command.length + 3);
  return body.slice(0, body.indexOf('[exit 0]'));
}

const MACHINE_SPECIFIC = /^ (Images|Kernel Version|Total Memory|Name|ID):/;
const MARK = ' (simulated by layerlab)';

async function run(line: string) {
  const machine = createMachine({ seed: 1, images: 'oracle' });
  await machine.exec('docker run -d --name up diamol/base sleep 3600 > /dev/null');
  await machine.exec('docker run --name down diamol/base true');
  await machine.exec('docker create --name fresh diamol/base true > /dev/null');
  return { machine, result: await machine.exec(line) };
}

describe('docker info', () => {
  it('prints the real CLI layout line for line, the machine-specific values aside', async () => {
    const { result } = await run('docker info');
    const real = block('docker info').split('\n');
    const ours = result.stdout.split('\n');
    expect(ours.length).toBe(real.length);
    ours.forEach((line, i) => {
      const want = real[i]!;
      if (MACHINE_SPECIFIC.test(want)) expect(line.split(':')[0]).toBe(want.split(':')[0]);
      else expect(line.replace(MARK, '')).toBe(want);
    });
    expect(ours.filter((l) => l.endsWith(MARK))).toEqual([
      ` Version:    28.2.2${MARK}`,
      ` Server Version: 20.10.24+dfsg1${MARK}`,
    ]);
  });

  it('counts the machine’s containers and images and describes the simulated host', async () => {
    const { machine, result } = await run('docker info');
    const images = new Set(machine.engine.images.all().map((i) => i.id)).size;
    expect(result.stdout).toContain(' Containers: 3\n  Running: 1\n  Paused: 0\n  Stopped: 2\n');
    expect(result.stdout).toContain(`\n Images: ${images}\n`);
    expect(result.stdout).toContain(`\n Kernel Version: ${KERNEL.release}\n`);
    expect(result.stdout).toContain('\n Total Memory: 7.763GiB\n Name: host\n');
    await machine.exec('docker rm -f up');
    await machine.exec('docker rmi -f diamol/ch06-lab');
    const after = await machine.exec(
      "docker system info --format '{{.Containers}} {{.ContainersRunning}} {{.Images}}'",
    );
    expect(after.stdout).toBe(`2 0 ${images - 1}\n`);
  });

  it('sizes memory as go-units BytesSize does', () => {
    expect(bytesSize(MEM_TOTAL_BYTES)).toBe('7.763GiB');
    expect(bytesSize(25_275_973_632)).toBe('23.54GiB');
    expect(bytesSize(512)).toBe('512B');
  });
});

describe('docker version', () => {
  it('prints the real CLI layout line for line, with the simulation marked', async () => {
    const { result } = await run('docker version');
    const real = block('docker version');
    expect(result.stdout.replaceAll(MARK, '')).toBe(real);
    expect(result.stdout).toContain(` Version:           28.2.2${MARK}\n`);
    expect(result.stdout).toContain(`  Version:          20.10.24+dfsg1${MARK}\n`);
  });

  it('gives templates the plain values and the simulated kernel', async () => {
    const { result } = await run(
      "docker version --format '{{.Server.KernelVersion}} {{(index .Server.Components 0).Name}}'",
    );
    expect(result.stdout).toBe(`${KERNEL.release} Engine\n`);
  });
});
