/**
 * Keeps a running line from freezing the page: interpreter loops and long commands await
 * `pause()`, which yields to the host's event loop once a time slice is used up (so typing,
 * scrolling and Ctrl-C get through), and cancels the line once a work budget is spent (sim and
 * tests, where nobody can press Ctrl-C).
 */
import type { CancelToken } from '../runtime';

export interface PacerOptions {
  /** Resolves on a later turn of the host's event loop (a macrotask); none in virtual time. */
  yieldToHost?: () => Promise<void>;
  /**
   * Wall-clock ms a line may run before it is cancelled as Ctrl-C would; null for no limit
   * (the browser, where the learner has Ctrl-C). Default: DEFAULT_BUDGET_MS.
   */
  budgetMs?: number | null;
  clock?: () => number;
}

/** Work between two yields: well under a frame's budget for input handling. */
export const SLICE_MS = 12;
/** Without a host to yield to, a runaway line is cut after this long. */
export const DEFAULT_BUDGET_MS = 5000;

export class Pacer {
  private sliceStart = 0;
  private lineStart = 0;
  private cancel: CancelToken | null = null;
  private readonly clock: () => number;
  private readonly budget: number | null;

  constructor(private readonly options: PacerOptions = {}) {
    this.clock = options.clock ?? (() => Date.now());
    this.budget =
      options.budgetMs !== undefined
        ? options.budgetMs
        : options.yieldToHost
          ? null
          : DEFAULT_BUDGET_MS;
  }

  /** A new line starts: its budget and slice start now. */
  startLine(cancel: CancelToken): void {
    this.cancel = cancel;
    this.lineStart = this.sliceStart = this.clock();
  }

  pause(): Promise<void> {
    const now = this.clock();
    if (this.budget !== null && now - this.lineStart > this.budget) this.cancel?.cancel();
    if (!this.options.yieldToHost || now - this.sliceStart < SLICE_MS) return Promise.resolve();
    return this.options.yieldToHost().then(() => {
      this.sliceStart = this.clock();
    });
  }
}
