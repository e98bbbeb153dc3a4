/**
 * Shell benchmark (prints numbers, asserts nothing): the browser bundle weight of lib/shell
 * (minified, gzip) and the latency of `ls -l` in a 1,000-entry directory.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createHostSession } from '../../lib/machine';
import { standardCommands } from '../../lib/shell';

async function bundleSize(entry: string) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function latency(line: string, runs: number) {
  const session = createHostSession(standardCommands);
  const fs = session.shell.host.fs;
  fs.mkdir('/home/learner/ch06/big');
  for (let i = 0; i < 1000; i++)
    fs.writeFile(`/home/learner/ch06/big/file-${String(i).padStart(4, '0')}.txt`, `line ${i}\n`);
  await session.exec('cd big');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await session.exec(line);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

console.log('lib/shell benchmark\n');
for (const [name, entry] of [
  ['lib/fs', 'lib/fs/index.ts'],
  ['lib/shell (incl. lib/fs)', 'lib/shell/index.ts'],
  ['whole machine (shell+engine+docker)', 'lib/machine/index.ts'],
] as const) {
  const s = await bundleSize(entry);
  console.log(
    `${`bundle ${name}`.padEnd(34)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`,
  );
}
for (const line of ['ls -l', 'ls', 'ls -l | wc -l', 'cat file-0500.txt']) {
  const r = await latency(line, 200);
  console.log(
    `${`'${line}' in 1,000 entries`.padEnd(34)} median ${ms(r.median).padStart(9)}   p99 ${ms(r.p99).padStart(9)}`,
  );
}
