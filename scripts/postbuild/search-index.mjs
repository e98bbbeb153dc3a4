/**
 * Full-text search for the static export: Pagefind indexes the built HTML in out/ and writes its
 * index and its small search library to out/pagefind/ (nothing runs on a server; the browser
 * fetches only the index chunks a query needs).
 *
 * What is indexed: the notes and the exercises, i.e. every element marked `data-pagefind-body`
 * (the article of a section page, the free playground's main). Korean is indexed per
 * space-separated word and searched by prefix, so "레이어" finds "레이어는". Each page is handed to
 * Pagefind with its English glosses set apart from the Korean word before them (search-text.mjs),
 * so "복사(copy-on-write)라는" is found by "복사", "copy-on-write" and "copy on write".
 * The playground's controls (terminal preview, key row, toolbar, status lines, layer view) are
 * interface, not content, and are left out by the selectors below.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { separateGlosses } from './search-text.mjs';
import { htmlFiles } from './html-files.mjs';

/** Interface inside indexed pages that would only add noise to results and excerpts. */
export const EXCLUDE_SELECTORS = [
  '[data-terminal]',
  '[role="toolbar"]',
  '[role="status"]',
  '[data-playground] details',
  '[data-playground] button',
  '[data-layer-view-placeholder]',
  '[data-predict] h4',
  'p[id^="playground-"][id$="-hint"]',
];

/** Pagefind's ready-made UIs: we ship our own dialog, so these are not part of the site. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export async function run(outDir) {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'ko',
    excludeSelectors: EXCLUDE_SELECTORS,
  });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const files = htmlFiles(outDir);
  for (const file of files) {
    const url =
      '/' +
      relative(outDir, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '');
    const content = separateGlosses(readFileSync(file, 'utf8'));
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
  }
  const output = join(outDir, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of readdirSync(output)) if (UNUSED.test(name)) rmSync(join(output, name));
  return `${files.length} HTML files read, ${Math.round(sizeOf(output) / 1024)} KB in ${output}/`;
}

/** Every HTML file of the export, as addDirectory would read them (not Pagefind's own output). */
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
