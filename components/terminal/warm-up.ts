/**
 * Starts downloading the live terminal's code (xterm and the simulated machine) as soon as a
 * playground is near the viewport or the address points at one, from the moment this module
 * runs: before React has hydrated the page, whose effects would otherwise start the download
 * only after hydration (hundreds of milliseconds on a long page). Nothing starts a machine here:
 * the playground's own observer still decides when its terminal goes live, and then finds the
 * code loaded. A page without a playground near the viewport downloads nothing more.
 *
 * Near the viewport, on the static build, the download is only a download: the page's inline
 * preload script (scripts/postbuild/playground-preload.mjs) adds `<link rel="preload">` for the
 * chunk group, so no script of it runs (and no stylesheet applies) until the terminal is asked
 * for. When the address points at a playground, or without that script (`next dev`), the code is
 * imported, which also runs it.
 */

/** How far below (or above) the viewport a playground starts its download: one screen. */
export const WARM_MARGIN = '100% 0px';

/** Whether the address leads straight to a playground (its anchor or a share link). */
export function pointsAtPlayground(hash: string): boolean {
  return /^#(playground-|play=)/.test(hash);
}

declare global {
  interface Window {
    /** Added by the build's inline preload script: preloads the live terminal's chunks, once. */
    __layerlabPreload?: () => void;
  }
}

let started = false;

/** Calls `load` once, when a `[data-playground]` comes within a screen of the viewport. */
export function warmUpNearPlaygrounds(load: () => Promise<unknown>): void {
  if (started || typeof window === 'undefined') return;
  /** `run`: import the code (it runs as soon as it arrives), else only download it if possible. */
  const start = (run: boolean) => {
    if (started) return;
    started = true;
    if (!run && window.__layerlabPreload) return window.__layerlabPreload();
    load().catch(() => {
      started = false; // a failed download is retried when the terminal is asked for
    });
  };
  // Its terminal starts at once: its code runs while the page hydrates, not after.
  if (pointsAtPlayground(location.hash)) return start(true);
  if (typeof IntersectionObserver === 'undefined') return;
  const watch = () => {
    const boxes = document.querySelectorAll('[data-playground]');
    if (boxes.length === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        start(false);
      },
      { rootMargin: WARM_MARGIN },
    );
    boxes.forEach((box) => observer.observe(box));
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
}
