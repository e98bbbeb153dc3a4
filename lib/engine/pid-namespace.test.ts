import { describe, expect, it } from 'vitest';
import { PidNamespace } from './pid-namespace';

const proc = (argv: string[]) => ({ ppid: 0, uid: 0, gid: 0, argv, comm: argv[0]! });

describe('a PID namespace (docs/semantics.md#m36-processes-in-a-container)', () => {
  it('numbers PID 1, then execs six apart and forks one apart, and lists only the living', () => {
    let running = true;
    const ns = new PidNamespace(proc(['sleep', '100']), () => running);
    const a = ns.exec(proc(['sh']));
    expect(a.pid).toBe(7);
    expect(ns.fork()).toBe(13);
    const b = ns.exec(proc(['ps']));
    expect(b.pid).toBe(14);
    expect(ns.list().map((p) => p.pid)).toEqual([1, 7, 14]);
    a.end();
    expect(ns.list().map((p) => p.pid)).toEqual([1, 14]);
    let open = true;
    b.liveWhile(() => open);
    open = false;
    running = false;
    expect(ns.list()).toEqual([]);
  });

  it('forgets ended execs instead of keeping every one', () => {
    const ns = new PidNamespace(proc(['sleep']), () => true);
    for (let i = 0; i < 100; i++) ns.exec(proc(['ps'])).end();
    expect((ns as unknown as { entries: unknown[] }).entries.length).toBeLessThan(3);
  });
});
