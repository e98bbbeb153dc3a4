'use client';
/**
 * The header's search button and its shortcuts (`/`, Ctrl-K, ⌘-K). The dialog and Pagefind load
 * only when search first opens (or the pointer comes near the button), so a page's first load
 * carries just this button.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { LoadBoundary } from '@/components/site/LoadBoundary';
import styles from './Search.module.css';

const loadDialog = () => import('./SearchDialog');
// React.lazy, not next/dynamic: the button must not pull next/dynamic into every page's first load.
const SearchDialog = lazy(loadDialog);

/** Where typing belongs to something else: fields, the terminal, the editor. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('.xterm, .monaco-editor, [data-terminal]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether a keydown opens search: `/` outside fields, Ctrl-K or ⌘-K outside terminal and editor. */
export function opensSearch(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.isComposing) return false;
  const modK =
    (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  if (!modK && !slash) return false;
  if (slash) return !isTyping(event.target);
  // Ctrl-K belongs to the shell's line editor (kill to end of line) and to Monaco's chords.
  const target = event.target instanceof HTMLElement ? event.target : null;
  return !target?.closest('.xterm, .monaco-editor, [data-terminal]');
}

export function SearchButton() {
  const [open, setOpen] = useState(false);
  const warm = useCallback(() => {
    void loadDialog().then((m) => m.preloadSearch());
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!opensSearch(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={() => setOpen(true)}
        onPointerEnter={warm}
        onFocus={warm}
        data-testid="search-button"
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className={styles.buttonLabel}>검색</span>
        <kbd className={styles.kbd} aria-hidden="true">
          /
        </kbd>
      </button>
      {open ? (
        <LoadBoundary what="검색">
          <Suspense fallback={null}>
            <SearchDialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
