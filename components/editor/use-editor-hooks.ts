/**
 * The open editor's ties to the page: the narrow-screen editor choice, the first focus, a
 * re-read when the window comes back, and the save of modified tabs before Enter runs a line.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { PlaygroundController } from '@/lib/playground';
import { tabId } from './Tabs';

/** Narrow or touch screens get the plain textarea; Monaco is never loaded there. */
const LIGHT_QUERY = '(max-width: 640px), (pointer: coarse)';

export function useLightEditor(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(LIGHT_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(LIGHT_QUERY).matches,
    () => true,
  );
}

/** The first tab takes the focus when the panel first appears, if asked. */
export function useFirstFocus(id: string, autoFocus: boolean): void {
  useEffect(() => {
    if (autoFocus) document.getElementById(tabId(id, 0))?.focus();
    // Only when the panel first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/** Back from another window or tab: an unmodified file may have changed meanwhile. */
export function useRefreshOnFocus(refreshActive: () => void): void {
  const latest = useRef(refreshActive);
  useEffect(() => {
    latest.current = refreshActive;
  });
  useEffect(() => {
    const onFocus = () => latest.current();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
}

/** Enter in this playground's terminal: `saveAll` runs before the line does. */
export function useBeforeEnter(controller: PlaygroundController, saveAll: () => void): void {
  const latest = useRef(saveAll);
  useEffect(() => {
    latest.current = saveAll;
  });
  useEffect(() => controller.onBeforeEnter(() => latest.current()), [controller]);
}
