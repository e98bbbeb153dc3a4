/**
 * Time for the engine and everything it runs. Containers sleep, serve and exit on this clock:
 * in the browser it is the real clock (setTimeout, injected by the UI); in tests and `sim` it
 * is virtual and only moves when the foreground waits, so runs are instant and reproducible.
 */
/** Cancels sleeps and waits: SIGKILL for a process, Ctrl-C for a foreground command. */
export class CancelToken {
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

/** Anything that can announce a cancellation (CancelToken here, the shell's Ctrl-C signal). */
export interface Cancellable {
  onCancel(fn: () => void): void;
}

export interface Scheduler {
  now(): number;
  /** Resolves after `ms`, or at once when `cancel` fires. */
  sleep(ms: number, cancel?: Cancellable): Promise<void>;
  /** A promise that resolves when `cancel()` is called; for processes that wait for a signal. */
  signal(): { wait: Promise<void>; fire(): void };
  /**
   * Resolves on a later turn of the host's event loop, so a busy shell lets the page handle
   * input. Only real time has one; virtual time runs on without yielding.
   */
  yieldToHost?(): Promise<void>;
}

interface Timer {
  at: number;
  seq: number;
  resolve(): void;
}

/**
 * In virtual time nobody can press Ctrl-C: a line that keeps working longer than this (wall
 * clock) is cut as Ctrl-C would cut it (sim, tests). Real time has no such limit.
 */
export const VIRTUAL_WORK_BUDGET_MS = 5000;

/**
 * Discrete-event time: `settle(promise)` runs the event loop, jumping the clock to the next
 * timer whenever nothing else can make progress, until `promise` settles or nothing is left
 * to wait for (then it reports a hang instead of blocking forever).
 */
export class VirtualScheduler implements Scheduler {
  private time: number;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start: number) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  /** A zero-delay timer: busy work shows `settle` it is progressing, not hung. */
  yieldToHost(): Promise<void> {
    return this.sleep(0);
  }

  sleep(ms: number, cancel?: Cancellable): Promise<void> {
    return new Promise((resolve) => {
      const timer: Timer = { at: this.time + Math.max(0, ms), seq: this.seq++, resolve };
      this.timers.push(timer);
      cancel?.onCancel(() => {
        this.timers = this.timers.filter((t) => t !== timer);
        resolve();
      });
    });
  }

  signal(): { wait: Promise<void>; fire(): void } {
    let fire = () => {};
    const wait = new Promise<void>((resolve) => (fire = resolve));
    return { wait, fire };
  }

  /** Advances time by `ms`, waking every timer due by then, in order. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      await flush();
      const next = this.nextTimer();
      if (!next || next.at > until) break;
      this.fire(next);
    }
    this.time = until;
    await flush();
  }

  /** Runs until `promise` settles. Resolves `{ hung: true }` if it waits on nothing that can happen. */
  async settle<T>(promise: Promise<T>): Promise<{ hung: false; value: T } | { hung: true }> {
    let done = false;
    let value: T | undefined;
    let error: unknown;
    let failed = false;
    promise.then(
      (v) => ((done = true), (value = v)),
      (e) => ((done = true), (failed = true), (error = e)),
    );
    for (;;) {
      await flush(() => done);
      if (done) break;
      const next = this.nextTimer();
      if (!next) return { hung: true };
      this.fire(next);
    }
    if (failed) throw error;
    return { hung: false, value: value as T };
  }

  private nextTimer(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers)
      if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    return best;
  }

  private fire(timer: Timer) {
    this.timers = this.timers.filter((t) => t !== timer);
    this.time = Math.max(this.time, timer.at);
    timer.resolve();
  }
}

/**
 * Lets pending promise callbacks run before time moves on. There is no way to ask whether the
 * microtask queue is empty, so it yields many rounds (a long `sh -c` script is a long chain of
 * awaits) and stops early once `done()` says the awaited work has finished.
 */
async function flush(done: () => boolean = () => false, rounds = 20_000): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++) await Promise.resolve();
}

/** Real time for the browser; `setTimeout` is passed in because lib/ has no DOM. */
export function realTimeScheduler(
  setTimer: (fn: () => void, ms: number) => unknown,
  clock: () => number,
  /** clearTimeout: a cancelled sleep (Ctrl-C on `sleep 100`) leaves no timer behind. */
  clearTimer: (handle: unknown) => void = () => {},
): Scheduler {
  return {
    now: clock,
    sleep: (ms, cancel) =>
      new Promise((resolve) => {
        const handle = setTimer(resolve, ms);
        cancel?.onCancel(() => {
          clearTimer(handle);
          resolve();
        });
      }),
    signal() {
      let fire = () => {};
      const wait = new Promise<void>((resolve) => (fire = resolve));
      return { wait, fire };
    },
    yieldToHost: () => new Promise((resolve) => setTimer(resolve, 0)),
  };
}
