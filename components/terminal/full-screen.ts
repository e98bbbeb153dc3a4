/**
 * The playground's full-screen mode: the whole playground (terminal, toolbar, goals) covers the
 * window, so Docker's tables fit (120+ columns at 1280 px). The choice is remembered: a terminal
 * the learner starts later opens the same way.
 */
import { useEffect, useState, type RefObject } from 'react';

export const FULL_SCREEN_KEY = 'layerlab:terminal:full-screen';

function remembered(): boolean {
  try {
    return window.localStorage.getItem(FULL_SCREEN_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(FULL_SCREEN_KEY, '1');
    else window.localStorage.removeItem(FULL_SCREEN_KEY);
  } catch {
    // Blocked storage: the mode just isn't remembered.
  }
}

/** `box` is inside the playground's [data-playground] element, which gets [data-full-screen]. */
export function useFullScreen(box: RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const playground = box.current?.closest('[data-playground]');
    playground?.toggleAttribute('data-full-screen', on);
    return () => playground?.removeAttribute('data-full-screen');
  }, [box, on]);
  return {
    on,
    /** The learner's toggle (remembered). */
    set(next: boolean) {
      setOn(next);
      remember(next);
    },
    /** The learner started this terminal: open it as they last chose. */
    restore() {
      if (remembered()) setOn(true);
    },
  };
}
