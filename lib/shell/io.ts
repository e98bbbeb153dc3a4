/** Output plumbing: capture buffers and size limits, so no command can flood a tab. */
import type { Output } from './types';

/** Per-command output cap. Past it, writes are dropped and the command sees a full disk. */
export const MAX_OUTPUT_BYTES = 1 << 20;

export class Capture implements Output {
  text = '';
  write(text: string): void {
    this.text += text;
  }
}

/** Wraps an Output with a byte budget; `overflowed` turns true once the budget is spent. */
export class Limited implements Output {
  private used = 0;
  overflowed = false;
  constructor(
    private readonly inner: Output,
    private readonly budget = MAX_OUTPUT_BYTES,
  ) {}

  write(text: string): void {
    if (this.overflowed) return;
    if (this.used + text.length > this.budget) {
      this.inner.write(text.slice(0, Math.max(0, this.budget - this.used)));
      this.overflowed = true;
      return;
    }
    this.used += text.length;
    this.inner.write(text);
  }
}
