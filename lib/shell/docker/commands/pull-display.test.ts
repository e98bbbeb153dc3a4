import { describe, expect, it } from 'vitest';
import { PullDisplay } from './pull-display';

const ESCAPE = new RegExp(`^${String.fromCharCode(27)}\\[(\\d*)([ABK])`);

/** What the rows of a terminal `columns` wide show after the writes (a tiny emulator: CR, LF, CUU, CUD, EL). */
function screen(text: string, columns: number): string[] {
  const rows: string[] = [''];
  let row = 0;
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const esc = ESCAPE.exec(text.slice(i));
    if (esc) {
      const n = Number(esc[1] || 1);
      if (esc[2] === 'A') row = Math.max(0, row - n);
      if (esc[2] === 'B') row += n;
      if (esc[2] === 'K') rows[row] = '';
      i += esc[0].length - 1;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\r') col = 0;
    else if (ch === '\n') row++;
    else {
      if (col === columns) {
        row++;
        col = 0;
      }
      rows[row] =
        (rows[row] ?? '').padEnd(col).slice(0, col) + ch + (rows[row] ?? '').slice(col + 1);
      col++;
    }
    while (rows.length <= row) rows.push('');
  }
  return rows.map((r) => r.trimEnd()).filter((r) => r !== '');
}

describe('the pull progress on a narrow terminal', () => {
  it('ends with every layer complete, no stale progress rows', () => {
    let out = '';
    const d = new PullDisplay({ write: (t) => void (out += t) }, 35);
    d.line('latest: Pulling from library/alpine');
    const id = '8018799e4198';
    d.layer({ at: 0, id, status: 'Pulling fs layer' });
    d.layer({
      at: 0,
      id,
      status: 'Downloading',
      progress: { current: 1_040_000, total: 3_110_000 },
    });
    d.layer({ at: 0, id, status: 'Download complete' });
    d.layer({
      at: 0,
      id,
      status: 'Extracting',
      progress: { current: 1_560_000, total: 3_110_000 },
    });
    d.layer({ at: 0, id, status: 'Pull complete' });
    d.line('Status: Downloaded newer image for alpine:latest');
    expect(screen(out, 35)).toEqual([
      'latest: Pulling from library/alpine',
      `${id}: Pull complete`,
      'Status: Downloaded newer image for',
      'alpine:latest',
    ]);
  });
});
