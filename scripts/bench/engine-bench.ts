/**
 * Engine benchmark (prints numbers, asserts nothing): `docker run` of an image with 10 layers ×
 * 10,000 files, `docker diff` after 100 changes, and the heap of 100 containers sharing one image.
 */
import { createMachine } from '../../lib/machine';
import { buildImage, filePath } from './image';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const machine = createMachine({ seed: 3 });
const base = machine.engine.images.get('diamol/base');
const bench = {
  ...base,
  id: `sha256:${'b'.repeat(64)}`,
  repoTags: [] as string[],
  layers: [...base.layers, ...buildImage(10_000)],
};
machine.engine.images.add(bench);
machine.engine.images.tag(bench, 'bench:latest');

const runs: number[] = [];
for (let i = 0; i < 30; i++)
  runs.push(await timed(() => machine.exec(`docker run --name r${i} bench:latest true`)));

await machine.exec('docker run -d --name changes bench:latest sleep 3600');
const script = Array.from({ length: 100 }, (_, i) => `echo x >> ${filePath(i * 97)}`).join('; ');
await machine.exec(`docker exec changes sh -c '${script}'`);
const diffs: number[] = [];
let lines = 0;
for (let i = 0; i < 30; i++)
  diffs.push(
    await timed(
      async () =>
        (lines = (await machine.exec('docker diff changes')).stdout.split('\n').length - 1),
    ),
  );

const before = heapMb();
for (let i = 0; i < 100; i++) await machine.exec(`docker create --name h${i} bench:latest true`);
const after = heapMb();

console.log('engine benchmark (virtual time; wall-clock latency of the simulation itself)\n');
console.log(
  `docker run (10 layers x 10,000 files, exits at once)   median ${median(runs).toFixed(2)} ms`,
);
console.log(
  `docker diff after 100 changes (${lines} lines)              median ${median(diffs).toFixed(2)} ms`,
);
console.log(
  `100 containers created on one image: added heap          ${(after - before).toFixed(2)} MB`,
);
