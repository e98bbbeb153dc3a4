/**
 * The docker CLI's table writer: its fork of Go text/tabwriter, created as
 * `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` (minwidth 10, padding 3, space padding, no flags).
 * Each row's cells but the last are tab-terminated, so a column is as wide as its widest cell + 3
 * (at least 10) and the last cell is written unpadded. Widths are display widths (Hangul counts 2).
 * Column blocks follow Go: a column spans only contiguous lines that have a cell in it.
 */
import { cellWidth } from './width';

export interface TabwriterOptions {
  minWidth?: number;
  padding?: number;
}

/** Formats rows (one string[] of cells per line) into lines, each ending in "\n". */
export function tabwriter(
  rows: readonly (readonly string[])[],
  opts: TabwriterOptions = {},
): string {
  const minWidth = opts.minWidth ?? 10;
  const padding = opts.padding ?? 3;
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const cells = rows[i] ?? [];
      let text = '';
      cells.forEach((cell, j) => {
        text += cell;
        const w = widths[j];
        if (w !== undefined && j < cells.length - 1) text += ' '.repeat(w - cellWidth(cell));
      });
      out.push(`${text}\n`);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= (rows[i]?.length ?? 0) - 1) continue;
      writeLines(line0, i);
      line0 = i;
      let width = minWidth;
      for (; i < line1; i++) {
        const cells = rows[i] ?? [];
        if (column >= cells.length - 1) break;
        width = Math.max(width, cellWidth(cells[column] ?? '') + padding);
      }
      widths.push(width);
      format(line0, i);
      widths.pop();
      // Like Go, the line that ended the block is skipped: it has no cell in this column.
      line0 = i;
    }
    writeLines(line0, line1);
  };

  format(0, rows.length);
  return out.join('');
}
