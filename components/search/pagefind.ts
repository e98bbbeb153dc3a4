/**
 * Pagefind's browser library (written to out/pagefind/ by scripts/postbuild/search-index.mjs),
 * loaded the first time search opens: it is a file of the site, not part of the bundle, so a
 * page's first load carries none of it.
 */

export interface PagefindSubResult {
  title: string;
  /** Page URL with the heading's anchor: `/container-state/#copy-on-write`. */
  url: string;
  /** Text with the matched words in <mark>; everything else HTML-escaped by Pagefind. */
  excerpt: string;
  /** Word positions of the matches inside this subsection. */
  locations: number[];
  anchor?: { element: string; id: string };
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text; `locations` index its whitespace-separated words. */
  content: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | null = null;

/** The one Pagefind instance; a failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url: string = PAGEFIND_URL;
    const pagefind = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ url
    )) as Pagefind;
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
