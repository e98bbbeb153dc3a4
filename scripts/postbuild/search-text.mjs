/**
 * The HTML Pagefind indexes, adjusted where its word splitting loses an English term.
 *
 * Pagefind splits text into words at whitespace only. A word is indexed whole, punctuation
 * removed, and by its pieces between punctuation; a query term matches the start of either. The
 * notes gloss Korean terms in English right after them, `**기록 중 복사**(copy-on-write)를`, so the
 * word is `복사(copy-on-write)를`: indexed as `복사copyonwrite를` and as `복사`, `copy`, `on`,
 * `write`, `를`. The query "copy-on-write" is the one term `copyonwrite`, which starts none of them
 * (the glossary's `copy-on-write,` stands alone and was the only match). Single-word glosses such
 * as `화이트아웃(whiteout)이라는` were found by their piece; compounds (copy-on-write, read-only,
 * /mnt/nfs, 123.txt) were not.
 *
 * The fix is in the copy given to the indexer only: a hair space (U+200A, whitespace to Pagefind,
 * next to invisible in a result's excerpt) between the Korean word and the parenthesis, so the
 * gloss starts a word of its own: `(copy-on-write)를` → `copyonwrite를`, found by prefix. The
 * pages themselves are unchanged.
 */

const HANGUL = '[\\uAC00-\\uD7A3]';
/** Inline tags that may close after the Korean word (`</strong>`) or open inside the parenthesis. */
const CLOSING = '(?:</[a-z]+>)*';
const OPENING = '(?:<[a-z][^>]*>)*';
const GLOSS = new RegExp(`(${HANGUL}${CLOSING})\\((?=${OPENING}[A-Za-z0-9./:_-])`, 'g');

export const HAIR_SPACE = '\u200A';

/** The HTML with a hair space before every parenthesised non-Korean gloss glued to Korean text. */
export function separateGlosses(html) {
  return html.replace(GLOSS, `$1${HAIR_SPACE}(`);
}
