import { describe, expect, it } from 'vitest';
import { run, sandboxAfter } from '@/lib/layers/testing';
import { afterCommand, initialView, update } from './view-state';

describe('the layer view state', () => {
  it('keeps the picked layer across commands, and follows a new container from its writable layer', async () => {
    const machine = await sandboxAfter('docker run -d --name c1 diamol/ch06-bind-mount sleep 1000');
    let view = initialView(machine, 1);
    view = update(machine, view, { pick: { kind: 'image', index: 2 }, mode: 'changes' });
    expect(view.model.selected!.inspect.changes.entries.map((e) => e.path)).toContain(
      '/init/abc.txt',
    );

    const line = "docker exec c1 sh -c 'echo x >> /init/abc.txt'";
    await run(machine, line);
    view = afterCommand(machine, view, 2, line);
    expect(view.pick).toEqual({ kind: 'image', index: 2 });
    expect(view.motions.map((m) => [m.kind, m.key])).toEqual([['copy-up', 'w:/init/abc.txt']]);

    await run(machine, 'docker run --name f1 diamol/ch06-file-display');
    view = afterCommand(machine, view, 3, 'docker run --name f1 diamol/ch06-file-display');
    expect(view.model.selected!.name).toBe('f1');
    expect([view.pick, view.mode, view.path]).toEqual([{ kind: 'writable' }, 'merged', null]);
    expect(view.motions.map((m) => m.text)).toEqual(['새 컨테이너 f1']);
  });

  it('a click rebuilds the model without motion, and the same model between renders', async () => {
    const machine = await sandboxAfter('docker run --name f1 diamol/ch06-file-display');
    const view = initialView(machine, 1);
    const same = afterCommand(machine, view, 1, '');
    expect(same.model.selected!.tree).toEqual(view.model.selected!.tree);
    const opened = update(machine, view, { expanded: new Set(['/bin']), path: '/bin' });
    expect(opened.motions).toEqual([]);
    expect(
      opened.model.selected!.tree.some((e) => e.depth === 1 && e.path.startsWith('/bin/')),
    ).toBe(true);
  });
});
