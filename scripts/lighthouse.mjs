/**
 * `npm run lighthouse [route...] [--runs=3] [--keep=dir] [-- --preset=desktop]`: Lighthouse
 * (the devDependency, pinned to 12.2.3: the last release that runs on Node 20) on the
 * static build, mobile preset by default, every page of out/ unless routes are given. Each page
 * is measured `--runs` times (3); the table prints the median of every score and timing, and the
 * machine's load average before and after (a busy machine slows the simulated phone down).
 * Not part of `npm test`: it measures, it does not gate. Uses Debian's Chromium when present
 * (CHROME_PATH overrides). `--keep=dir` keeps every run's JSON report there.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from './serve.mjs';

const LIGHTHOUSE = fileURLToPath(
  new URL('../node_modules/lighthouse/cli/index.js', import.meta.url),
);
const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const TIMINGS = [
  ['first-contentful-paint', 'FCP', (v) => `${(v / 1000).toFixed(1)} s`],
  ['largest-contentful-paint', 'LCP', (v) => `${(v / 1000).toFixed(1)} s`],
  ['total-blocking-time', 'TBT', (v) => `${Math.round(v)} ms`],
  ['cumulative-layout-shift', 'CLS', (v) => v.toFixed(3)],
  ['speed-index', 'SI', (v) => `${(v / 1000).toFixed(1)} s`],
];

/** Every page of the export: folders with an index.html, without the error pages. */
export function pagesOf(outDir) {
  const found = ['/'];
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name === '404') continue;
    if (existsSync(join(outDir, entry.name, 'index.html'))) found.push(`/${entry.name}/`);
  }
  return found.sort();
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function options(argv) {
  const value = (name, fallback) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  return {
    routes: own.filter((a) => !a.startsWith('--')),
    runs: Math.max(1, Number(value('runs', '3')) || 3),
    keep: value('keep', null),
    extra: dash >= 0 ? argv.slice(dash + 1) : own.filter((a) => a.startsWith('--preset')),
  };
}

/** One Lighthouse run; resolves to its parsed report. */
async function runOnce(url, report, extra) {
  const env = { ...process.env };
  if (!env.CHROME_PATH && existsSync('/usr/bin/chromium')) env.CHROME_PATH = '/usr/bin/chromium';
  // Async: the static server runs in this process and must keep answering while Lighthouse loads.
  const child = spawn(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--chrome-flags=${FLAGS}`,
      ...extra,
    ],
    { stdio: 'inherit', env },
  );
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse exited with ${status} on ${url}`);
  return JSON.parse(readFileSync(report, 'utf8'));
}

function summary(reports) {
  const score = (id) => median(reports.map((r) => Math.round(r.categories[id].score * 100)));
  const row = { performance: score('performance'), accessibility: score('accessibility') };
  for (const [id, label, format] of TIMINGS)
    row[label] = format(median(reports.map((r) => r.audits[id].numericValue)));
  row.runs = reports.map((r) => Math.round(r.categories.performance.score * 100)).join('/');
  return row;
}

function print(rows, meta) {
  const head = ['page', 'perf', 'a11y', ...TIMINGS.map((t) => t[1]), 'perf runs'];
  const cells = rows.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    ...TIMINGS.map((t) => r[t[1]]),
    r.runs,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ');
  console.log(`\n${meta}\n`);
  console.log([line(head), ...cells.map(line)].join('\n'));
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync('out/index.html')) {
    console.error("lighthouse: out/ not found. Run 'npm run build' first.");
    process.exit(1);
  }
  const routes = opts.routes.length ? opts.routes : pagesOf('out');
  const dir = opts.keep ?? mkdtempSync(join(tmpdir(), 'layerlab-lh-'));
  mkdirSync(dir, { recursive: true });
  // LIGHTHOUSE_OUT: another export to measure (a variant of out/ being compared).
  const server = createStaticServer(process.env.LIGHTHOUSE_OUT ?? 'out');
  // A port of its own each time: two measurements at once never measure each other's build.
  const base = await listen(server, 0, '127.0.0.1');
  const loadBefore = loadavg()[0];
  const rows = [];
  let version = '';
  let formFactor = '';
  try {
    for (const route of routes) {
      const reports = [];
      for (let i = 0; i < opts.runs; i++) {
        const name = `${route.replace(/\W+/g, '_') || 'home'}-${i + 1}.json`;
        const report = await runOnce(new URL(route, base).href, join(dir, name), opts.extra);
        reports.push(report);
        version = report.lighthouseVersion;
        formFactor = report.configSettings.formFactor;
        const perf = Math.round(report.categories.performance.score * 100);
        process.stderr.write(`${route} run ${i + 1}/${opts.runs}: performance ${perf}\n`);
      }
      rows.push({ page: route, ...summary(reports) });
    }
  } finally {
    server.close();
  }
  const load = `load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`;
  print(rows, `Lighthouse ${version} · ${formFactor} · median of ${opts.runs} · ${load}`);
  if (opts.keep) console.log(`\nreports: ${dir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
