/**
 * Starts downloading the live terminal's code (xterm and the simulated machine) as soon as a
 * playground is near the viewport or the address points at one, from the moment this module
 * runs: before React has hydrated the page, whose effects would otherwise start the download
 * only after hydration (hundreds of milliseconds on a long page). Nothing starts a machine here:
 * the playground's own observer still decides when its terminal goes live, and then finds the
 * code loaded. A page without a playground near the viewport downloads nothing more.
 */

/** How far below (or above) the viewport a playground starts its download: one screen. */
export const WARM_MARGIN = '100% 0px';

/** Whether the address leads straight to a playground (its anchor or a share link). */
export function pointsAtPlayground(hash: string): boolean {
  return /^#(playground-|play=)/.test(hash);
}

let started = false;

/** Calls `load` once, when a `[data-playground]` comes within a screen of the viewport. */
export function warmUpNearPlaygrounds(load: () => Promise<unknown>): void {
  if (started || typeof window === 'undefined') return;
  const start = () => {
    if (started) return;
    started = true;
    load().catch(() => {
      started = false; // a failed download is retried when the terminal is asked for
    });
  };
  if (pointsAtPlayground(location.hash)) return start();
  if (typeof IntersectionObserver === 'undefined') return;
  const watch = () => {
    const boxes = document.querySelectorAll('[data-playground]');
    if (boxes.length === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      { rootMargin: WARM_MARGIN },
    );
    boxes.forEach((box) => observer.observe(box));
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
}
