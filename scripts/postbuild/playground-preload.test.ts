import { describe, expect, it } from 'vitest';
import {
  conditionalScript,
  fontFilesFor,
  hintsFor,
  liveTerminalChunks,
  loaderLists,
  unicodeRanges,
  withHints,
  // @ts-expect-error: plain ESM script without type declarations
} from './playground-preload.mjs';

/** Turbopack's shape: a loader module that loads its chunks in parallel, then the module. */
const loader = (chunks: string[]) =>
  `s.v(t=>Promise.all([${chunks.map((c) => `"static/chunks/${c}"`).join(',')}].map(t=>s.l(t))).then(()=>t(1)))`;

describe('the live terminal chunk group', () => {
  const chunks = new Map([
    ['page.js', loader(['term.css', 'xterm.js', 'sim.js']) + loader(['sim.js', 'layers.js'])],
    ['xterm.js', 'class X{} ".xterm-helper-textarea"'],
    ['sim.js', 'simulation'],
    ['layers.js', 'layer view'],
  ]);

  it('reads every loader list of a script', () => {
    expect(loaderLists(chunks.get('page.js'))).toEqual([
      ['static/chunks/term.css', 'static/chunks/xterm.js', 'static/chunks/sim.js'],
      ['static/chunks/sim.js', 'static/chunks/layers.js'],
    ]);
  });

  it('is the one list with the xterm chunk', () => {
    expect(liveTerminalChunks(chunks)).toEqual([
      'static/chunks/term.css',
      'static/chunks/xterm.js',
      'static/chunks/sim.js',
    ]);
  });

  it('fails loudly when the build has two such lists or none', () => {
    const two = new Map(chunks).set('other.js', loader(['xterm.js']));
    expect(() => liveTerminalChunks(two)).toThrow(/found 2/);
    expect(() => liveTerminalChunks(new Map([['a.js', loader(['b.js'])]]))).toThrow(/found 0/);
  });
});

describe('the terminal font files', () => {
  const css =
    '@font-face{font-family:Nanum Gothic Coding;src:url(../media/latin.woff2)format("woff2");unicode-range:U+??,U+131}' +
    '@font-face{font-family:Nanum Gothic Coding;src:url(../media/ko-119.woff2)format("woff2");unicode-range:U+AC00-AC5F,U+D7A3}' +
    '@font-face{font-family:Nanum Gothic Coding;src:url(../media/ko-2.woff2)format("woff2");unicode-range:U+D723-D728}' +
    '@font-face{font-family:Other;src:url(../media/other.woff2)format("woff2");unicode-range:U+??}';

  it('reads unicode ranges with wildcards', () => {
    expect(unicodeRanges('U+??, U+AC00-AC5F, U+131')).toEqual([
      [0x00, 0xff],
      [0xac00, 0xac5f],
      [0x131, 0x131],
    ]);
  });

  it('are the subsets of that family covering the sample', () => {
    expect(fontFilesFor(css, 'Nanum Gothic Coding', 'a가')).toEqual([
      '../media/latin.woff2',
      '../media/ko-119.woff2',
    ]);
  });

  it('become site-absolute font hints after the chunks', () => {
    const group = ['static/chunks/term.css', 'static/chunks/xterm.js'];
    expect(hintsFor(group, new Map(), new Map([['static/chunks/term.css', css]]))).toEqual([
      ['style', '/_next/static/chunks/term.css'],
      ['script', '/_next/static/chunks/xterm.js'],
      ['font', '/_next/static/media/latin.woff2'],
      ['font', '/_next/static/media/ko-119.woff2'],
    ]);
  });
});

/** Runs the inline script against a fake page at `hash`: the links it added, its window. */
function runScript(hints: string[][], hash: string) {
  const links: Record<string, string>[] = [];
  const window: { __layerlabPreload?: () => void } = {};
  const document = {
    createElement: () => ({}),
    head: { appendChild: (link: Record<string, string>) => links.push(link) },
  };
  const body = conditionalScript(hints).replace(/^<script[^>]*>|<\/script>$/g, '');
  new Function('window', 'document', 'location', body)(window, document, { hash });
  return { links, window };
}

describe('a page with the hints', () => {
  const hints = [['script', '/_next/static/chunks/xterm.js']];
  const html = '<html><head><meta charSet="utf-8"/></head><body></body></html>';

  it('asks for them only when the address points at a playground', () => {
    const page = withHints(html, hints, false);
    expect(page).toContain(`<head><meta charSet="utf-8"/>${conditionalScript(hints)}</head>`);
    expect(runScript(hints, '#playground-x').links).toEqual([
      { rel: 'preload', as: 'script', href: '/_next/static/chunks/xterm.js', fetchPriority: 'low' },
    ]);
    expect(runScript(hints, '').links).toEqual([]);
    expect(runScript(hints, '#setup').links).toEqual([]);
  });

  it('leaves a function that adds them once, for the warm-up near a playground', () => {
    const page = runScript(hints, '');
    page.window.__layerlabPreload!();
    page.window.__layerlabPreload!();
    expect(page.links.map((l) => l.href)).toEqual(['/_next/static/chunks/xterm.js']);
  });

  it('has plain low-priority links where the playground is the first screen', () => {
    expect(withHints(html, hints, true)).toContain(
      '<meta charSet="utf-8"/><link data-playground-preload="" rel="preload" as="script" href="/_next/static/chunks/xterm.js" fetchpriority="low"/></head>',
    );
  });

  it('is left alone by a second run', () => {
    const once = withHints(html, hints, false);
    expect(withHints(once, hints, false)).toBe(once);
  });
});
