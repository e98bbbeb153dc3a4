/**
 * The docker CLI's progress display (moby pkg/jsonmessage DisplayJSONMessagesStream): on a
 * terminal every layer keeps one line, redrawn in place (cursor up, erase, rewrite, cursor
 * down); elsewhere progress bars are dropped and every other message is a line of its own.
 */
import type { PullMessage } from '../../../engine';
import { humanSizeWithPrecision } from '../format/size';
import type { Output } from '../../types';

const ESC = '\x1b[';

/** JSONProgress.String(): the bar only on terminals wider than 110 columns, then the counts. */
export function progressText(p: { current: number; total: number }, columns: number): string {
  const percentage = Math.min(50, Math.trunc(Math.trunc((p.current / p.total) * 100) / 2));
  const bar =
    columns > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] ` : '';
  const size = (n: number) => humanSizeWithPrecision(n, 4);
  return `${bar}${size(p.current).padStart(8)}/${size(p.total)}`;
}

/** Writes messages as the CLI does; `columns` null: not a terminal. */
export class PullDisplay {
  private ids = new Map<string, number>();

  constructor(
    private readonly out: Output,
    private readonly columns: number | null,
  ) {}

  /** A plain line (`Digest: …`, `Status: …`, `latest: Pulling from …`): ends the redraw block. */
  line(text: string): void {
    this.ids.clear();
    this.out.write(`${text}\n`);
  }

  layer(m: PullMessage): void {
    const id = m.id!;
    if (this.columns === null) {
      if (!m.progress) this.out.write(`${id}: ${m.status}\n`);
      return;
    }
    let line = this.ids.get(id);
    let text = '';
    if (line === undefined) {
      line = this.ids.size;
      this.ids.set(id, line);
      text += '\n';
    }
    const diff = this.ids.size - line;
    const progress = m.progress ? progressText(m.progress, this.columns) : '';
    // One row per layer: the redraw moves up by rows. A real CLI lets a long line wrap on a narrow
    // terminal (a phone) and then rewrites the wrong rows, leaving stale "Downloading" lines; here
    // the line is cut to the width instead, so the screen ends as a wide terminal's does.
    const full = `${id}: ${m.status} ${progress}`;
    const shown = full.length < this.columns ? full : full.slice(0, Math.max(1, this.columns - 1));
    text += `${ESC}${diff}A${ESC}2K\r${shown}\r${ESC}${diff}B`;
    this.out.write(text);
  }
}
