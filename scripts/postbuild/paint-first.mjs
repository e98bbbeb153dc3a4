/**
 * Post-build step: the text first, then the page's scripts (issue 17).
 *
 * Next writes each page's scripts as `<script src async>` tags in its <head>, and a
 * `<link rel="preload" as="script">` for one of them. On a fast connection they arrive with the
 * stylesheets, and Chromium evaluates them before it has shown the page: the framework's script
 * time sits in front of the first paint, and on a slow phone its 155 KB share the line with the
 * stylesheets and the font the text needs. Nothing on a page needs its scripts to be read: the
 * notes are HTML, and the interactive parts (search, the playgrounds) are asked for later.
 *
 * So this step takes those tags out and puts one small inline script in their place, early in the
 * <head>, that adds the same scripts (async, as before) when the page's first contentful paint is
 * reported, and at once when
 * - the address points at a playground (`#playground-…`, `#play=…`): the reader came for the
 *   terminal, and it needs the scripts as early as possible (`npm run measure`);
 * - the page is not visible (opened in a background tab: there is no paint to wait for);
 * - the browser does not report paints (then after the first animation frame).
 * A timer adds them after 3 s whatever happens, so a page can never stay without them.
 *
 * Until the page has hydrated, a click on a button (search, the theme, "▶ 실행") and the search
 * keys (`/`, Ctrl-K, ⌘-K outside fields) would do nothing, and on a slow phone that is a second
 * or more after the text shows. The loader keeps them and does them again once React has
 * hydrated the page: components/site/EarlyEvents.tsx calls `window.__layerlabHydrated()`. A button
 * React already owns is left to React, so nothing happens twice.
 *
 * The `noModule` polyfill tag stays as it is (modern browsers skip it). The list of scripts is
 * also kept as JSON in the tag's data attribute, for `npm run size` (scriptSources there).
 * Runs before the Content-Security-Policy step, which hashes this script like any other.
 *
 *   node scripts/postbuild/paint-first.mjs [out]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './html-files.mjs';
import { AT_PLAYGROUND } from './playground-preload.mjs';

export const MARKER = 'data-paint-first';
const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;
const BACKSTOP_MS = 3000;

/**
 * Keeps clicks on buttons and the search keys until `window.__layerlabHydrated()`, then does them
 * again: `button.click()`, or the same keydown on the body. A button with React's props on it is
 * hydrated already: its click is React's. The terminal's box keeps its own early keys.
 */
export const EARLY_EVENTS =
  `var early=[];function own(t){return !t||!t.closest||` +
  `t.closest("input,textarea,select,[contenteditable],.xterm,.monaco-editor,[data-terminal]")}` +
  `function click(e){var b=e.target&&e.target.closest&&e.target.closest("button");` +
  `if(!b||b.disabled||b.closest("[data-terminal]"))return;` +
  `for(var k in b)if(k.indexOf("__reactProps")===0)return;` +
  `early.push(function(){if(b.isConnected)b.click()})}` +
  `function key(e){var k=e.key,mod=e.ctrlKey||e.metaKey;if(e.altKey||e.isComposing||own(e.target))return;` +
  `if(!(k==="/"&&!mod)&&!(mod&&!e.shiftKey&&(k==="k"||k==="K")))return;e.preventDefault();` +
  `var init={key:k,ctrlKey:e.ctrlKey,metaKey:e.metaKey,bubbles:true,cancelable:true};` +
  `early.push(function(){document.body.dispatchEvent(new KeyboardEvent("keydown",init))})}` +
  `addEventListener("click",click,true);addEventListener("keydown",key,true);` +
  `window.__layerlabHydrated=function(){removeEventListener("click",click,true);` +
  `removeEventListener("keydown",key,true);var l=early;early=[];l.forEach(function(f){f()})};`;

/** The inline loader for `sources` (site-absolute script URLs, in page order). */
export function loaderScript(sources) {
  const list = JSON.stringify(sources);
  const attr = list.replace(/"/g, '&quot;');
  return (
    `<script ${MARKER}="${attr}">(function(){${EARLY_EVENTS}var done=false;function load(){if(done)return;done=true;` +
    `${list}.forEach(function(src){var s=document.createElement("script");s.src=src;s.async=true;` +
    `document.head.appendChild(s)})}` +
    `if(${AT_PLAYGROUND}.test(location.hash)||document.visibilityState!=="visible")return load();` +
    `setTimeout(load,${BACKSTOP_MS});` +
    `var P=window.PerformanceObserver;` +
    `if(!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf("paint")<0)` +
    `return requestAnimationFrame(function(){setTimeout(load,0)});` +
    `new P(function(list){if(list.getEntriesByName("first-contentful-paint").length)load()})` +
    `.observe({type:"paint",buffered:true})})()</script>`
  );
}

/** The script URLs a loader of this step adds (none when the page has no loader). */
export function deferredSources(html) {
  const attr = new RegExp(`<script ${MARKER}="([^"]*)"`).exec(html)?.[1];
  return attr ? JSON.parse(attr.replace(/&quot;/g, '"')) : [];
}

/**
 * The page with its async scripts moved into the loader, right after <meta charset> (the policy's
 * <meta> comes before it later). Unchanged when it has no async scripts or already has a loader.
 */
export function paintFirst(html) {
  if (html.includes(MARKER)) return html;
  const sources = [...html.matchAll(ASYNC_SCRIPT)].map((m) => m[1]);
  if (sources.length === 0) return html;
  const rest = html.replace(ASYNC_SCRIPT, '').replace(SCRIPT_PRELOAD, '');
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(rest);
  if (!charset) throw new Error('paint-first: page has no <meta charset>');
  const at = charset.index + charset[0].length;
  return rest.slice(0, at) + loaderScript(sources) + rest.slice(at);
}

export function run(outDir = 'out') {
  let pages = 0;
  let scripts = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const next = paintFirst(html);
    if (next === html) continue;
    writeFileSync(file, next);
    pages++;
    scripts = Math.max(scripts, deferredSources(next).length);
  }
  return `${pages} pages, up to ${scripts} scripts each`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run(process.argv[2] ?? 'out'));
