/**
 * Every HTML file of a static export, as paths under `dir`: the pages the post-build steps and
 * `npm run size` read. Next's own assets (`_next/`) and Pagefind's index (`pagefind/`) hold none.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NO_PAGES = new Set(['_next', 'pagefind']);

export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return NO_PAGES.has(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
