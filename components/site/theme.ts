/** localStorage key of the reader's explicit theme choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'layerlab-theme';

/**
 * Runs inline in <head>, before first paint, so a dark-mode reader never sees a white flash.
 * Kept as a string because it must run before any bundle loads.
 */
export const themeInitScript = `(function(){var d=document.documentElement;try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t}catch(e){d.dataset.theme='light'}})();`;

/** Calls `fn` whenever the page's theme (html[data-theme]) changes; returns the unsubscribe. */
export function onThemeChange(fn: () => void): () => void {
  const observer = new MutationObserver(fn);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
