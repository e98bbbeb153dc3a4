import type { Cancellation } from './types';

/** Ctrl-C for one command line: a flag plus listeners (docker run stops its container). */
export class CancelSignal implements Cancellation {
  cancelled = false;
  private listeners: (() => void)[] = [];

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    for (const fn of this.listeners.splice(0)) fn();
  }

  onCancel(fn: () => void): void {
    if (this.cancelled) fn();
    else this.listeners.push(fn);
  }
}
