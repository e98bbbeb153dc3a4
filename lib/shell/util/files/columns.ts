/** `ls -C` on a terminal: GNU's and BusyBox's column layouts (both fill columns first). */

export interface Cell {
  text: string;
  /** Display width (ASCII names: their length). */
  width: number;
}

/** GNU ls: as many columns as fit (each column as wide as its widest name + 2), tabs of 8. */
export function gnuColumns(cells: readonly Cell[], lineLength: number, across = false): string {
  const n = cells.length;
  if (n === 0) return '';
  let maxCols = Math.floor(lineLength / 3) + (lineLength % 3 !== 0 ? 1 : 0);
  maxCols = Math.max(1, Math.min(maxCols, n));
  let best = { cols: 1, widths: [Math.max(...cells.map((c) => c.width))] };
  for (let cols = maxCols; cols > 1; cols--) {
    const rows = Math.ceil(n / cols);
    const widths = new Array<number>(cols).fill(0);
    cells.forEach((c, i) => {
      const col = across ? i % cols : Math.floor(i / rows);
      const w = c.width + (col === cols - 1 ? 0 : 2);
      if ((widths[col] as number) < w) widths[col] = w;
    });
    const total = widths.reduce((a, b) => a + b, 0);
    if (total < lineLength) {
      best = { cols, widths };
      break;
    }
  }
  if (across) return gnuAcross(cells, best.widths);
  const rows = Math.ceil(n / best.cols);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    for (let col = 0, i = row; i < n; col++, i += rows) {
      const cell = cells[i] as Cell;
      out += cell.text;
      if (i + rows >= n) break;
      const colWidth = best.widths[col] as number;
      out += indent(pos + cell.width, pos + colWidth);
      pos += colWidth;
    }
    out += '\n';
  }
  return out;
}

/** ls -x: rows first (GNU print_horizontal). */
function gnuAcross(cells: readonly Cell[], widths: number[]): string {
  const cols = widths.length;
  let out = '';
  let pos = 0;
  cells.forEach((cell, i) => {
    const col = i % cols;
    if (i > 0 && col === 0) {
      out += '\n';
      pos = 0;
    } else if (i > 0) {
      const prev = cells[i - 1] as Cell;
      const w = widths[col - 1] as number;
      out += indent(pos + prev.width, pos + w);
      pos += w;
    }
    out += cell.text;
  });
  return `${out}\n`;
}

function indent(from: number, to: number): string {
  let s = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      s += '\t';
      from += 8 - (from % 8);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/** BusyBox ls: one width for all columns (longest name + 2), (width - 1) / that columns. */
export function busyboxColumns(
  cells: readonly Cell[],
  terminalWidth: number,
  across = false,
): string {
  const n = cells.length;
  if (n === 0) return '';
  const colWidth = Math.max(...cells.map((c) => c.width)) + 2;
  // BusyBox keeps the last terminal column free.
  let ncols = Math.floor((terminalWidth - 1) / colWidth);
  let nrows = n;
  if (ncols > 1) nrows = Math.ceil(n / ncols);
  else ncols = 1;
  let out = '';
  for (let row = 0; row < nrows; row++) {
    let column = 0;
    let nexttab = 0;
    for (let nc = 0; nc < ncols; nc++) {
      const i = across ? row * ncols + nc : nc * nrows + row;
      if (i >= n) continue;
      const cell = cells[i] as Cell;
      if (column > 0) {
        out += ' '.repeat(nexttab - column);
        column = nexttab;
      }
      nexttab = column + colWidth;
      out += cell.text;
      column += cell.width;
    }
    out += '\n';
  }
  return out;
}
