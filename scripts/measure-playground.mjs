/**
 * `npm run measure`: how fast a section page's playground is ready, on the static build in
 * Chromium. A report, not a test: it prints numbers and always exits 0 (unless it cannot run).
 *
 *   node scripts/measure-playground.mjs [--page /volumes-and-mounts/] [--scenario id]
 *                                       [--runs 5]
 *
 * --scenario defaults to the page's first playground.
 *
 * What it measures, per run:
 * - time to input, cold: a fresh browser context (empty cache and storage) navigates to the page
 *   with the playground's own anchor (`#playground-<scenario>`, its title), as a reader following
 *   a link to the exercise: the playground is in the viewport, so it starts loading by itself (no
 *   click). The clock runs from navigation start (performance.timeOrigin) until the terminal
 *   accepts input: xterm's textarea exists and the host prompt is in the buffer of
 *   window.__layerlabTerminals[scenario] (the shell is up). Checked on every animation frame.
 * - time to input, warm: a returning reader. Once the site's service worker is ready (installed:
 *   it precaches the export, seconds of downloads that would otherwise run beside this start),
 *   the same context navigates away and back (the caches and the saved playground in
 *   localStorage kept), the same clock. `service worker ready after`: how long that wait was.
 * - JS before the playground: another fresh context opens the page at its top and waits for the
 *   network to be quiet; the script resources' bytes on the wire (gzip, as the server sends
 *   them: Resource Timing's encodedBodySize) are summed. No playground may have started there.
 * - JS after: the scripts of the cold run once its terminal accepts input.
 * - Monaco: whether any script loaded in these runs is Monaco's (it must not be before an
 *   editor is opened).
 * - busy loop: in the cold run's page, `while true; do :; done` runs for 2 s while a probe
 *   schedules itself with setTimeout(0) and records the longest gap between two of its turns
 *   (the longest the page could not answer a key), and the Long Tasks API counts tasks over
 *   50 ms. Then Ctrl-C is pressed: the time until the prompt is back in the buffer.
 * - the start's steps: when each step of the terminal's start ended (User Timing marks
 *   `terminal:mount` … `terminal:wired` from components/terminal/mount.ts), cold and warm.
 * MEASURE_OUT=dir measures another export than out/ (a variant being compared).
 * Medians with min and max over the runs. Lighthouse (mobile) has its own script,
 * `npm run lighthouse [page]`; first-load JS per page from the HTML alone: `npm run size`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { createStaticServer, listen } from './serve.mjs';
import { BUDGET_GZIP_BYTES } from './size.mjs';

const PROMPT = 'learner@host:~/diamol$ ';
const TARGET_MS = 1000;
/** What only Monaco's code contains. */
const MONACO = /MonacoEnvironment|vs\/editor\/editor\.(?:api|main)/;
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function options(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    const inline = argv.find((a) => a.startsWith(`${name}=`));
    if (inline) return inline.slice(name.length + 1);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const page = value('--page', '/volumes-and-mounts/');
  return {
    page: page.startsWith('/') ? page : `/${page}`,
    scenario: value('--scenario', null),
    runs: Math.max(1, Number(value('--runs', '5')) || 5),
  };
}

/** The first playground of the page's built HTML. */
function firstScenario(page) {
  const file = `out${page.endsWith('/') ? page : `${page}/`}index.html`;
  if (!existsSync(file)) return null;
  return /data-playground="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

/** Resolves to ms since timeOrigin when the scenario's terminal accepts input. */
function terminalReady(page, scenario) {
  return page
    .waitForFunction(
      ([id, prompt]) => {
        const term = window.__layerlabTerminals?.[id];
        if (!term?.textarea?.isConnected) return false;
        const buffer = term.buffer.active;
        for (let y = 0; y < buffer.length; y++)
          if (buffer.getLine(y)?.translateToString(true).includes(prompt)) return performance.now();
        return false;
      },
      [scenario, PROMPT],
      { polling: 'raf', timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue());
}

/** The steps of the terminal's start (components/terminal/mount.ts marks their ends). */
const STEPS = ['start', 'mount', 'fonts', 'open', 'fit', 'machine', 'wired'];

/** ms since timeOrigin of each `terminal:<step>` mark of the page (missing: NaN). */
function steps(page) {
  return page.evaluate((names) => {
    const at = (n) => performance.getEntriesByName(`terminal:${n}`, 'mark')[0]?.startTime;
    return Object.fromEntries(names.map((n) => [n, at(n) ?? NaN]));
  }, STEPS);
}

/** Script resources so far: each one's URL, timing and bytes on the wire (encoded body). */
async function scripts(page) {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name))
      .map((e) => ({
        url: e.name,
        start: e.startTime,
        end: e.responseEnd,
        encoded: e.encodedBodySize,
      })),
  );
  return {
    entries,
    count: entries.length,
    encoded: entries.reduce((n, e) => n + e.encoded, 0),
  };
}

/** Watches a page's script responses for Monaco's code. */
function watchMonaco(page, found) {
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (MONACO.test(body)) found.add(new URL(response.url()).pathname);
  });
}

async function newPage(browser, monaco) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  watchMonaco(page, monaco);
  return { context, page };
}

/** Runs a busy loop in the terminal: the page's longest stall, then Ctrl-C until the prompt. */
async function busyLoop(page, scenario) {
  await page.locator(`[data-playground="${scenario}"] .xterm-screen`).click();
  await page.keyboard.press('Control+U');
  await page.keyboard.type('while true; do :; done');
  await page.evaluate(() => {
    const probe = { gap: 0, long: [], last: performance.now(), on: true };
    window.__busyProbe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push(e.duration);
    }).observe({ type: 'longtask' });
    const tick = () => {
      const now = performance.now();
      probe.gap = Math.max(probe.gap, now - probe.last);
      probe.last = now;
      if (probe.on) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2000);
  const stall = await page.evaluate(() => {
    const p = window.__busyProbe;
    p.on = false;
    return { gap: p.gap, longTasks: p.long.length, longest: Math.max(0, ...p.long) };
  });
  const pressed = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+C');
  const back = await page
    .waitForFunction(
      ([id, prompt]) => {
        const buffer = window.__layerlabTerminals?.[id]?.buffer.active;
        if (!buffer) return false;
        let last = '';
        for (let y = buffer.length - 1; y >= 0 && last === ''; y--)
          last = buffer.getLine(y)?.translateToString(true) ?? '';
        return last === prompt ? performance.now() : false;
      },
      [scenario, PROMPT],
      { polling: 'raf', timeout: 10_000 },
    )
    .then((h) => h.jsonValue());
  return { ...stall, interrupt: back - pressed };
}

async function coldAndWarm(browser, url, scenario, monaco) {
  const { context, page } = await newPage(browser, monaco);
  await page.goto(url, { waitUntil: 'commit' });
  const cold = await terminalReady(page, scenario);
  const coldSteps = await steps(page);
  const after = await scripts(page);
  const busy = await busyLoop(page, scenario);
  const nav = await page.evaluate(() => ({
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,
  }));
  // A returning reader: the site's service worker has finished installing (it precaches the
  // whole export, a few seconds of downloads that would otherwise run beside the warm start).
  const installed = await page.evaluate(async () => {
    const t = performance.now();
    await navigator.serviceWorker?.ready;
    return performance.now() - t;
  });
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const warm = await terminalReady(page, scenario);
  const warmSteps = await steps(page);
  await context.close();
  return { cold, warm, after, nav, busy, coldSteps, warmSteps, installed };
}

async function beforePlayground(browser, url, monaco) {
  const { context, page } = await newPage(browser, monaco);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const started = await page
    .locator('[data-terminal]:not([data-terminal="idle"])')
    .evaluateAll((els) => els.map((el) => el.closest('[data-playground]')?.dataset.playground));
  const before = await scripts(page);
  await context.close();
  return { ...before, started };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => `${Math.round(n)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function table(rows) {
  const head = ['', 'median', 'min', 'max'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

function row(label, values, format) {
  return [label, format(median(values)), format(Math.min(...values)), format(Math.max(...values))];
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync('out/index.html')) {
    console.error("measure: out/ not found. Run 'npm run build' first.");
    process.exit(1);
  }
  const scenario = opts.scenario ?? firstScenario(opts.page);
  if (!scenario) {
    console.error(`measure: no playground found on ${opts.page}`);
    process.exit(1);
  }
  // MEASURE_OUT: another export to measure (a variant of out/ being compared).
  const server = createStaticServer(process.env.MEASURE_OUT ?? 'out');
  const base = await listen(server, 0, '127.0.0.1');
  const load = () =>
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`;
  console.log(`before: ${load()}`);
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: LAUNCH_ARGS,
  });
  const version = browser.version();
  const top = new URL(opts.page, base).href;
  const anchored = `${top}#playground-${scenario}`;
  const monaco = new Set();
  const runs = [];
  try {
    for (let i = 0; i < opts.runs; i++) {
      const before = await beforePlayground(browser, top, monaco);
      const timed = await coldAndWarm(browser, anchored, scenario, monaco);
      runs.push({ before, ...timed });
      process.stderr.write(
        `run ${i + 1}/${opts.runs}: cold ${ms(timed.cold)}, warm ${ms(timed.warm)}\n`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }

  const pick = (f) => runs.map(f);
  // The playground's chunks: scripts the page's top did not load.
  const firstLoad = new Set(runs.flatMap((r) => r.before.entries.map((e) => e.url)));
  const lazy = (r) => r.after.entries.filter((e) => !firstLoad.has(e.url));
  const metrics = [
    ['time to input, cold', (r) => r.cold, ms],
    ['  DOMContentLoaded', (r) => r.nav.dcl, ms],
    ['  playground chunks requested', (r) => Math.min(...lazy(r).map((e) => e.start)), ms],
    ['  playground chunks loaded', (r) => Math.max(...lazy(r).map((e) => e.end)), ms],
    ...STEPS.map((step) => [`  terminal:${step}`, (r) => r.coldSteps[step], ms]),
    ['  service worker ready after', (r) => r.installed, ms],
    ['time to input, warm', (r) => r.warm, ms],
    ...STEPS.map((step) => [`  terminal:${step}`, (r) => r.warmSteps[step], ms]),
    ['JS before playground (gzip)', (r) => r.before.encoded, kb],
    ['JS after terminal ready (gzip)', (r) => r.after.encoded, kb],
    ['scripts before', (r) => r.before.count, String],
    ['scripts after', (r) => r.after.count, String],
    ['busy loop: longest event-loop gap', (r) => r.busy.gap, ms],
    ['busy loop: tasks over 50 ms', (r) => r.busy.longTasks, String],
    ['busy loop: longest long task', (r) => r.busy.longest, ms],
    ['Ctrl-C to prompt', (r) => r.busy.interrupt, ms],
  ];
  console.log(
    `Playground speed · ${opts.page} · terminal "${scenario}" · ${opts.runs} runs · Chromium ${version}`,
  );
  console.log(
    `cold/warm: navigation to ${opts.page}#playground-${scenario} until the terminal accepts input\n`,
  );
  console.log(table(metrics.map(([label, f, format]) => row(label, pick(f), format))));
  console.log("\nthe last cold run's playground chunks (the waterfall), ms since navigation:");
  for (const e of lazy(runs.at(-1)).sort((a, b) => a.start - b.start))
    console.log(
      `  ${ms(e.start).padStart(8)} → ${ms(e.end).padStart(8)}  ${kb(e.encoded).padStart(9)}  ${new URL(e.url).pathname}`,
    );
  const started = [...new Set(runs.flatMap((r) => r.before.started))];
  const cold = median(pick((r) => r.cold));
  const before = median(pick((r) => r.before.encoded));
  console.log('');
  console.log(`cold ≤ ${ms(TARGET_MS)}: ${cold <= TARGET_MS ? 'yes' : 'NO'} (median ${ms(cold)})`);
  console.log(
    `JS before playground ≤ ${kb(BUDGET_GZIP_BYTES)} gzip: ${before <= BUDGET_GZIP_BYTES ? 'yes' : 'NO'} (median ${kb(before)})`,
  );
  console.log(`Monaco loaded: ${monaco.size === 0 ? 'never' : `YES: ${[...monaco].join(', ')}`}`);
  if (started.length > 0)
    console.log(
      `note: at the page's top these playgrounds had already started: ${started.join(', ')}`,
    );

  console.log(`after: ${load()}`);
  console.log(`Lighthouse (mobile) of the page: npm run lighthouse ${opts.page}`);
}

await main();
process.exit(0);
