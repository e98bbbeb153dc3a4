/** Runs a Pagefind query as the reader types; only the newest query's results are kept. */
import { useEffect, useState } from 'react';
import { loadPagefind } from './pagefind';
import { toGroups, type SearchGroup } from './results';

export interface SearchState {
  phase: 'idle' | 'loading' | 'done' | 'error';
  /** The query these results answer (the box may already hold a newer one). */
  query: string;
  groups: SearchGroup[];
}

const MAX_PAGES = 8;
const DEBOUNCE_MS = 120;

export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ phase: 'idle', query: '', groups: [] });

  useEffect(() => {
    const term = query.trim();
    let stale = false;
    const timer = setTimeout(
      () => {
        if (term === '') {
          setState({ phase: 'idle', query: '', groups: [] });
          return;
        }
        setState((s) => ({ ...s, phase: 'loading' }));
        void (async () => {
          try {
            const pagefind = await loadPagefind();
            const found = await pagefind.search(term);
            const pages = await Promise.all(
              (found?.results ?? []).slice(0, MAX_PAGES).map((r) => r.data()),
            );
            if (!stale) setState({ phase: 'done', query: term, groups: toGroups(pages, term) });
          } catch {
            if (!stale) setState({ phase: 'error', query: term, groups: [] });
          }
        })();
      },
      term === '' ? 0 : DEBOUNCE_MS,
    );
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  return state;
}
