/**
 * `npm run size`: first-load JavaScript per route of the static build, read from each page's
 * <script src> tags (what a browser must download before the page is interactive), raw and
 * gzip. Fails when a page goes over the budget (issue 2: section pages ≤ 200 KB gzip).
 *
 *   node scripts/size.mjs [out] [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 200 * 1024;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' ? [] : htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

export function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]);
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
    .map((file) => {
      const rel = relative(outDir, file).split(sep).join('/');
      const route = '/' + rel.replace(/index\.html$/, '');
      const scripts = [...new Set(scriptSources(readFileSync(file, 'utf8')))];
      const sizes = scripts.map(sizeOf);
      return {
        route,
        scripts: scripts.length,
        raw: sizes.reduce((a, s) => a + s.raw, 0),
        gzip: sizes.reduce((a, s) => a + s.gzip, 0),
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
