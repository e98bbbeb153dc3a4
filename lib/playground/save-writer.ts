/**
 * Writes a playground's save to its store, off the path from Enter to the next prompt: a save
 * waits for the browser to be idle (`IdleScheduler`, injected by the page) and is written at once
 * when the page is hidden or left (`flush`). The storage key is also written by others: the page
 * (a reset before the machine is up, "모두 지우기"), another tab, a test. Whatever they put there
 * wins over a save still waiting: a waiting save is written only while the key still holds this
 * writer's last write, so a flush never brings back a machine that was cleared or replaced.
 */
import type { KeyValueStore } from './store';

/** Runs `fn` once when the browser is idle (or after a bound); returns its cancel. */
export type IdleScheduler = (fn: () => void) => () => void;

export class SaveWriter {
  /** What this writer last put in (or found in) the key; null: unknown or nothing of ours. */
  private written: string | null = null;
  /** The save waiting for idle, built when written (it reads the playground's latest state). */
  private waiting: (() => string) | null = null;
  private cancelIdle: (() => void) | null = null;

  constructor(
    private readonly store: KeyValueStore | undefined,
    private readonly key: string,
    private readonly idle?: IdleScheduler,
  ) {}

  /** The key held `text` when the playground started from it: it counts as this writer's. */
  found(text: string): void {
    this.written = text;
  }

  get pending(): boolean {
    return this.waiting !== null;
  }

  /**
   * Saves on idle. At once when there is no idle scheduler, or when the key does not hold a save
   * of this writer (nothing saved yet, or cleared): a later flush could not tell it was cleared.
   */
  later(text: () => string): void {
    if (!this.idle || this.written === null) return this.now(text());
    this.waiting = text;
    this.cancelIdle ??= this.idle(() => {
      this.cancelIdle = null;
      this.flush();
    });
  }

  /** Writes `text` now; a waiting save is dropped (it is older). */
  now(text: string): void {
    this.cancel();
    this.write(text);
  }

  /** Removes the save; a waiting save is dropped. */
  remove(): void {
    this.cancel();
    this.written = null;
    try {
      this.store?.remove(this.key);
    } catch {
      // Blocked storage: there is nothing to remove.
    }
  }

  /** Writes the waiting save now, unless someone else has written or cleared the key since. */
  flush(): void {
    const text = this.waiting;
    if (!text) return;
    this.cancel();
    if (this.read() !== this.written) {
      this.written = null;
      return;
    }
    this.write(text());
  }

  private cancel(): void {
    this.waiting = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  private read(): string | null | undefined {
    try {
      return this.store?.get(this.key) ?? null;
    } catch {
      return undefined;
    }
  }

  private write(text: string): void {
    try {
      this.store?.set(this.key, text);
      this.written = text;
    } catch {
      // Full or blocked storage: the playground goes on, it just won't survive a reload.
      this.written = null;
    }
  }
}
