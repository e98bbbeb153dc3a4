'use client';
/**
 * Tells the page's inline loader (scripts/postbuild/paint-first.mjs) that React has hydrated the
 * page, so it does again the clicks and search keys it kept meanwhile. Last in <body>: its effect
 * runs after every other component's, when their handlers are in place.
 */
import { useEffect } from 'react';

declare global {
  interface Window {
    /** Added by the build's inline loader: replays the early clicks and keys, once. */
    __layerlabHydrated?: () => void;
  }
}

export function EarlyEvents() {
  useEffect(() => {
    window.__layerlabHydrated?.();
  }, []);
  return null;
}
