import { describe, expect, it } from 'vitest';
import { createMachine } from './machine';
import { restoreMachine, snapshot, StateError, type MachineState } from './state';

describe('corrupt or foreign states are rejected with StateError', () => {
  const valid = (() => {
    const s = createMachine({ seed: 1 });
    return s
      .exec('docker run --name c1 -v v1:/v diamol/base sh -c "echo hi > /v/x; echo l > /l"')
      .then(() => JSON.parse(JSON.stringify(snapshot(s))) as MachineState);
  })();

  it.each<[string, (s: MachineState) => unknown]>([
    ['null', () => null],
    ['a string that is not JSON', () => '{"format": "layerlab-sandbox", '],
    ['another format', (s) => ({ ...s, format: 'other' })],
    ['version 2', (s) => ({ ...s, version: 2 })],
    ['version 0', (s) => ({ ...s, version: 0 })],
    ['no engine', (s) => ({ ...s, engine: undefined })],
    ['bad random', (s) => ({ ...s, random: -1 })],
    ['bad clock', (s) => ({ ...s, clock: 'now' })],
    ['unknown preloaded image', (s) => edit(s, (e) => (e.images[0]!.id = 'sha256:nope'))],
    ['container image out of range', (s) => edit(s, (e) => (e.containers[0]!.image = 99))],
    ['container upper missing', (s) => edit(s, (e) => (e.containers[0]!.upper = 42))],
    [
      'bad status',
      (s) => edit(s, (e) => ((e.containers[0]!.state as { status: string }).status = 'paused')),
    ],
    ['mount volume ref', (s) => edit(s, (e) => (e.containers[0]!.mounts[0]!.volume = 7))],
    ['duplicate volume', (s) => edit(s, (e) => e.volumes.push(e.volumes[0]!))],
    [
      'bad log entry',
      (s) =>
        edit(
          s,
          (e) =>
            (e.containers[0]!.logs = [
              [1, 'x', 'y'],
            ] as unknown as (typeof e.containers)[0]['logs']),
        ),
    ],
    [
      'bad file bytes',
      (s) => ({
        ...s,
        host: {
          ...s.host,
          root: { ...s.host.root, dir: [['f', { ino: 1, mtime: 0, base64: '%' }]] },
        },
      }),
    ],
    ['volume name escaping its directory', (s) => edit(s, (e) => (e.volumes[0]!.name = '../x'))],
    [
      'relative mount destination',
      (s) => edit(s, (e) => (e.containers[0]!.mounts[0]!.destination = 'v')),
    ],
    ['container ID not hex', (s) => edit(s, (e) => (e.containers[0]!.id = 'zz'))],
    ['relative cwd', (s) => ({ ...s, shell: { ...s.shell, cwd: 'home/../x' } })],
    ['bad shell vars', (s) => ({ ...s, shell: { ...s.shell, vars: [['a']] } })],
  ])('%s', async (_, mutate) => {
    const state = mutate(structuredClone(await valid));
    expect(() => restoreMachine(state)).toThrow(StateError);
  });

  it('tells a foreign document from an old version', async () => {
    const kind = (v: unknown) => {
      try {
        restoreMachine(v);
        return 'ok';
      } catch (e) {
        return (e as StateError).kind;
      }
    };
    expect(kind({ hello: 1 })).toBe('format');
    expect(kind({ ...(await valid), version: 0 })).toBe('version');
    expect(kind(await valid)).toBe('ok');
  });

  it('never throws anything but StateError for damaged documents', async () => {
    const text = JSON.stringify(await valid);
    let seed = 1;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 300; i++) {
      const doc = JSON.parse(text) as unknown;
      damage(doc, rand);
      try {
        restoreMachine(doc);
      } catch (e) {
        expect(e).toBeInstanceOf(StateError);
      }
      const cut = text.slice(0, Math.floor(rand() * text.length));
      expect(() => restoreMachine(cut)).toThrow(StateError);
    }
  });
});

function edit(s: MachineState, fn: (e: MachineState['engine']) => void): MachineState {
  fn(s.engine);
  return s;
}

/** Replaces one random value deep in the document with a wrong one. */
function damage(doc: unknown, rand: () => number): void {
  let node = doc as Record<string, unknown>;
  for (;;) {
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[Math.floor(rand() * keys.length)]!;
    const child = node[key];
    if (typeof child === 'object' && child !== null && rand() < 0.8) {
      node = child as Record<string, unknown>;
      continue;
    }
    const wrong = [null, -1, 'x', {}, [], true, 1e20, undefined];
    node[key] = wrong[Math.floor(rand() * wrong.length)];
    return;
  }
}
