/**
 * A pipe between two stages. The simulation runs stages one after another, so a pipe holds
 * what the writer wrote; past its capacity the reader "has gone away" and the writer stops as
 * with SIGPIPE (`yes | head -3` ends). Capacity is well above the largest file (8 MiB).
 */
import type { Output } from '../types';

export const PIPE_CAPACITY = 16 << 20;

/** Thrown by a write to a pipe nobody reads any more; the stage ends silently (status 141). */
export class BrokenPipe extends Error {}

export class PipeBuffer implements Output {
  text = '';
  write(data: string): void {
    if (this.text.length + data.length > PIPE_CAPACITY) {
      this.text += data.slice(0, Math.max(0, PIPE_CAPACITY - this.text.length));
      throw new BrokenPipe('broken pipe');
    }
    this.text += data;
  }
}
