import { describe, expect, it } from 'vitest';
import { scenarios } from '../exercises';
import { PlaygroundController, readSaved, SaveWriter, type KeyValueStore } from './index';

/** A store that counts writes. */
class CountingStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  writes = 0;
  get = (key: string) => this.map.get(key) ?? null;
  set = (key: string, value: string) => {
    this.writes++;
    this.map.set(key, value);
  };
  remove = (key: string) => void this.map.delete(key);
}

/** requestIdleCallback as a queue the test runs by hand. */
class FakeIdle {
  private queue = new Set<() => void>();
  schedule = (fn: () => void) => {
    const task = () => fn();
    this.queue.add(task);
    return () => void this.queue.delete(task);
  };
  get waiting(): number {
    return this.queue.size;
  }
  run(): void {
    const tasks = [...this.queue];
    this.queue.clear();
    for (const task of tasks) task();
  }
}

const KEY = 'k';

function writer(stored: string | null = 'v0') {
  const store = new CountingStore();
  if (stored !== null) store.map.set(KEY, stored);
  const idle = new FakeIdle();
  const w = new SaveWriter(store, KEY, idle.schedule);
  if (stored !== null) w.found(stored);
  return { store, idle, w };
}

describe('SaveWriter', () => {
  it('writes nothing until idle, then the latest save once', () => {
    const { store, idle, w } = writer();
    w.later(() => 'v1');
    w.later(() => 'v2');
    expect(store.writes).toBe(0);
    expect(w.pending).toBe(true);
    expect(idle.waiting).toBe(1);
    idle.run();
    expect(store.writes).toBe(1);
    expect(store.get(KEY)).toBe('v2');
    expect(w.pending).toBe(false);
  });

  it('a flush writes the waiting save once and cancels its idle task; nothing waiting, no write', () => {
    const { store, idle, w } = writer();
    w.flush();
    expect(store.writes).toBe(0);
    w.later(() => 'v1');
    w.flush();
    w.flush();
    expect(store.writes).toBe(1);
    expect(store.get(KEY)).toBe('v1');
    expect(idle.waiting).toBe(0);
    idle.run();
    expect(store.writes).toBe(1);
  });

  it('remove and a save written now drop the waiting save', () => {
    const { store, idle, w } = writer();
    w.later(() => 'old');
    w.remove();
    idle.run();
    w.flush();
    expect(store.get(KEY)).toBeNull();
    expect(store.writes).toBe(0);
    const other = writer();
    other.w.later(() => 'old');
    other.w.now('imported');
    other.idle.run();
    other.w.flush();
    expect(other.store.get(KEY)).toBe('imported');
    expect(other.store.writes).toBe(1);
  });

  it('a key cleared or replaced by someone else wins over the waiting save', () => {
    for (const foreign of [null, '{"format":"layerlab-playgr']) {
      const { store, idle, w } = writer();
      w.later(() => 'mine');
      if (foreign === null) store.map.delete(KEY);
      else store.map.set(KEY, foreign);
      w.flush();
      idle.run();
      expect(store.get(KEY)).toBe(foreign);
      expect(store.writes).toBe(0);
      // The next save is written at once: a flush could not tell the key was cleared again.
      w.later(() => 'next');
      expect(store.get(KEY)).toBe('next');
      expect(idle.waiting).toBe(0);
    }
  });

  it('writes at once while the key holds nothing of its own, or without an idle scheduler', () => {
    const { store, idle, w } = writer(null);
    w.later(() => 'first');
    expect(store.get(KEY)).toBe('first');
    expect(idle.waiting).toBe(0);
    w.later(() => 'second');
    expect(store.get(KEY)).toBe('first');
    const plain = new CountingStore();
    new SaveWriter(plain, KEY).later(() => 'now');
    expect(plain.get(KEY)).toBe('now');
  });
});

const scenario = scenarios.find((s) => s.id === 'named-volume')!;

async function open(store: CountingStore, idle: FakeIdle) {
  return PlaygroundController.start({
    id: scenario.id,
    scenario,
    io: { write: () => {}, columns: () => 80 },
    store,
    idle: idle.schedule,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    seed: 7,
  });
}

async function type(c: PlaygroundController, line: string) {
  const prompt = c.driver.nextPrompt();
  c.input(`\x15${line}\r`);
  await prompt;
}

const volumes = async (c: PlaygroundController) =>
  (await c.machine.exec('docker volume ls -q')).stdout;
const savedSteps = (store: CountingStore, c: PlaygroundController) => {
  const read = readSaved(store.get(c.key), scenario.id);
  return read && 'saved' in read
    ? read.saved.timeline.map((s) => ('line' in s ? s.line : ''))
    : null;
};

describe('the playground saves on idle', () => {
  it('commands faster than idle: saved once on idle, undo still exact for each', async () => {
    const store = new CountingStore();
    const idle = new FakeIdle();
    const c = await open(store, idle);
    await type(c, 'docker volume create a'); // nothing of ours stored yet: written at once
    expect(store.writes).toBe(1);
    await type(c, 'docker volume create b');
    await type(c, 'docker volume create c');
    expect(store.writes).toBe(1);
    expect(savedSteps(store, c)).toEqual(['docker volume create a']);
    idle.run();
    expect(store.writes).toBe(2);
    expect(savedSteps(store, c)).toHaveLength(3);
    await type(c, 'docker volume rm a');
    expect(await c.undo()).toBe(true);
    expect(await volumes(c)).toBe('a\nb\nc\n');
    // Undo writes at once and drops the waiting save of the undone command.
    expect(savedSteps(store, c)).toHaveLength(3);
    idle.run();
    c.flushSave();
    expect(savedSteps(store, c)).toHaveLength(3);
    expect(await c.undo()).toBe(true);
    expect(await volumes(c)).toBe('a\nb\n');
    expect(await c.undo()).toBe(true);
    expect(await volumes(c)).toBe('a\n');
  });

  it('a flush (page hidden) writes the waiting save, and a reload brings it back', async () => {
    const store = new CountingStore();
    const idle = new FakeIdle();
    const c = await open(store, idle);
    await type(c, 'docker volume create a');
    await type(c, 'docker volume create kept');
    expect(c.savePending).toBe(true);
    c.flushSave();
    expect(c.savePending).toBe(false);
    const again = await open(store, idle);
    expect(await volumes(again)).toBe('a\nkept\n');
  });

  it('reset cancels a waiting save; a storage cleared by the page is not written back', async () => {
    const store = new CountingStore();
    const idle = new FakeIdle();
    const c = await open(store, idle);
    await type(c, 'docker volume create a');
    await type(c, 'docker volume create b');
    await c.reset();
    idle.run();
    c.flushSave();
    expect(store.get(c.key)).toBeNull();
    await type(c, 'docker volume create x');
    await type(c, 'docker volume create y');
    store.map.clear(); // "모두 지우기", or a test clearing storage before a reload
    c.flushSave();
    idle.run();
    expect(store.get(c.key)).toBeNull();
    expect(await volumes(await open(store, idle))).toBe('');
  });
});
