/**
 * Post-build step: out/sw.js, the service worker that makes the site work offline.
 *
 * The worker's code (components/offline/sw.ts, on Serwist: precaching with revisions, cleanup
 * of the old set after an update, the skip-waiting handshake) is bundled with esbuild, then
 * @serwist/build injects the precache manifest: every file of the export a visit can need, each
 * with the hash of its content (files under /_next/static/ carry a hash in their name already).
 * A new deploy changes the manifest, so the browser sees a new sw.js and installs the new set
 * beside the old one (components/offline/ServiceWorkerUpdate.tsx offers the reload).
 *
 * Not precached: source maps, .woff (every browser with service workers reads the .woff2 beside
 * it) and the error pages' folders. Runs before the Content-Security-Policy step, which only
 * rewrites the HTML as a function of the HTML: the revisions stay true versions of each page.
 *
 *   node scripts/postbuild/service-worker.mjs [out]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';

export const SW_SOURCE = 'components/offline/sw.ts';
export const SW_FILE = 'sw.js';

export const PRECACHE = {
  globPatterns: ['**/*.{html,txt,js,css,woff2,ttf,svg,png,ico,webmanifest,json,xml}'],
  globIgnores: ['sw.js', '**/*.map', '404/**', '_not-found/**', '**/node_modules/**'],
  // Monaco's main chunk is about 2.6 MB: the editor must open offline too.
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  modifyURLPrefix: { '': '/' },
};

export async function run(outDir = 'out') {
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`service-worker: ${outDir}/index.html not found (run next build first)`);
  const tmp = mkdtempSync(join(tmpdir(), 'layerlab-sw-'));
  const bundled = join(tmp, 'sw.js');
  try {
    await build({
      entryPoints: [SW_SOURCE],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      outfile: bundled,
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(outDir, SW_FILE),
      globDirectory: outDir,
      ...PRECACHE,
    });
    for (const w of warnings) console.warn(`service-worker: ${w}`);
    console.log(
      `service-worker: ${SW_FILE} precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv[2] ?? 'out');
