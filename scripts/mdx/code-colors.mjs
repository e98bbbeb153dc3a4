/**
 * `npm run code-colors` (also run before `next build`): writes components/mdx/code-colors.css, the
 * class for every token colour the notes' code blocks use, by highlighting content/*.mdx with the
 * same plugin the build uses (scripts/mdx/rehype-code.mjs). Rewrites nothing when nothing changed.
 *
 *   node scripts/mdx/code-colors.mjs [--check]   (--check: exit 1 if the stylesheet is stale)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import { format } from 'prettier';
import remarkGfm from 'remark-gfm';
import rehypeCode, { CODE_COLORS_CSS, stylesheet } from './rehype-code.mjs';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The stylesheet the given MDX sources need, formatted as the repository's other CSS. */
export async function codeColors(sources) {
  const registry = new Map();
  for (const source of sources)
    await compile(source, {
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeCode, { registry }]],
    });
  return format(stylesheet(registry), { parser: 'css' });
}

async function main() {
  const sources = readdirSync(CONTENT)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(CONTENT, name), 'utf8'));
  const css = await codeColors(sources);
  const current = existsSync(CODE_COLORS_CSS) ? readFileSync(CODE_COLORS_CSS, 'utf8') : '';
  const rules = css.split('\n').filter((l) => l.startsWith('.')).length;
  if (current === css) {
    console.log(`code-colors: ${CODE_COLORS_CSS} is up to date (${rules} colours)`);
    return;
  }
  if (process.argv.includes('--check')) {
    console.error(`code-colors: ${CODE_COLORS_CSS} is stale; run 'npm run code-colors'`);
    process.exit(1);
  }
  writeFileSync(CODE_COLORS_CSS, css);
  console.log(`code-colors: wrote ${CODE_COLORS_CSS} (${rules} colours)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
