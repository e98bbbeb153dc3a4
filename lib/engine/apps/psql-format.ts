/**
 * How psql prints (print.c print_aligned_text, border 1): headers centred, numbers right-aligned,
 * `-` and `+` under them, no padding after the last cell of a row, "(n rows)" and a blank line;
 * errors as libpq builds them: `ERROR:  …`, `LINE n: …` with a caret under the position, DETAIL.
 */
import type { ResultColumn } from './pg-exec';

/** Display width: wide (CJK, Hangul) characters take two columns, as pg_wcswidth counts. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)));
const padLeft = (text: string, w: number) => ' '.repeat(Math.max(0, w - width(text))) + text;

export function aligned(
  columns: ResultColumn[],
  rows: (string | null)[][],
  title?: string,
): string {
  const widths = columns.map((c, i) =>
    Math.max(width(c.name), ...rows.map((r) => width(r[i] ?? ''))),
  );
  const total = widths.reduce((a, b) => a + b, 0) + 3 * columns.length - 1;
  let out = '';
  if (title)
    out += `${width(title) >= total ? '' : ' '.repeat(Math.floor((total - width(title)) / 2))}${title}\n`;
  const header = columns.map((c, i) => {
    const left = Math.floor((widths[i]! - width(c.name)) / 2);
    return pad(' '.repeat(left) + c.name, widths[i]!);
  });
  out += ` ${header.join(' | ')} \n`;
  out += `${widths.map((w) => '-'.repeat(w + 2)).join('+')}\n`;
  for (const row of rows) {
    const cells = columns.map((c, i) => {
      const v = row[i] ?? '';
      const last = i === columns.length - 1;
      if (c.numeric) return padLeft(v, widths[i]!);
      return last ? v : pad(v, widths[i]!);
    });
    out += ` ${cells.join(' | ')}\n`;
  }
  out += `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})\n\n`;
  return out;
}

/** `ERROR:  message`, the query line with a caret at `pos` (1-based in `query`), DETAIL. */
export function errorText(message: string, query: string, pos?: number, detail?: string): string {
  let out = `ERROR:  ${message}\n`;
  if (pos !== undefined) {
    const before = query.slice(0, pos - 1);
    const lineNo = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = query.indexOf('\n', lineStart);
    const line = query.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const prefix = `LINE ${lineNo}: `;
    out += `${prefix}${line}\n${' '.repeat(width(prefix) + width(query.slice(lineStart, pos - 1)))}^\n`;
  }
  if (detail) out += `DETAIL:  ${detail}\n`;
  return out;
}
