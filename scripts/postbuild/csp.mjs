/**
 * A strict Content-Security-Policy for the static export, written into every HTML file of out/ as
 * `<meta http-equiv="Content-Security-Policy">` (static hosts may not let the site set headers).
 *
 * Scripts run only from the site itself plus the inline scripts Next.js emits into each page (the
 * RSC payload pushes and the theme script), allowed one by one by their sha256 hashes, computed
 * here over the final HTML. Hence this step runs LAST among the post-build steps.
 *
 * Why each source beyond 'self':
 *   - 'wasm-unsafe-eval' (script-src): Pagefind's search runs in WebAssembly; compiling wasm needs
 *     it. It allows WebAssembly.compile/instantiate only, not eval() or new Function().
 *   - 'unsafe-inline' (style-src): React writes style="" attributes into the server HTML, and xterm
 *     and Monaco insert <style> elements at run time; styles cannot run code.
 *   - data: (img-src, font-src): the browser pane shows a simulated app's page in a srcdoc iframe,
 *     which inherits this policy, with its images and fonts inlined as data: URLs; Monaco's CSS
 *     uses data: SVG icons.
 * Workers (Monaco's editor worker, Pagefind's search worker) are files of the site: worker-src
 * 'self'. `frame-ancestors` is left out here: browsers ignore it in a <meta> (see README for the
 * header form, which adds it).
 *
 *   node scripts/postbuild/csp.mjs [out]   (also run by scripts/postbuild/index.mjs)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './html-files.mjs';

/** Every directive but the script hashes, in the order they are written. */
export const BASE_POLICY = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives only a header can carry (a <meta> policy ignores them with a console warning). */
export const HEADER_ONLY = [['frame-ancestors', ["'none'"]]];

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The text of each inline <script> (one with no src), exactly as the browser hashes it. */
export function inlineScripts(html) {
  return [...html.replace(META, '').matchAll(INLINE_SCRIPT)]
    .map((m) => m[1])
    .filter((text) => text.length > 0);
}

export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy text for a page whose inline scripts have these hashes. */
export function policyFor(hashes, extra = []) {
  const unique = [...new Set(hashes)].sort();
  return [...BASE_POLICY, ...extra]
    .map(([name, sources]) => [name, name === 'script-src' ? [...sources, ...unique] : sources])
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The page with its policy as the first thing after <meta charset> (before any script). */
export function withPolicy(html, policy) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const clean = html.replace(META, '');
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(clean);
  if (charset) {
    const at = charset.index + charset[0].length;
    return clean.slice(0, at) + tag + clean.slice(at);
  }
  const head = /<head\b[^>]*>/i.exec(clean);
  if (!head) throw new Error('csp: page has no <head>');
  const at = head.index + head[0].length;
  return clean.slice(0, at) + tag + clean.slice(at);
}

/**
 * Writes each page's own policy into it, and the union of all pages' policies, with the
 * header-only directives, to out/_headers (the format Netlify and Cloudflare Pages read; README).
 */
export function run(outDir) {
  const all = [];
  const files = htmlFiles(outDir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const hashes = inlineScripts(html).map(sha256Source);
    all.push(...hashes);
    writeFileSync(file, withPolicy(html, policyFor(hashes)));
  }
  const header = policyFor(all, HEADER_ONLY);
  writeFileSync(join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${header}\n`);
  return `${files.length} pages, ${new Set(all).size} inline script hashes`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run(process.argv[2] ?? 'out'));
