/**
 * The pane's history and where it goes after a command: pure, so it is tested alone
 * (visits.test.ts). Addresses are lib/machine's; nothing here touches the DOM.
 */
import type { Address, PublishedPort } from '@/lib/machine';

/** How a load moves through the history: a new entry, or the current one again. */
export type Move = 'push' | 'replace';

/** The pages visited, oldest first, and the one shown. */
export interface Visits {
  entries: Address[];
  index: number;
}

export const NO_VISITS: Visits = { entries: [], index: -1 };

/** Host names that mean this machine: a page there is served by a published port. */
export const LOCAL = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

export const home = (port: number): Address => ({
  scheme: 'http',
  host: 'localhost',
  port,
  path: '/',
});

export function currentOf(visits: Visits): Address | undefined {
  return visits.entries[visits.index];
}

/** The history once `address` has loaded: a new entry after the shown one, or in its place. */
export function visited(visits: Visits, address: Address, move: Move): Visits {
  if (move === 'push' || visits.index < 0) {
    const entries = [...visits.entries.slice(0, visits.index + 1), address];
    return { entries, index: entries.length - 1 };
  }
  const entries = [...visits.entries];
  entries[visits.index] = address;
  return { entries, index: visits.index };
}

/** One step back, or null at the first page. */
export function backOf(visits: Visits): Visits | null {
  return visits.index > 0 ? { entries: visits.entries, index: visits.index - 1 } : null;
}

/**
 * What to load after a command: the first published port's home when nothing is shown or the
 * shown local page's port is no longer published, else the shown page again; null: nothing.
 */
export function afterCommand(
  current: Address | undefined,
  published: readonly PublishedPort[],
): { to: Address; move: Move } | null {
  const gone =
    current && LOCAL.has(current.host) && !published.some((p) => p.port === current.port);
  if (published[0] && (!current || gone)) return { to: home(published[0].port), move: 'push' };
  if (current) return { to: current, move: 'replace' };
  return null;
}

/** The published port serving the page at `here`, if it is a local one. */
export function servingPort(
  here: Address | null,
  ports: readonly PublishedPort[],
): PublishedPort | undefined {
  if (!here || !LOCAL.has(here.host)) return undefined;
  return ports.find((p) => p.port === here.port);
}
