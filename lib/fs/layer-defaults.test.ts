import { expect, it } from 'vitest';
import { Layer } from './layer';
import { utf8 } from './node';

it('an optional mode passed as undefined keeps the default (0755 dirs, 0644 files)', () => {
  const layer = new Layer({ id: 'l' });
  layer.putDir('/data', { mode: undefined, uid: 999, gid: 999 });
  layer.putFile('/data/f', utf8('x'), { mode: undefined });
  const dir = layer.root.children.get('data');
  expect(dir?.kind === 'dir' && [dir.mode, dir.uid]).toEqual([0o755, 999]);
  const file = dir?.kind === 'dir' ? dir.children.get('f') : undefined;
  expect(file?.kind === 'file' && file.mode).toBe(0o644);
});
