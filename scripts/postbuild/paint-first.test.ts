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
function runLoader(env: { hash?: string; visibility?: string; paintTiming?: boolean }) {
  const added: string[] = [];
  const dispatched: unknown[] = [];
  const timers: (() => void)[] = [];
  const listeners = new Map<string, (e: unknown) => void>();
  let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
  let frame: (() => void) | null = null;
  const document = {
    visibilityState: env.visibility ?? 'visible',
    createElement: () => ({}) as { src?: string },
    head: { appendChild: (s: { src: string }) => added.push(s.src) },
    body: { dispatchEvent: (e: unknown) => dispatched.push(e) },
  };
  class PerformanceObserver {
    static supportedEntryTypes = env.paintTiming === false ? ['mark'] : ['paint', 'mark'];
    constructor(cb: typeof observer) {
      observer = cb;
    }
    observe() {}
  }
  class KeyboardEvent {
    constructor(
      readonly type: string,
      readonly init: object,
    ) {}
  }
  const window: Record<string, unknown> = { PerformanceObserver };
  const body =
    /<script [^>]*>([\s\S]*)<\/script>/.exec(loaderScript(['/a.js', '/b.js']))?.[1] ?? '';
  const globals = {
    window,
    document,
    location: { hash: env.hash ?? '' },
    setTimeout: (f: () => void) => timers.push(f),
    requestAnimationFrame: (f: () => void) => (frame = f),
    addEventListener: (type: string, f: (e: unknown) => void) => listeners.set(type, f),
    removeEventListener: (type: string) => listeners.delete(type),
    KeyboardEvent,
  };
  new Function(...Object.keys(globals), body)(...Object.values(globals));
  return {
    window,
    listeners,
    dispatched,
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

/** A button as the loader sees it: `closest` finds itself, `click` counts. */
function fakeButton(hydrated = false) {
  const button: Record<string, unknown> & { clicks: number } = {
    clicks: 0,
    disabled: false,
    isConnected: true,
    closest: (selector: string) => (selector === 'button' ? button : null),
    click: () => button.clicks++,
  };
  if (hydrated) button.__reactProps$abc = {};
  return button;
}

const hydrated = (run: ReturnType<typeof runLoader>) =>
  (run.window.__layerlabHydrated as () => void)();

describe('early clicks and keys', () => {
  it('does a click on a button again once the page has hydrated, once', () => {
    const run = runLoader({});
    const button = fakeButton();
    run.listeners.get('click')?.({ target: button });
    expect(button.clicks).toBe(0);
    hydrated(run);
    expect(button.clicks).toBe(1);
    expect(run.listeners.has('click')).toBe(false);
    hydrated(run);
    expect(button.clicks).toBe(1);
  });

  it('leaves a button React already owns to React', () => {
    const run = runLoader({});
    const button = fakeButton(true);
    run.listeners.get('click')?.({ target: button });
    hydrated(run);
    expect(button.clicks).toBe(0);
  });

  it('keeps `/` and Ctrl-K outside fields, and lets every other key go', () => {
    const run = runLoader({});
    const page = { closest: () => null };
    const field = { closest: () => ({}) };
    let prevented = 0;
    const key = (key: string, target: object, ctrlKey = false) =>
      run.listeners.get('keydown')?.({
        key,
        ctrlKey,
        metaKey: false,
        target,
        preventDefault: () => prevented++,
      });
    key('/', page);
    key('k', page, true);
    key('/', field);
    key('a', page);
    expect(prevented).toBe(2);
    hydrated(run);
    expect(run.dispatched).toEqual([
      expect.objectContaining({ type: 'keydown', init: expect.objectContaining({ key: '/' }) }),
      expect.objectContaining({
        type: 'keydown',
        init: expect.objectContaining({ key: 'k', ctrlKey: true }),
      }),
    ]);
  });
});
