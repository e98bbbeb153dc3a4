/**
 * The browser's side of a playground's save on idle (lib/playground's SaveWriter): when the
 * browser is idle, and at once when the page is hidden or left with a save still waiting.
 */
import type { IdleScheduler, PlaygroundController } from '@/lib/playground';

/** A waiting save is written within this long even on a page that never goes idle. */
export const SAVE_IDLE_TIMEOUT_MS = 1000;

/** requestIdleCallback with a bound (a timer where the browser has none). */
export const browserIdle: IdleScheduler = (fn) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => fn(), { timeout: SAVE_IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fn, SAVE_IDLE_TIMEOUT_MS / 4);
  return () => window.clearTimeout(handle);
};

/**
 * Writes `controller`'s waiting save when the page is hidden (another tab, the phone locked) or
 * left (reload, close, navigation); flushSave does nothing when no save waits. Returns the
 * removal, which also writes a waiting save (the playground leaves the page).
 */
export function flushSaveWhenHidden(controller: PlaygroundController): () => void {
  const flush = () => controller.flushSave();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
    flush();
  };
}
