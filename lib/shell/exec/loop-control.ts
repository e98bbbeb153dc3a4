/** How a loop body ends: break and continue unwind `levels` loops. */
import { BreakSignal, ContinueSignal } from './signals';
import type { Shell } from '../shell';

/** Runs one iteration; returns 'break' to leave this loop, else 'next'. Rethrows outer levels. */
export async function iteration(
  body: () => Promise<number>,
  onStatus: (s: number) => void,
): Promise<'break' | 'next'> {
  try {
    onStatus(await body());
    return 'next';
  } catch (e) {
    if (e instanceof BreakSignal) {
      if (--e.levels > 0) throw e;
      return 'break';
    }
    if (e instanceof ContinueSignal) {
      if (--e.levels > 0) throw e;
      return 'next';
    }
    throw e;
  }
}

/**
 * The loop every loop command shares: `next()` decides (and prepares) each turn, the body runs,
 * break/continue unwind through `iteration`, Ctrl-C and the page's time slices through the
 * checkpoint. Returns the last body's status (0 when it never ran).
 */
export async function repeat(
  sh: Shell,
  next: () => Promise<boolean>,
  body: () => Promise<number>,
): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      await sh.checkpoint();
      if (!(await next())) break;
      if ((await iteration(body, (s) => (status = s))) === 'break') break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}
