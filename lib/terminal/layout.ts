/**
 * Where each character of "prompt + line" lands on screen when written from column 0 of a
 * terminal `columns` wide, with auto-wrap: a character that does not fit moves to the next row
 * (a 2-cell character at the last column leaves that cell empty, as xterm does).
 */
import { charWidth, stringWidth } from './width';

export interface Cell {
  row: number;
  col: number;
}

/**
 * The screen position before each character of `chars` (index i) and after the last one
 * (index chars.length), the prompt being `promptWidth` cells wide. A position past the last
 * column is reported at the start of the next row.
 */
export function layoutLine(promptWidth: number, chars: readonly string[], columns: number): Cell[] {
  const cols = Math.max(2, columns);
  let row = Math.floor(promptWidth / cols);
  let col = promptWidth % cols;
  const cells: Cell[] = [];
  for (const char of chars) {
    const w = charWidth(char);
    if (col + w > cols) {
      row++;
      col = 0;
    }
    cells.push({ row, col });
    col += w;
    if (col >= cols) {
      row++;
      col = 0;
    }
  }
  cells.push({ row, col });
  return cells;
}

/** Escape sequences that move the cursor from one position to another. */
export function moveCursor(from: Cell, to: Cell): string {
  let out = '';
  if (to.row < from.row) out += `\x1b[${from.row - to.row}A`;
  if (to.row > from.row) out += `\x1b[${to.row - from.row}B`;
  if (to.col === from.col) return out;
  if (to.col === 0) return `${out}\r`;
  if (to.col < from.col) return `${out}\x1b[${from.col - to.col}D`;
  return `${out}\x1b[${to.col - from.col}C`;
}

/**
 * After writing text that ended exactly at the right margin the terminal waits to wrap; a space
 * and a backspace make it wrap now, so the cursor really is at the start of the next row.
 */
export function settleWrap(end: Cell, wroteSomething: boolean): string {
  return wroteSomething && end.col === 0 ? ' \b' : '';
}

/** Formats completion candidates in columns, sorted down the columns like bash. */
export function formatColumns(items: readonly string[], columns: number): string {
  if (items.length === 0) return '';
  const width = Math.max(...items.map(stringWidth)) + 2;
  const perRow = Math.max(1, Math.floor((columns + 2) / width));
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item === undefined) break;
      const last = items[(c + 1) * rows + r] === undefined;
      line += last ? item : item + ' '.repeat(width - stringWidth(item));
    }
    lines.push(line);
  }
  return lines.join('\r\n');
}
