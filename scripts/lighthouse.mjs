/**
 * `npm run lighthouse [route] [-- --preset=desktop]`: Lighthouse (12.2.3, the last release that runs
 * on Node 20) on the static build, mobile preset by default, printing the category scores and the
 * core timings. Not part of `npm test`: it measures, it does not gate. Uses Debian's Chromium when
 * present (CHROME_PATH overrides).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer, listen } from './serve.mjs';

const route = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/volumes-and-mounts/';
const extra = process.argv.slice(2).filter((a) => a.startsWith('--'));
if (!existsSync('out/index.html')) {
  console.error("lighthouse: out/ not found. Run 'npm run build' first.");
  process.exit(1);
}
const server = createStaticServer('out');
const base = await listen(server, 4400, '127.0.0.1', 20);
const report = join(mkdtempSync(join(tmpdir(), 'layerlab-lh-')), 'report.json');
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const env = { ...process.env };
if (!env.CHROME_PATH && existsSync('/usr/bin/chromium')) env.CHROME_PATH = '/usr/bin/chromium';
// Async: the static server runs in this process and must keep answering while Lighthouse loads.
const child = spawn(
  'npx',
  [
    '--yes',
    'lighthouse@12.2.3',
    new URL(route, base).href,
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
    `--chrome-flags=${flags}`,
    ...extra,
  ],
  { stdio: 'inherit', env },
);
const status = await new Promise((resolve) => child.on('close', resolve));
server.close();
if (status !== 0) process.exit(status ?? 1);

const result = JSON.parse(readFileSync(report, 'utf8'));
console.log(
  `Lighthouse ${result.lighthouseVersion} · ${result.finalDisplayedUrl} · ${result.configSettings.formFactor}`,
);
for (const [id, c] of Object.entries(result.categories))
  console.log(`  ${id.padEnd(16)} ${Math.round(c.score * 100)}`);
for (const id of [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
])
  console.log(`  ${id.padEnd(26)} ${result.audits[id].displayValue}`);
