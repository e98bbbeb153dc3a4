/**
 * Turns Pagefind's results into what the search dialog lists: one group per page (its title),
 * under it the subsections that match best (heading and excerpt), best first.
 */
import type { PagefindResultData, PagefindSubResult } from './pagefind';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  /** Where Enter or a click goes: the page, with the subsection's anchor. */
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

export interface SearchGroup {
  url: string;
  title: string;
  hits: SearchHit[];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Pagefind's excerpt as plain text runs, the matched words marked (no HTML is ever injected). */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    const mark = piece.startsWith('<mark>');
    const text = decode(mark ? piece.slice(6, -7) : piece.replace(/<[^>]*>/g, ''));
    if (text !== '') parts.push({ text, mark });
  });
  return parts;
}

/** Lower-case words of a text, split at anything but letters and digits: "복사(copy-on-write)라는" → 복사, copy, on, write, 라는. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface Token {
  location: number;
  token: string;
}

/** The matched words of a subsection as tokens, each with the word position it came from. */
function matchedTokens(locations: number[], words: string[]): Token[] {
  return [...new Set(locations)]
    .sort((a, b) => a - b)
    .flatMap((location) => tokens(words[location] ?? '').map((token) => ({ location, token })));
}

/** A query term and the whitespace-separated query word it came from ("bind mount": 0, 1). */
export interface QueryTerm {
  token: string;
  word: number;
}

export function queryTerms(query: string): QueryTerm[] {
  return query.split(/\s+/).flatMap((text, word) => tokens(text).map((token) => ({ token, word })));
}

/**
 * For each matched token, the longest run of query terms that starts there, in order and
 * adjacent; and the longest run that is also split into words as the query is ("bind mount"
 * as two words, not the one word of a path such as diamol/ch06-bind-mount; "copy-on-write" as one).
 */
function runs(found: Token[], terms: QueryTerm[]): Array<{ any: number; exact: number }> {
  return found.map((_, i) => {
    let any = 0;
    let exact = 0;
    for (let j = 0; j < terms.length; j++) {
      let k = 0;
      let same = 0;
      while (
        i + k < found.length &&
        j + k < terms.length &&
        found[i + k]!.token.startsWith(terms[j + k]!.token) &&
        (k === 0 || found[i + k]!.location - found[i + k - 1]!.location <= 1)
      ) {
        const step = k === 0 ? 0 : found[i + k]!.location - found[i + k - 1]!.location;
        const wanted = k === 0 ? 0 : terms[j + k]!.word - terms[j + k - 1]!.word;
        if (same === k && step === wanted) same++;
        k++;
      }
      any = Math.max(any, k);
      exact = Math.max(exact, same);
    }
    return { any, exact };
  });
}

/** How many query terms start a word of the subsection's anchor (#copy-on-write, #tmpfs-mounts). */
function anchorTerms(sub: PagefindSubResult, terms: QueryTerm[]): number {
  const id = tokens(sub.anchor?.id ?? sub.url.split('#')[1] ?? '');
  return terms.filter((t) => id.some((w) => w.startsWith(t.token))).length;
}

/**
 * How well a subsection answers the query, compared item by item: the longest run of the query's
 * words in order and split as the query is (a phrase beats scattered words), then in order at
 * all, how many query words its anchor has (the subsection named after the term), how many
 * different query words it has, how often that longest run occurs, how many matches in all.
 */
export function relevance(sub: PagefindSubResult, words: string[], terms: QueryTerm[]): number[] {
  const found = matchedTokens(sub.locations, words);
  const distinct = terms.filter((t) => found.some((f) => f.token.startsWith(t.token))).length;
  const lengths = runs(found, terms);
  const exact = Math.max(0, ...lengths.map((r) => r.exact));
  const longest = Math.max(0, ...lengths.map((r) => r.any));
  const often = lengths.filter((r) => r.any === longest).length;
  return [exact, longest, anchorTerms(sub, terms), distinct, often, sub.locations.length];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] ?? 0) - (a[i] ?? 0);
  return 0;
}

export function toGroups(
  pages: PagefindResultData[],
  query: string,
  maxPerPage = 3,
): SearchGroup[] {
  const terms = queryTerms(query);
  const groups = pages.map((page) => {
    const title = page.meta.title ?? page.url;
    const words = page.content.split(/\s+/);
    // A sub-result per heading with an id; text before the first one comes under the page title.
    const chosen = page.sub_results
      .map((sub, order) => ({ sub, score: [...relevance(sub, words, terms), -order] }))
      .sort((a, b) => compare(a.score, b.score))
      .slice(0, maxPerPage)
      .map(({ sub }) => sub);
    const hits =
      chosen.length > 0
        ? chosen.map((s) => ({ url: s.url, title: s.title, excerpt: excerptParts(s.excerpt) }))
        : [{ url: page.url, title, excerpt: excerptParts(page.excerpt) }];
    return { url: page.url, title, hits };
  });
  // The pages that teach come first; the glossary and the references point back to them.
  return groups
    .map((group, order) => ({ group, order, lookup: LOOKUP_PAGES.test(group.url) ? 1 : 0 }))
    .sort((a, b) => a.lookup - b.lookup || a.order - b.order)
    .map(({ group }) => group);
}

/** Reference pages: found, but after the subsections that teach the same words. */
const LOOKUP_PAGES = /^\/(glossary|references)\/?$/;
