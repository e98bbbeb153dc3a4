import { describe, expect, it } from 'vitest';
import { scenarios } from '../exercises';
import {
  decodeShare,
  encodeShare,
  MAX_UNDO,
  PlaygroundController,
  PlaygroundHistory,
  readSaved,
  SAVE_VERSION,
  writeSaved,
  type KeyValueStore,
} from './index';
import { createMachine, snapshot } from '../machine';

class MapStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  get = (key: string) => this.map.get(key) ?? null;
  set = (key: string, value: string) => void this.map.set(key, value);
  remove = (key: string) => void this.map.delete(key);
}

const scenario = scenarios.find((s) => s.id === 'named-volume')!;

async function open(
  store?: KeyValueStore,
  share?: Parameters<typeof PlaygroundController.start>[1],
  beforeEnter?: () => void,
) {
  let screen = '';
  const c = await PlaygroundController.start(
    {
      id: scenario.id,
      scenario,
      io: { write: (d) => void (screen += d), columns: () => 80 },
      store,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      seed: 7,
      suggestion: 'docker volume ls',
      beforeEnter: () => beforeEnter?.(),
    },
    share,
  );
  return { c, screen: () => screen };
}

/** Types a line and waits for the next prompt (in whichever shell). */
async function type(c: PlaygroundController, line: string) {
  const prompt = c.driver.nextPrompt();
  c.input(`\x15${line}\r`);
  await prompt;
}

const names = async (c: PlaygroundController) =>
  (await c.machine.exec('docker ps -a --format "{{.Names}}"')).stdout;

describe('the playground controller', () => {
  it('undoes one host command at a time; a `docker exec -it` session is one unit', async () => {
    const { c, screen } = await open();
    await type(c, 'docker run -d --name keep diamol/base sleep 1d');
    await type(c, 'docker exec -it keep sh');
    expect(c.busy).toBe(true);
    expect(await c.undo()).toBe(false); // not at the host prompt
    await type(c, 'touch /made-inside');
    await type(c, 'exit');
    expect(c.timeline).toEqual([
      { line: 'docker run -d --name keep diamol/base sleep 1d' },
      { line: 'docker exec -it keep sh' },
      { line: 'touch /made-inside', depth: 2 },
      { line: 'exit', depth: 2 },
    ]);
    const diff = () => c.machine.exec('docker diff keep');
    expect((await diff()).stdout).toContain('A /made-inside');
    expect(await c.undo()).toBe(true);
    expect((await diff()).stdout).not.toContain('/made-inside');
    expect(c.timeline).toHaveLength(1);
    expect(screen()).toContain('[되돌렸습니다: docker exec -it keep sh]');
    // The new driver answers: the terminal goes on with the restored machine.
    await type(c, 'docker rm -f keep');
    expect(await names(c)).toBe('');
    expect(await c.undo()).toBe(true);
    expect(await names(c)).toBe('keep\n');
    expect(await c.undo()).toBe(true);
    expect(await names(c)).toBe('');
    expect(await c.undo()).toBe(false);
    await c.reset();
  });

  it('saves after every command and comes back after a reload; reset forgets the save', async () => {
    const store = new MapStore();
    const first = await open(store);
    await type(first.c, 'docker volume create keep');
    await type(first.c, 'echo hi > note.txt');
    const again = await open(store);
    expect(again.c.notice).toBeNull();
    expect(again.screen()).toContain('저장된 실습 상태를 불러왔습니다: 지금까지 2단계');
    expect(again.c.timeline.map((s) => ('line' in s ? s.line : ''))).toEqual([
      'docker volume create keep',
      'echo hi > note.txt',
    ]);
    // The shell's history came back too (↑ finds the last line).
    expect(again.c.machine.host.history.at(-1)).toBe('echo hi > note.txt');
    expect((await again.c.machine.exec('docker volume ls -q; cat note.txt')).stdout).toBe(
      'keep\nhi\n',
    );
    await again.c.reset();
    expect(store.map.size).toBe(0);
    expect((await again.c.machine.exec('docker volume ls -q')).stdout).toBe('');
    expect(again.screen()).toContain('[처음 상태로 돌아왔습니다]');
  });

  it('replaces a corrupt, outdated or foreign save by the start, with a notice', async () => {
    const store = new MapStore();
    const key = 'layerlab:playground:named-volume';
    const good = writeSaved('named-volume', 1, [], snapshot(createMachine()));
    for (const [text, notice] of [
      ['{nope', '읽을 수 없어'],
      [good.replace(`"version":${SAVE_VERSION}`, '"version":1'), '예전에 저장한'],
      [writeSaved('bind-mount', 1, [], snapshot(createMachine())), '다른 실습'],
      [
        JSON.stringify({ ...JSON.parse(good), state: { format: 'layerlab-sandbox' } }),
        '되살리지 못해',
      ],
    ] as const) {
      store.set(key, text);
      const { c } = await open(store);
      expect(c.notice).toContain(notice);
      expect(store.get(key)).toBeNull(); // the bad save is gone, the next reload starts clean
      expect((await c.machine.exec('docker volume ls -q')).stdout).toBe('');
    }
  });

  it('an editor save writes the host file as the learner, is one undo unit, and is saved', async () => {
    const store = new MapStore();
    const { c } = await open(store);
    const path = '/home/learner/diamol/new/dir/Dockerfile';
    c.edit(path, 'FROM diamol/base\nVOLUME /data\n');
    expect(
      (await c.machine.exec('cat new/dir/Dockerfile; stat -c %U new new/dir/Dockerfile')).stdout,
    ).toBe('FROM diamol/base\nVOLUME /data\nlearner\nlearner\n');
    expect(c.timeline).toEqual([{ edit: path, content: 'FROM diamol/base\nVOLUME /data\n' }]);
    expect(readSaved(store.get(c.key), scenario.id)).toMatchObject({
      saved: { timeline: c.timeline },
    });
    await c.undo();
    expect(c.machine.engine.host.exists(path)).toBe(false);
  });

  it('asks the editor to save before a line runs, so the line reads the saved file', async () => {
    const path = `${scenario.start.cwd}/saved-on-enter.txt`;
    const calls: string[] = [];
    const { c, screen } = await open(undefined, null, () => {
      calls.push('enter');
      c.edit(path, 'written before the line ran\n');
    });
    c.input('\x15cat saved-on-enter.tx');
    expect(calls).toEqual([]); // typing alone saves nothing
    const prompt = c.driver.nextPrompt();
    c.input('t\r');
    await prompt;
    expect(calls).toEqual(['enter']);
    expect(c.timeline.map((s) => ('edit' in s ? `edit ${s.edit}` : s.line))).toEqual([
      `edit ${path}`,
      'cat saved-on-enter.txt',
    ]);
    expect(screen()).toContain('\r\nwritten before the line ran\r\n');
  });

  it('exports to a file and imports it; refuses another exercise’s file and keeps the machine', async () => {
    const { c } = await open();
    await type(c, 'docker volume create exported');
    const file = c.exportText();
    const other = await open();
    expect(await other.c.importText(file)).toBeNull();
    expect((await other.c.machine.exec('docker volume ls -q')).stdout).toBe('exported\n');
    expect(other.c.timeline).toEqual([{ line: 'docker volume create exported' }]);
    const foreign = writeSaved('bind-mount', 1, [], snapshot(createMachine()));
    expect(await other.c.importText(foreign)).toContain('다른 실습');
    expect(await other.c.importText('hello')).toContain('불러오지 못했습니다');
    const old = file.replace(`"version":${SAVE_VERSION}`, '"version":1');
    expect(await other.c.importText(old)).toContain('예전 레이어랩');
    expect((await other.c.machine.exec('docker volume ls -q')).stdout).toBe('exported\n');
  });

  it('a share link replays the steps on the same seed: same names, same IDs, same files', async () => {
    const { c } = await open();
    await type(c, 'docker run --name rn diamol/ch06-random-number');
    c.edit('/home/learner/diamol/ch06/exercises/named-volume/Dockerfile', 'FROM diamol/base\n');
    await type(c, 'docker volume create 볼륨');
    const link = encodeShare(c.shared());
    const shared = decodeShare(`#${link}`)!;
    expect(shared.steps).toEqual(c.timeline);
    const { c: copy, screen } = await open(undefined, { share: shared });
    expect(screen()).toContain('docker run --name rn diamol/ch06-random-number');
    const look = 'docker ps -aq; docker volume ls -q; cat ch06/exercises/named-volume/Dockerfile';
    expect((await copy.machine.exec(look)).stdout).toBe((await c.machine.exec(look)).stdout);
    expect(copy.timeline).toEqual(c.timeline);
  });
});

describe('a share link with a container shell', () => {
  it('replays `docker run -it … sh` and the lines typed into it, in the order typed', async () => {
    const { c } = await open();
    await type(c, 'docker run -it --name box diamol/base sh');
    await type(c, 'touch /inside');
    await type(c, 'exit 3');
    const { c: copy } = await open(undefined, {
      share: decodeShare(`#${encodeShare(c.shared())}`)!,
    });
    const look = 'docker diff box; docker ps -a --format "{{.Names}} {{.Status}}"';
    expect((await copy.machine.exec(look)).stdout).toMatch(/^A \/inside\nbox Exited \(3\)/);
    expect(copy.timeline).toEqual(c.timeline);
  });
});

describe('detaching with Ctrl-P Ctrl-Q', () => {
  it('leaves the container running, and a share link detaches at the same point', async () => {
    const { c } = await open();
    await type(c, 'docker run -it --name box diamol/base sh');
    await type(c, 'touch /inside');
    const host = c.driver.nextPrompt();
    c.input('\x10\x11');
    await host;
    expect(c.driver.depth).toBe(1);
    const look = 'docker diff box; docker ps --format "{{.Names}} {{.Status}}"';
    expect((await c.machine.exec(look)).stdout).toMatch(/^A \/inside\nbox Up/);
    const { c: copy } = await open(undefined, {
      share: decodeShare(`#${encodeShare(c.shared())}`)!,
    });
    expect(copy.driver.depth).toBe(1);
    expect((await copy.machine.exec(look)).stdout).toMatch(/^A \/inside\nbox Up/);
    expect(copy.timeline).toEqual(c.timeline);
  });
});

describe('the suggested first command', () => {
  it('is not typed: the first line is what the learner typed, in history and a share link', async () => {
    const { c, screen } = await open();
    expect(screen()).toContain('docker volume ls');
    const prompt = c.driver.nextPrompt();
    c.input('docker ps -q\r');
    await prompt;
    expect(c.timeline).toEqual([{ line: 'docker ps -q' }]);
    expect(c.shared().steps).toEqual([{ line: 'docker ps -q' }]);
    expect(c.machine.host.history).toEqual(['docker ps -q']);
  });
});

describe('interrupted commands', () => {
  it('are recorded as such and a replay interrupts them the same way', async () => {
    const { c } = await open();
    const prompt = c.driver.nextPrompt();
    c.input('\x15sleep 100\r');
    await new Promise((r) => setTimeout(r, 50));
    c.input('\x03');
    await prompt;
    await type(c, 'echo after');
    expect(c.timeline).toEqual([{ line: 'sleep 100', interrupted: true }, { line: 'echo after' }]);
    const { c: copy, screen } = await open(undefined, { share: c.shared() });
    expect(copy.timeline).toEqual(c.timeline);
    expect(screen()).toContain('^C');
    expect(copy.busy).toBe(false);
  });
});

describe('every exercise', () => {
  it("starts in its start state, so the reader's first command works", async () => {
    for (const s of scenarios) {
      const c = await PlaygroundController.start({
        id: s.id,
        scenario: s,
        io: { write: () => {}, columns: () => 80 },
        setTimer: (fn, ms) => setTimeout(fn, ms),
        seed: 1,
      });
      expect(c.machine.host.cwd, s.id).toBe(s.start.cwd);
      const first = await c.machine.exec(s.solution[0]!);
      expect(first.exitCode, `${s.id}: ${s.solution[0]}\n${first.output}`).toBe(0);
    }
  });
});

describe('share links', () => {
  it('fit every exercise’s whole solution in under 2,000 characters', () => {
    for (const s of scenarios) {
      const link = encodeShare({
        scenario: s.id,
        seed: 2 ** 31 - 1,
        steps: s.solution.map((line) => ({ line })),
      });
      expect(link.length, s.id).toBeLessThan(2000);
    }
  });

  it('reject what is not a share', () => {
    expect(decodeShare('#other=1')).toBeNull();
    expect(decodeShare('#play=%%%')).toBeNull();
    expect(decodeShare('#play=e30')).toBeNull(); // {}
    const bad = encodeShare({ scenario: 'x', seed: 1, steps: [{ edit: 'relative', content: '' }] });
    expect(decodeShare(bad)).toBeNull();
  });
});

describe('history', () => {
  it('keeps at most MAX_UNDO units', () => {
    const state = snapshot(createMachine());
    const history = new PlaygroundHistory();
    for (let i = 0; i < MAX_UNDO + 5; i++) history.record([{ line: `echo ${i}` }], state);
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(MAX_UNDO);
    expect(history.timeline).toHaveLength(5);
  });
});
