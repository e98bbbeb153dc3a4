/**
 * `npm run postbuild` (npm runs it after `npm run build`): the steps that finish the static
 * export in out/, in order. Each step is its own script here and can be run alone.
 *
 *   node scripts/postbuild/index.mjs [out]
 */
import { pathToFileURL } from 'node:url';

/**
 * The steps, in order. A step that rewrites HTML must come before service-worker.mjs (the
 * precache revisions are the files' hashes); the Content-Security-Policy step, which hashes the
 * inline scripts every other step leaves, stays last.
 */
export const STEPS = ['playground-preload.mjs', 'service-worker.mjs'];

export async function runAll(outDir = 'out') {
  for (const step of STEPS) {
    const { run } = await import(pathToFileURL(new URL(step, import.meta.url).pathname).href);
    await run(outDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAll(process.argv[2] ?? 'out');
