/**
 * When a playground's live terminal starts (xterm and the machine: the heaviest work a page does).
 *
 * - At once when the address points at it: its anchor (`#playground-<id>`) or a share link.
 * - When it comes near the viewport as the reader scrolls.
 * - When the reader reaches for it: a pointer over it, a tap, the focus, a key, a "▶ 실행".
 *
 * A playground already in view when the page opens (the free playground's page) waits for the
 * reader to reach for it: the page's first seconds stay free for its own paint and hydration, and
 * keys typed meanwhile are kept (EarlyInput). Its code is downloaded meanwhile (warm-up.ts).
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { markStart } from './start-marks';

export type Phase = 'idle' | 'loading' | 'ready';

/** How far below (or above) the viewport a scrolled-to playground starts. */
const START_MARGIN = '200px 0px';

export function useLivePhase(box: RefObject<HTMLElement | null>, scenario: string) {
  const [phase, setPhase] = useState<Phase>('idle');
  const start = useCallback(() => {
    markStart('start');
    setPhase((p) => (p === 'idle' ? 'loading' : p));
  }, []);
  useStartWhenScrolledTo(box, scenario, start);
  useStartFromShareLink(box, scenario, start);
  useStartIfReachedEarly(box, start);
  return { phase, ready: () => setPhase('ready'), start };
}

/** Whether the address is this playground's own anchor. */
export function anchorsAt(hash: string, scenario: string): boolean {
  return decodeURIComponent(hash) === `#playground-${scenario}`;
}

function useStartWhenScrolledTo(
  box: RefObject<HTMLElement | null>,
  scenario: string,
  start: () => void,
) {
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    if (anchorsAt(location.hash, scenario)) return start();
    if (typeof IntersectionObserver === 'undefined') return;
    // The first report says where the playground was when the page opened.
    let outside = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return void (outside = true);
        if (!outside) return;
        observer.disconnect();
        start();
      },
      { rootMargin: START_MARGIN },
    );
    // The section, not the box: until the terminal starts, the section's content may be skipped
    // (content-visibility, app/globals.css) and a skipped box has no place to report.
    observer.observe(el.closest('[data-playground]') ?? el);
    return () => observer.disconnect();
  }, [box, scenario, start]);
}

/**
 * The reader reached for it before the page had hydrated (its scripts come after the first
 * paint: scripts/postbuild/paint-first.mjs): the pointer is over it already, or the focus is in
 * it. Those events came before any handler; the state they left is still there.
 */
function useStartIfReachedEarly(box: RefObject<HTMLElement | null>, start: () => void) {
  useEffect(() => {
    const el = box.current;
    if (el && (el.matches(':hover') || el.contains(document.activeElement))) start();
  }, [box, start]);
}

/** A share link for this playground: start it at once and bring it into view. */
function useStartFromShareLink(
  box: RefObject<HTMLElement | null>,
  scenario: string,
  start: () => void,
) {
  useEffect(() => {
    if (!location.hash.startsWith('#play=')) return;
    void import('@/lib/playground/share').then(({ decodeShare }) => {
      if (decodeShare(location.hash)?.scenario !== scenario) return;
      box.current?.scrollIntoView({ block: 'center' });
      start();
    });
  }, [box, scenario, start]);
}
