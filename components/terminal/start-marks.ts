/**
 * User Timing marks of the terminal's start (`terminal:start` when it is asked for, then
 * `terminal:mount` … `terminal:wired` from mount.ts), the first terminal's only: `npm run
 * measure` reports them (scripts/measure-playground.mjs). A module of its own: the page's first
 * load imports it, the terminal's lazy chunk too.
 */
export function markStart(step: string): void {
  const name = `terminal:${step}`;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
