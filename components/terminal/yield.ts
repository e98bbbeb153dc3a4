/**
 * Gives the main thread back to the browser between the steps of the terminal's start, so a key,
 * a scroll or a paint is never held up by the whole start at once: each step is its own task.
 * `scheduler.yield()` where the browser has it (the rest of the start keeps its place ahead of
 * other tasks), else a message-channel task (sooner than setTimeout's clamped delay).
 */
interface YieldingScheduler {
  yield?(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
