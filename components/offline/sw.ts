/**
 * The service worker (bundled to out/sw.js by scripts/postbuild/service-worker.mjs, never part
 * of `next dev`). Serwist precaches the whole static export from a manifest of content hashes,
 * so after one visit every page, its terminal, editor and exercises work offline.
 *
 * Updates: a new deploy's worker installs its files beside the old ones and then waits; the old
 * worker keeps serving the old set to the open pages, so nothing mixes. The page offers a reload
 * (components/offline/ServiceWorkerUpdate.tsx); on its word (`SKIP_WAITING`) the new worker takes
 * over, deletes the old files and every open page reloads onto the new set.
 */
import { Route, Serwist, type PrecacheEntry } from 'serwist';

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[]; location: Location };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // No file of the export depends on a query: Next's router adds a cache-busting `_rsc`, the
    // icon link a version (`icon.svg?icon.<hash>.svg`). The precache answers without them.
    ignoreURLParametersMatching: [/.*/],
    concurrency: 4,
  },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
});

/** The precached copy of a same-origin URL (a folder's index.html), or undefined. */
function precached(url: URL): Promise<Response | undefined> {
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return serwist.matchPrecache(path);
}

// Next's router checks a page with a HEAD request before it prefetches it; the precache only
// answers GET. Offline, the precached copy's status and headers answer it.
serwist.registerRoute(
  new Route(
    ({ url }) => url.origin === self.location.origin,
    async ({ request, url }) => {
      const copy = await precached(url);
      if (copy) return new Response(null, { status: copy.status, headers: copy.headers });
      return fetch(request);
    },
    'HEAD',
  ),
);

serwist.addEventListeners();
