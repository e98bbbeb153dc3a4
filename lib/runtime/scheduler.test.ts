import { describe, expect, it } from 'vitest';
import { CancelToken, realTimeScheduler, VirtualScheduler } from './scheduler';

describe('schedulers', () => {
  it('virtual time jumps to the next timer only while the awaited work waits', async () => {
    const s = new VirtualScheduler(0);
    const order: string[] = [];
    void s.sleep(5000).then(() => order.push('background 5s'));
    const r = await s.settle(s.sleep(1000).then(() => order.push('foreground 1s')));
    expect(r.hung).toBe(false);
    expect(order).toEqual(['foreground 1s']);
    expect(s.now()).toBe(1000);
  });

  it('reports a hang instead of waiting forever, and cancels sleeps', async () => {
    const s = new VirtualScheduler(0);
    expect((await s.settle(new Promise(() => {}))).hung).toBe(true);
    const token = new CancelToken();
    const slept = s.sleep(10_000, token);
    token.cancel();
    await slept;
    expect(s.now()).toBe(0);
  });

  it('real time clears the timer of a cancelled sleep', async () => {
    const cleared: unknown[] = [];
    const s = realTimeScheduler(
      () => 'handle-1',
      () => 0,
      (h) => cleared.push(h),
    );
    const token = new CancelToken();
    const slept = s.sleep(100_000, token);
    token.cancel();
    await slept;
    expect(cleared).toEqual(['handle-1']);
  });
});
