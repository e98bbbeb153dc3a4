import { describe, expect, it } from 'vitest';
import { scenarios } from '../exercises';
import { PlaygroundController, type Change, type PlaygroundSnapshot } from './index';

const scenario = scenarios.find((s) => s.id === 'named-volume')!;

async function open() {
  return PlaygroundController.start({
    id: scenario.id,
    scenario,
    io: { write: () => {}, columns: () => 80 },
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

/** Every snapshot the page would have been told about. */
function record(c: PlaygroundController) {
  const seen: PlaygroundSnapshot[] = [];
  c.subscribe(() => seen.push(c.getSnapshot()));
  return seen;
}

const kinds = (seen: PlaygroundSnapshot[]): Change[] => seen.map((s) => s.change);

describe('the playground as an external store', () => {
  it('tells its subscribers once per command, with the line, and keeps the snapshot in between', async () => {
    const c = await open();
    const seen = record(c);
    const first = c.getSnapshot();
    expect(c.getSnapshot()).toBe(first);
    await type(c, 'docker volume create data');
    expect(kinds(seen)).toEqual([{ kind: 'command', line: 'docker volume create data' }]);
    expect(seen[0]!.version).toBe(first.version + 1);
    expect(c.getSnapshot()).toBe(seen[0]);
  });

  it('hands over a new machine on undo and reset', async () => {
    const c = await open();
    await type(c, 'docker volume create data');
    const seen = record(c);
    const before = c.machine;
    expect(await c.undo()).toBe(true);
    await c.reset();
    expect(kinds(seen)).toEqual([
      { kind: 'machine', reason: 'undo' },
      { kind: 'machine', reason: 'reset' },
    ]);
    expect(seen[0]!.machine).not.toBe(before);
    expect(seen[1]!.machine).toBe(c.machine);
  });

  it('notices work no command made (a container writing later), without a poll', async () => {
    const c = await open();
    await type(c, `docker run -d --name late diamol/base sh -c 'sleep 0.3; echo x > /made-later'`);
    const seen = record(c);
    await new Promise((resolve) => setTimeout(resolve, 300 + 2 * 250 + 200));
    expect(kinds(seen)).toContainEqual({ kind: 'background' });
    const diff = await c.machine.exec('docker diff late');
    expect(diff.stdout).toContain('A /made-later');
  });

  it('announces nothing while nothing happens', async () => {
    const c = await open();
    await type(c, 'docker run -d --name idle diamol/base sleep 1d');
    const seen = record(c);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(seen).toEqual([]);
  });
});
