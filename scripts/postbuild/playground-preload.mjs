/**
 * Post-build step: preload hints for the live terminal's code on pages with a playground.
 *
 * The live terminal (xterm and the simulated machine) is a lazy chunk group that React asks for
 * only after the page has hydrated, so a reader who follows a link to an exercise
 * (`/page/#playground-id`, or a share link `#play=…`) waited for the page's scripts, then
 * hydration, then these chunks: a waterfall. This step finds the chunk group in the built
 * scripts (Turbopack's loader for the dynamic import lists its chunks in one `Promise.all`) and
 * puts a small inline script at the top of each such page's <head>: when the address points at a
 * playground, it adds `<link rel="preload">` for those chunks and for the terminal font's first
 * subsets, so they download beside the page's own scripts. A page opened at its top downloads
 * nothing more: components/terminal/warm-up.ts calls the same script's `__layerlabPreload` when a
 * playground comes near (preloaded, not run: no long task before the terminal is asked for).
 *
 *   node scripts/postbuild/playground-preload.mjs [out]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './html-files.mjs';

/** What only the xterm chunk contains. */
const XTERM_MARK = 'xterm-helper-textarea';
/** Characters the terminal measures before it opens (components/terminal/mount.ts). */
const TERMINAL_SAMPLE = 'a가';
/**
 * Pages that get the hints without a condition (`always` below). None for now: on the free
 * playground's page plain links made Lighthouse's model count the terminal's stylesheet and fonts
 * as render-blocking (its LCP went from 3.9 to 5.1 s); warm-up.ts starts that page's download.
 */
const ALWAYS = new Set();
const MARKER = 'data-playground-preload';
/**
 * The inline scripts' test for an address that leads straight to a playground (its anchor or a
 * share link): the same rule as pointsAtPlayground in components/terminal/warm-up.ts.
 */
export const AT_PLAYGROUND = '/^#(playground-|play=)/';

/** Every `Promise.all([...chunks])` list of Turbopack's async loaders in a script. */
export function loaderLists(source) {
  return [...source.matchAll(/Promise\.all\(\[((?:"[^"]+",?)+)\]\.map\(/g)].map((m) =>
    [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]),
  );
}

/**
 * The chunk group of the live terminal (xterm, the simulation, the terminal's styles): the one
 * loader list holding the xterm chunk. Throws when there is none or more than one (the build
 * changed shape: two import sites of LiveTerminal, say).
 */
export function liveTerminalChunks(chunks) {
  const has = (path, mark) => chunks.get(path.replace(/^static\/chunks\//, ''))?.includes(mark);
  const lists = new Map();
  for (const source of chunks.values())
    for (const list of loaderLists(source))
      if (list.some((p) => has(p, XTERM_MARK))) lists.set(list.join(','), list);
  if (lists.size !== 1)
    throw new Error(
      `playground-preload: expected one live terminal chunk group, found ${lists.size}`,
    );
  return [...lists.values()][0];
}

/** Code points of a CSS unicode-range (`U+AC00-AC5F, U+??`) as [from, to] pairs. */
export function unicodeRanges(range) {
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    if (b !== undefined) return [parseInt(a, 16), parseInt(b, 16)];
    return [parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'F'), 16)];
  });
}

/** The woff2 files of `family` in a stylesheet whose unicode-range covers any of `text`. */
export function fontFilesFor(css, family, text) {
  const points = [...text].map((c) => c.codePointAt(0));
  const files = [];
  for (const [, body] of css.matchAll(/@font-face\{([^}]*)\}/g)) {
    if (!body.includes(`font-family:${family}`) && !body.includes(`font-family:"${family}"`))
      continue;
    const src = /url\(([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:([^;}]+)/.exec(body)?.[1];
    if (!src || !range) continue;
    const ranges = unicodeRanges(range);
    if (points.some((p) => ranges.some(([a, b]) => p >= a && p <= b))) files.push(src);
  }
  return files;
}

/** The hints as [as, href] pairs, site-absolute. */
export function hintsFor(group, chunks, css) {
  const hints = group.map((p) => [p.endsWith('.css') ? 'style' : 'script', `/_next/${p}`]);
  for (const p of group.filter((x) => x.endsWith('.css')))
    for (const file of fontFilesFor(css.get(p) ?? '', 'Nanum Gothic Coding', TERMINAL_SAMPLE))
      hints.push(['font', new URL(file, `http://x/_next/${p}`).pathname]);
  return hints;
}

/**
 * Low priority: the page's own scripts (async, low as well) and its first paint come first; a
 * high-priority script or style would also count as render-blocking in Lighthouse's model.
 */
const linkTag = ([as, href]) =>
  `<link rel="preload" as="${as}" href="${href}" fetchpriority="low"${as === 'font' ? ' type="font/woff2" crossorigin=""' : ''}/>`;

/**
 * The inline script: `window.__layerlabPreload()` adds the hints (once), and it is called at once
 * when the address points at a playground. components/terminal/warm-up.ts calls it when a
 * playground comes near the viewport: a download, with none of the code run before it is needed.
 */
export function conditionalScript(hints) {
  return (
    `<script ${MARKER}="">(function(){var done=false;function preload(){if(done)return;done=true;` +
    `${JSON.stringify(hints)}.forEach(function(h){var l=document.createElement("link");` +
    `l.rel="preload";l.as=h[0];l.href=h[1];l.fetchPriority="low";if(h[0]==="font"){l.type="font/woff2";l.crossOrigin="";}` +
    `document.head.appendChild(l)})}window.__layerlabPreload=preload;` +
    `if(${AT_PLAYGROUND}.test(location.hash))preload()})()</script>`
  );
}

/**
 * The page with the hints early in its <head>, right after <meta charset> (once: a second run
 * changes nothing). The Content-Security-Policy step later puts its <meta> before them, so the
 * policy comes before every script, this one included.
 */
export function withHints(html, hints, always) {
  if (html.includes(MARKER)) return html;
  const tags = always
    ? hints
        .map(linkTag)
        .join('')
        .replace(/<link /g, `<link ${MARKER}="" `)
    : conditionalScript(hints);
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) return html.replace(/<head>/, `<head>${tags}`);
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + tags + html.slice(at);
}

export function run(outDir = 'out') {
  const dir = join(outDir, '_next/static/chunks');
  const read = (ext) =>
    new Map(
      readdirSync(dir)
        .filter((n) => n.endsWith(ext))
        .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
    );
  const scripts = read('.js');
  const group = liveTerminalChunks(scripts);
  const css = new Map([...read('.css')].map(([n, text]) => [`static/chunks/${n}`, text]));
  const hints = hintsFor(group, scripts, css);
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-playground=')) continue;
    const rel = relative(outDir, file).split('\\').join('/');
    writeFileSync(file, withHints(html, hints, ALWAYS.has(rel)));
    pages++;
  }
  console.log(`playground-preload: ${hints.length} hints on ${pages} pages`);
}

if (import.meta.url === `file://${process.argv[1]}`) run(process.argv[2] ?? 'out');
