/** An InodeSource whose position is plain data, so a saved filesystem keeps numbering where it was. */
import type { InodeSource } from './clock';

export class InodeCounter implements InodeSource {
  /** The last number handed out. */
  last: number;

  constructor(first = 1) {
    this.last = first - 1;
  }

  next(): number {
    return ++this.last;
  }
}
