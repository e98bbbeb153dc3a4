/**
 * Truncation as the docker CLI does it: formatter.Ellipsis (display width, "…" included), the
 * quoted COMMAND column of `docker ps` / `system df -v`, and stringid.TruncateID.
 */
import { goQuote } from './go-quote';
import { ellipsisCharWidth } from './width';

/**
 * formatter.Ellipsis: cut `text` to at most `maxWidth` display columns, the last being "…".
 * Wide (Hangul, CJK) characters count 2; for maxWidth 1 the first character is returned as is.
 */
export function truncate(text: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const chars = [...text];
  if (maxWidth === 1) return chars[0] ?? '';
  const widths: number[] = [];
  let total = 0;
  for (const ch of chars) {
    total += ellipsisCharWidth(ch);
    widths.push(total);
  }
  if (total <= maxWidth) return text;
  for (let i = 0; i < widths.length - 1; i++) {
    if ((widths[i] ?? 0) <= maxWidth - 1 && (widths[i + 1] ?? 0) > maxWidth - 1)
      return `${chars.slice(0, i + 1).join('')}…`;
  }
  // Only reached when the first character alone is wider than maxWidth - 1 (Go returns s).
  return text;
}

/** COMMAND column: `strconv.Quote(Ellipsis(command, 20))`, or the whole command with --no-trunc. */
export function quoteCommand(command: string, noTrunc = false): string {
  return goQuote(noTrunc ? command : truncate(command, 20));
}

/** stringid.TruncateID: drop an algorithm prefix ("sha256:") and keep 12 characters. */
export function shortId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.slice(0, 12);
}

/** `--format '{{.Mounts}}'` of `docker ps`: each mount name cut to 15 columns, comma-joined. */
export function mountsColumn(names: readonly string[], noTrunc = false): string {
  return names.map((n) => (noTrunc ? n : truncate(n, 15))).join(',');
}
