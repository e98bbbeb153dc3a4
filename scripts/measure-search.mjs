/**
 * `npm run measure:search`: how fast search answers, on the static build in Chromium. A report,
 * not a test: it prints numbers and exits 0 (unless it cannot run).
 *
 *   node scripts/measure-search.mjs [--runs 5]
 *
 * Per run, in a fresh browser context (empty cache) on /container-state/:
 * - cold: from pressing `/` until the first query's results are listed (the dialog's chunk,
 *   Pagefind's library, worker, wasm and index chunks all load in this time);
 * - warm: the next queries, from the query being typed until its results are listed (the dialog
 *   waits 120 ms after the last key before it searches: that wait is included);
 * - bytes: what the page and its workers downloaded from pressing `/` on, on the wire (the
 *   dialog's chunk and Pagefind's library, worker, wasm, index chunks and fragments).
 * Plus the index on disk (out/pagefind/). Medians with min and max.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createStaticServer, listen } from './serve.mjs';

const QUERIES = ['기록 중 복사', 'copy-on-write', 'docker volume create', '레이어', 'tmpfs'];
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Milliseconds from `start` until the listed results are those of `query`. */
async function timeResults(page, query, start) {
  await page.getByRole('searchbox').fill(query);
  // The list says which query its results answer (data-query), so old results do not count.
  await page.waitForFunction(
    (q) => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === q,
    query,
    { polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - start;
}

async function run(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}container-state/`);
  await page.waitForLoadState('networkidle');
  // Every response from here on, the workers' too, by its size on the wire.
  const responses = [];
  page.on('requestfinished', (request) =>
    responses.push(
      request
        .sizes()
        .then((s) => s.responseBodySize)
        .catch(() => 0),
    ),
  );
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('/');
  const cold = await timeResults(page, QUERIES[0], start);
  const warm = [];
  for (const query of QUERIES.slice(1)) {
    const at = await page.evaluate(() => performance.now());
    warm.push(await timeResults(page, query, at));
  }
  const bytes = (await Promise.all(responses)).reduce((sum, n) => sum + n, 0);
  await context.close();
  return { cold, warm, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs) =>
  `${Math.round(median(xs))} ms (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))})`;

if (!existsSync('out/pagefind/pagefind.js')) {
  console.error("measure-search: out/pagefind/ not found; run 'npm run build' first");
  process.exit(1);
}
const server = createStaticServer('out');
const url = await listen(server, Number(process.env.PORT ?? 4180), '127.0.0.1', 20);
const browser = await chromium.launch({
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run(browser, url));
await browser.close();
server.close();

console.log(`Search on the static build, ${RUNS} runs (Chromium)\n`);
console.log(`index on disk (out/pagefind/):      ${(sizeOf('out/pagefind') / 1024).toFixed(1)} KB`);
console.log(
  `downloaded by search (5 queries):     ${(median(results.map((r) => r.bytes)) / 1024).toFixed(1)} KB on the wire`,
);
console.log(`cold (\`/\` to first results):        ${ms(results.map((r) => r.cold))}`);
console.log(
  `warm (query to results, incl. 120 ms debounce): ${ms(results.flatMap((r) => r.warm))}`,
);
