/** Pure helpers of the line editor: words, history entries, reverse search, completion. */

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Start of the whitespace-delimited word before the cursor (Ctrl-W, unix-word-rubout). */
export function ruboutStart(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && isSpace(chars[i - 1])) i--;
  while (i > 0 && !isSpace(chars[i - 1])) i--;
  return i;
}

/** Alt-B / Ctrl-←: start of the alphanumeric word before the cursor. */
export function wordLeft(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** Alt-F / Ctrl-→: end of the alphanumeric word after the cursor. */
export function wordRight(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/**
 * A history entry as one editable line, joined as bash's cmdhist joins a multi-line command:
 * `; ` where the newline ended a command, a space after words and operators that expect more
 * (`do`, `then`, `{`, `|`, `&&`, `case … in`, `;;`). Here-document bodies cannot be one line;
 * such entries keep spaces (a known limit: recalled, they wait for the delimiter again).
 */
export function historyLine(entry: string): string {
  const text = entry.replace(/\\\n/g, '');
  if (/<<-?\s*['"\\]?\w/.test(text)) return text.replace(/\n/g, ' ');
  let joined = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && quote !== "'") {
      joined += ch + (text[++i] ?? '');
      continue;
    }
    if (quote === null && (ch === "'" || ch === '"')) quote = ch;
    else if (ch === quote) quote = null;
    if (ch !== '\n') joined += ch;
    // A newline inside quotes is part of the string; outside, it ended a line of the command.
    else if (quote !== null) joined += ' ';
    else joined = joined.trimEnd() + (continues(joined) || joined.trim() === '' ? ' ' : '; ');
  }
  return joined.trim();
}

const CONTINUES = /(\b(do|then|else|in)|[|&({;])$/;

function continues(text: string): boolean {
  const end = text.trimEnd();
  if (CONTINUES.test(end)) return true;
  // `a*)` opens a case item; `( … )` closes a subshell, after which a newline ends a command.
  const openCases = (end.match(/\bcase\b/g) ?? []).length - (end.match(/\besac\b/g) ?? []).length;
  return end.endsWith(')') && openCases > 0;
}

/** The newest entry at or before `from` that contains `query`, or -1. */
export function searchBackward(history: readonly string[], query: string, from: number): number {
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) {
    if (historyLine(history[i]!).includes(query)) return i;
  }
  return -1;
}

/** The longest prefix all candidates share. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) {
    while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/** How a candidate is listed: its last path component, as bash lists file names. */
export function displayName(candidate: string): string {
  const trimmed = candidate.endsWith('/') ? candidate.slice(0, -1) : candidate;
  return candidate.slice(trimmed.lastIndexOf('/') + 1);
}
