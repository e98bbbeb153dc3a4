/**
 * `npm run size`: first-load JavaScript per route of the static build, read from each page's
 * <script src> tags and its paint-first loader's list (what a browser must download before the
 * page is interactive), raw and gzip. Fails when a page goes over the budget (issue 2: section pages ≤ 200 KB gzip).
 * Also the HTML itself, raw and gzip, and the part of it that is React's flight data (the inline
 * `self.__next_f.push(…)` scripts: the server components' output again, for hydration), which
 * repeats the page's content (issue 17). These are reported, not budgeted.
 *
 *   node scripts/size.mjs [out] [--json]
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deferredSources } from './postbuild/paint-first.mjs';
import { htmlFiles } from './postbuild/html-files.mjs';

export const BUDGET_GZIP_BYTES = 200 * 1024;

/** The page's scripts: its <script src> tags and those its paint-first loader adds. */
export function scriptSources(html) {
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]);
  return [...tags, ...deferredSources(html)];
}

const FLIGHT_SCRIPT = /<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g;

/** The bodies of the inline scripts that carry the RSC flight data, in page order. */
export function flightScripts(html) {
  return [...html.matchAll(FLIGHT_SCRIPT)].map((m) => m[1]);
}

const sizes = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

/** The page's HTML and its flight scripts (joined, as one compressed response carries them). */
export function htmlWeight(html) {
  return {
    html: sizes(Buffer.from(html)),
    flight: sizes(Buffer.from(flightScripts(html).join(''))),
  };
}

export function measure(outDir) {
  const cache = new Map();
  const sizeOf = (src) => {
    if (!cache.has(src)) {
      const bytes = readFileSync(join(outDir, src.replace(/^\//, '').split('?')[0]));
      cache.set(src, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    return cache.get(src);
  };
  return htmlFiles(outDir)
    .filter((file) => basename(file) === 'index.html')
    .map((file) => {
      const rel = relative(outDir, file).split(sep).join('/');
      const route = '/' + rel.replace(/index\.html$/, '');
      const html = readFileSync(file, 'utf8');
      const scripts = [...new Set(scriptSources(html))];
      const js = scripts.map(sizeOf);
      return {
        route,
        scripts: scripts.length,
        raw: js.reduce((a, s) => a + s.raw, 0),
        gzip: js.reduce((a, s) => a + s.gzip, 0),
        ...htmlWeight(html),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'out';
  const rows = measure(outDir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log('First-load JS per route (script tags of the built HTML)\n');
    console.log(
      `${'route'.padEnd(28)}${'scripts'.padStart(8)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`,
    );
    for (const r of rows)
      console.log(
        `${r.route.padEnd(28)}${String(r.scripts).padStart(8)}${kb(r.raw).padStart(12)}${kb(r.gzip).padStart(12)}`,
      );
    console.log(`\nbudget: ${kb(BUDGET_GZIP_BYTES)} gzip per page`);
    console.log('\nHTML per route, and the RSC flight data inline in it (raw / gzip)\n');
    console.log(`${'route'.padEnd(28)}${'HTML'.padStart(24)}${'flight'.padStart(24)}`);
    const pair = (s) => `${kb(s.raw)} / ${kb(s.gzip)}`.padStart(24);
    for (const r of rows) console.log(`${r.route.padEnd(28)}${pair(r.html)}${pair(r.flight)}`);
  }
  const over = rows.filter((r) => r.gzip > BUDGET_GZIP_BYTES);
  for (const r of over)
    console.error(
      `size: ${r.route} loads ${kb(r.gzip)} gzip, over the ${kb(BUDGET_GZIP_BYTES)} budget`,
    );
  if (rows.length === 0)
    console.error(`size: no pages found in ${outDir}; run 'npm run build' first`);
  process.exit(over.length > 0 || rows.length === 0 ? 1 : 0);
}
