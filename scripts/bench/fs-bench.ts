/**
 * npm run bench — lib/fs speed and memory. Prints a table; asserts nothing about time.
 * Runs with --expose-gc so heap numbers are measured after a full collection.
 */
import { UnionFs } from '../../lib/fs/index';
import { buildImage, filePath, FILES_PER_DIR } from './image';

type Row = [string, string, string];

function perOp(n: number, fn: (i: number) => void): string {
  fn(0); // warm-up
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const us = ((performance.now() - start) * 1000) / n;
  return `${us.toFixed(2)} µs`;
}

/** Spreads `n` probes over the whole image so lookups hit every layer and directory. */
function probe(i: number, total: number): number {
  return (i * 7919) % total;
}

function lookupRows(total: number): Row[] {
  const fs = new UnionFs({ layers: buildImage(total) });
  const n = 20_000;
  const dirs = total / FILES_PER_DIR;
  const files = `${total.toLocaleString('en-US')} files`;
  return [
    [files, 'stat', perOp(n, (i) => fs.stat(filePath(probe(i, total))))],
    [files, 'readFile (64 B)', perOp(n, (i) => fs.readFile(filePath(probe(i, total))))],
    [
      files,
      `readdir (${FILES_PER_DIR} entries, 10 layers)`,
      perOp(2000, (i) => fs.readdir(`/usr/share/pkg${i % dirs}`)),
    ],
    [
      files,
      'first write (copy-up 64 B + parents)',
      perOp(Math.min(2000, total - 1), (i) => fs.appendFile(filePath(probe(i + 1, total)), '!')),
    ],
  ];
}

function copyUpRows(): Row[] {
  const rows: Row[] = [];
  const sizes: [number, number][] = [
    [1024, 500],
    [1024 * 1024, 50],
    [16 * 1024 * 1024, 10],
  ];
  for (const [size, count] of sizes) {
    const layers = buildImage(1000);
    const big = new Uint8Array(size);
    for (let i = 0; i <= count; i++) layers[0]?.putFile(`/big/f${i}`, big);
    const label = `${size / 1024} KiB file`;
    const byChmod = new UnionFs({ layers });
    const byAppend = new UnionFs({ layers });
    const chmod = perOp(count, (i) => byChmod.chmod(`/big/f${i + 1}`, 0o600));
    const append = perOp(count, (i) => byAppend.appendFile(`/big/f${i + 1}`, '!'));
    rows.push([label, 'copy-up by chmod (metadata, bytes shared)', chmod]);
    rows.push([label, 'copy-up by append (whole file rewritten)', append]);
  }
  return rows;
}

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

function heapRows(): Row[] {
  const layers = buildImage(10_000);
  const before = heapMb();
  const mounts = Array.from({ length: 100 }, () => new UnionFs({ layers }));
  mounts.forEach((fs, i) => {
    fs.stat(filePath(i));
    fs.writeFile(`/tmp-${i}.txt`, 'scratch');
    fs.appendFile(filePath(i * 13), '!');
  });
  const after = heapMb();
  const note = (globalThis as { gc?: unknown }).gc
    ? ''
    : ' (run with --expose-gc for exact numbers)';
  return [
    [
      '10,000 files',
      '100 union mounts, 2 writes each: added heap',
      `${(after - before).toFixed(2)} MB${note}`,
    ],
    ['10,000 files', 'image itself (reference)', `${before.toFixed(2)} MB heap total`],
    ['', '(mounts kept alive)', String(mounts.length)],
  ];
}

function printTable(rows: Row[]): void {
  const header: Row = ['image (10 layers)', 'operation', 'time per op / value'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  const line = (r: Row) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

const rows: Row[] = [];
for (const total of [1_000, 10_000, 100_000]) rows.push(...lookupRows(total));
rows.push(...copyUpRows());
rows.push(...heapRows());
console.log(`lib/fs benchmark — node ${process.version}, ${new Date().toISOString()}`);
printTable(rows);
