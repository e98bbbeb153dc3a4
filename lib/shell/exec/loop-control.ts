/** How a loop body ends: break and continue unwind `levels` loops. */
import { BreakSignal, ContinueSignal } from './signals';

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
