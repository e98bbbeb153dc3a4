/**
 * `npm run fonts` (also run before `npm run build`): Pretendard Variable cut down to the characters
 * the site can show. The notes, the exercises and the interface use about 500 Hangul syllables, so
 * one file of about 100 KB (weights 400 to 800) replaces the twenty-odd dynamic subsets of about
 * 25 KB each that a page used to download (issue 17). Writes app/fonts/pretendard-site.woff2 and
 * the characters it covers (pretendard-site.txt, to review in a diff); rewrites neither when the
 * characters did not change. A character outside the file falls back to the system's Korean font.
 *
 *   node scripts/fonts/subset-pretendard.mjs [--check]   (--check: exit 1 if the file is stale)
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const SOURCE_DIRS = ['app', 'components', 'content', 'lib'];
const SOURCE_EXT = /\.(mdx|tsx?)$/;
const SKIP = /\.test\.tsx?$|\/fixtures\//;
const FONT = 'node_modules/pretendard/dist/web/variable/woff2/PretendardVariable.woff2';
const OUT = 'app/fonts/pretendard-site.woff2';
const LIST = 'app/fonts/pretendard-site.txt';
/** The weights the stylesheets use (400 body to 800 headings). */
export const WEIGHTS = { min: 400, max: 800 };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return SOURCE_EXT.test(name) && !SKIP.test(path) ? [path] : [];
  });
}

/** Printable ASCII, Latin-1 punctuation and every non-ASCII character of the sources. */
export function siteCharacters(texts) {
  const chars = new Set();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const text of texts)
    for (const ch of text)
      if (ch.codePointAt(0) > 0x7f && /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)) chars.add(ch);
  return [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('');
}

async function main() {
  const texts = SOURCE_DIRS.flatMap(files).map((f) => readFileSync(f, 'utf8'));
  const chars = siteCharacters(texts);
  const current = existsSync(LIST) && existsSync(OUT) ? readFileSync(LIST, 'utf8') : '';
  if (current === chars) {
    console.log(`fonts: ${OUT} is up to date (${[...chars].length} characters)`);
    return;
  }
  if (process.argv.includes('--check')) {
    console.error(`fonts: ${OUT} is stale; run 'npm run fonts'`);
    process.exit(1);
  }
  const font = await subsetFont(readFileSync(FONT), chars, {
    targetFormat: 'woff2',
    variationAxes: { wght: WEIGHTS },
  });
  writeFileSync(OUT, font);
  writeFileSync(LIST, chars);
  console.log(
    `fonts: wrote ${OUT}, ${(font.length / 1024).toFixed(1)} KB, ${[...chars].length} characters`,
  );
}

await main();
