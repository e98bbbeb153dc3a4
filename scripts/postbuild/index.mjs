/**
 * `npm run build` = `next build` + this: the steps that work on the static export in out/ after
 * Next has written it. Each step is its own file exporting `run(outDir)`; they run in this order.
 *
 * Order matters:
 *   - steps that rewrite HTML come first (the search index and the policy read the final HTML);
 *   - the search index before anything that lists out/'s files (its files are part of the site);
 *   - the service worker after every file exists (it precaches out/ with a hash per file);
 *   - the Content-Security-Policy LAST: it hashes the inline scripts of each HTML file as they are
 *     finally written, so any later rewrite of a <script> would be blocked by the browser.
 *
 *   tsx scripts/postbuild/index.mjs [out]   (tsx: the social cards are written in TSX)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as paintFirst from './paint-first.mjs';
import * as playgroundPreload from './playground-preload.mjs';
import * as searchIndex from './search-index.mjs';
import * as serviceWorker from './service-worker.mjs';
import * as socialImages from './social-images.tsx';
import * as csp from './csp.mjs';

const STEPS = [
  ['social preview images', socialImages],
  ['scripts after the first paint', paintFirst],
  ['playground preload hints', playgroundPreload],
  ['search index (Pagefind)', searchIndex],
  // After every file is written (the cards, the index): it precaches them all with their hashes.
  ['service worker (Serwist precache)', serviceWorker],
  // Keep last: see above.
  ['Content-Security-Policy', csp],
];

const outDir = process.argv[2] ?? 'out';
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`postbuild: ${outDir}/index.html not found; run 'next build' first`);
  process.exit(1);
}
for (const [name, step] of STEPS) {
  const started = performance.now();
  const summary = (await step.run(outDir)) ?? 'done';
  const ms = Math.round(performance.now() - started);
  console.log(`postbuild: ${name}: ${summary} (${ms} ms)`);
}
