/**
 * Registers the service worker (out/sw.js, see components/offline/sw.ts) and reports a new
 * version. Browser-only; called from ServiceWorkerUpdate in production builds, never in
 * `next dev` (there is no sw.js there).
 *
 * Registration waits for the page's load event and an idle moment: the worker then downloads
 * the whole site for offline use, which must not compete with the page's own first load.
 */

export const SW_URL = '/sw.js';

/** Sends the waiting worker the word to take over (Serwist listens for it). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** Runs `fn` after the load event, when the browser is idle (or after `timeout` ms at most). */
export function afterLoadAndIdle(fn: () => void, timeout = 4000): void {
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(fn, { timeout })
      : window.setTimeout(fn, 1000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/**
 * Registers the worker. `onUpdate(apply)` is called when a new version is installed and waiting
 * while this page runs the old one; `apply()` hands over to it. When a new version takes control
 * of this page (from here or another tab), the page reloads onto it: an old page never keeps
 * running beside the new set of files. The first install takes control without a reload.
 */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  const container = navigator.serviceWorker;
  let controlled = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      window.location.reload();
    }
    controlled = container.controller !== null;
  });
  const offer = (worker: ServiceWorker) => onUpdate(() => worker.postMessage(SKIP_WAITING));
  const watch = (registration: ServiceWorkerRegistration) => {
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const next = registration.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && container.controller) offer(next);
      });
    });
  };
  container
    .register(SW_URL, { scope: '/' })
    .then(watch)
    .catch(() => {
      // No worker (private mode, a host without HTTPS): the site works online as before.
    });
}
