import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { deferredSources, loaderScript, paintFirst } from './paint-first.mjs';

/** The shape of a page as Next writes it (trimmed). */
const page =
  '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>' +
  '<script src="/_next/static/chunks/w.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-r.js" async=""></script>' +
  '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
  '</head><body><p>본문</p><script>self.__next_f.push([1,"x"])</script></body></html>';

describe('paint first', () => {
  const after = paintFirst(page);

  it('takes the async script tags and the script preload out of the page', () => {
    expect(after).not.toContain('async=""');
    expect(after).not.toContain('rel="preload" as="script"');
  });

  it('puts one loader for the same scripts, in order, right after <meta charset>', () => {
    expect(after).toContain(`<meta charset="utf-8"/>${loaderScript(deferredSources(after))}`);
    expect(deferredSources(after)).toEqual([
      '/_next/static/chunks/w.js',
      '/_next/static/chunks/turbopack-r.js',
    ]);
  });

  it('keeps everything else: the stylesheet, the noModule tag, the inline flight data', () => {
    expect(after).toContain('href="/_next/static/chunks/a.css"');
    expect(after).toContain('<script src="/_next/static/chunks/p.js" noModule=""></script>');
    expect(after).toContain('self.__next_f.push([1,"x"])');
  });

  it('changes nothing the second time, nor on a page without scripts', () => {
    expect(paintFirst(after)).toBe(after);
    const bare = '<html><head><meta charset="utf-8"/></head><body></body></html>';
    expect(paintFirst(bare)).toBe(bare);
    expect(deferredSources(bare)).toEqual([]);
  });

  it('refuses a page it cannot place the loader in', () => {
    expect(() => paintFirst(page.replace('<meta charset="utf-8"/>', ''))).toThrow(/charset/);
  });
});

/** Runs the loader's body in a fake window and returns the scripts it added. */
function runLoader(env: { hash?: string; visibility?: string; paintTiming?: boolean }): {
  added: string[];
  paint: () => void;
  frame: () => void;
  timers: (() => void)[];
} {
  const added: string[] = [];
  const timers: (() => void)[] = [];
  let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
  let frame: (() => void) | null = null;
  const document = {
    visibilityState: env.visibility ?? 'visible',
    createElement: () => ({}) as { src?: string },
    head: { appendChild: (s: { src: string }) => added.push(s.src) },
  };
  class PerformanceObserver {
    static supportedEntryTypes = env.paintTiming === false ? ['mark'] : ['paint', 'mark'];
    constructor(cb: typeof observer) {
      observer = cb;
    }
    observe() {}
  }
  const body =
    /<script [^>]*>([\s\S]*)<\/script>/.exec(loaderScript(['/a.js', '/b.js']))?.[1] ?? '';
  new Function('window', 'document', 'location', 'setTimeout', 'requestAnimationFrame', body)(
    { PerformanceObserver },
    document,
    { hash: env.hash ?? '' },
    (f: () => void) => timers.push(f),
    (f: () => void) => (frame = f),
  );
  return {
    added,
    paint: () =>
      observer?.({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [1] : []) }),
    frame: () => frame?.(),
    timers,
  };
}

describe('the loader', () => {
  it('waits for the first contentful paint, then adds every script once', () => {
    const run = runLoader({});
    expect(run.added).toEqual([]);
    run.paint();
    expect(run.added).toEqual(['/a.js', '/b.js']);
    run.paint();
    run.timers.forEach((t) => t());
    expect(run.added).toEqual(['/a.js', '/b.js']);
  });

  it('adds them at once for a playground address or a hidden page', () => {
    expect(runLoader({ hash: '#playground-writable-layer-lifetime' }).added).toHaveLength(2);
    expect(runLoader({ hash: '#play=abc' }).added).toHaveLength(2);
    expect(runLoader({ visibility: 'hidden' }).added).toHaveLength(2);
    expect(runLoader({ hash: '#copy-on-write' }).added).toHaveLength(0);
  });

  it('falls back to the first frame without paint timing, and to a timer in any case', () => {
    const old = runLoader({ paintTiming: false });
    expect(old.added).toEqual([]);
    old.frame();
    old.timers.forEach((t) => t());
    expect(old.added).toEqual(['/a.js', '/b.js']);
    const never = runLoader({});
    never.timers.forEach((t) => t());
    expect(never.added).toEqual(['/a.js', '/b.js']);
  });
});
