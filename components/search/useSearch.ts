/** Runs a Pagefind query as the reader types; only the newest query's results are kept. */
import { useEffect, useState } from 'react';
import { loadPagefind } from './pagefind';
import { toGroups, type SearchGroup } from './results';

export interface SearchState {
  phase: 'idle' | 'loading' | 'done' | 'error';
  groups: SearchGroup[];
}

const MAX_PAGES = 8;
const DEBOUNCE_MS = 120;

export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ phase: 'idle', groups: [] });

  useEffect(() => {
    const term = query.trim();
    let stale = false;
    const timer = setTimeout(
      () => {
        if (term === '') {
          setState({ phase: 'idle', groups: [] });
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
            if (!stale) setState({ phase: 'done', groups: toGroups(pages, term) });
          } catch {
            if (!stale) setState({ phase: 'error', groups: [] });
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
