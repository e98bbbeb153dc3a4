// Copy-up (docs/semantics.md#r7-reads-never-copy to R12): what lands in the UpperDir, and that image layers never change.
import { describe, expect, it } from 'vitest';
import { UnionFs, type Layer } from './index';
import { errnoOf, layerFrom } from './testing';

function image(): Layer[] {
  const base = layerFrom({ '/etc/app.conf': 'v1', '/data/big.bin': 'x'.repeat(1000) });
  base.chmod('/etc', 0o750);
  base.chmod('/etc/app.conf', 0o600);
  const top = layerFrom({ '/etc/extra.conf': 'extra' });
  return [base, top];
}

describe('copy-up', () => {
  it('never copies on read (R7)', () => {
    const fs = new UnionFs({ layers: image() });
    fs.readFile('/etc/app.conf');
    fs.readdir('/etc');
    fs.stat('/data/big.bin');
    expect(fs.upperDir.root.children.size).toBe(0);
  });

  it('copies the whole file and its parents with their metadata on first write (R8, R9)', () => {
    const layers = image();
    const fs = new UnionFs({ layers });
    fs.appendFile('/etc/app.conf', '+');
    const up = fs.upperDir.get('/etc/app.conf');
    expect(up).toMatchObject({ kind: 'file', mode: 0o600 });
    // R3: a merged dir takes its metadata from the topmost copy (0755 in the top layer).
    expect(fs.upperDir.get('/etc')).toMatchObject({ kind: 'dir', mode: 0o755, opaque: false });
    expect(fs.upperDir.get('/data')).toBeUndefined();
    expect(fs.readTextFile('/etc/app.conf')).toBe('v1+');
    expect(fs.readdir('/etc')).toEqual(['app.conf', 'extra.conf']);
    expect(layers[0]?.get('/etc/app.conf')).toMatchObject({ mode: 0o600 });
    fs.appendFile('/etc/app.conf', '+');
    expect(fs.upperDir.get('/etc/app.conf')).toBe(up);
  });

  it('copies up on chmod, chown, touch and hard link (R10, R11)', () => {
    const layers = image();
    const fs = new UnionFs({ layers });
    fs.chmod('/etc/extra.conf', 0o644);
    fs.chown('/data/big.bin', 1, 1);
    fs.utimes('/etc/app.conf');
    fs.link('/etc/extra.conf', '/extra-link');
    for (const p of ['/etc/extra.conf', '/data/big.bin', '/etc/app.conf', '/extra-link']) {
      expect(fs.upperDir.get(p)?.kind).toBe('file');
    }
    expect(fs.stat('/etc/extra.conf').nlink).toBe(2);
    expect(layers[0]?.get('/data/big.bin')).toMatchObject({ uid: 0, gid: 0 });
  });

  it('breaks lower hard links on copy-up (index=off)', () => {
    const base = layerFrom({ '/a': 'shared' });
    const node = base.get('/a');
    base.root.children.set('b', node as never);
    if (node?.kind === 'file') node.nlink = 2;
    const fs = new UnionFs({ layers: [base] });
    fs.writeFile('/a', 'changed');
    expect(fs.readTextFile('/b')).toBe('shared');
    expect(fs.stat('/a').nlink).toBe(1);
  });

  it('freezes the image layers', () => {
    const layers = image();
    new UnionFs({ layers });
    expect(layers[0]?.isFrozen).toBe(true);
    expect(() => layers[0]?.putFile('/x', new Uint8Array())).toThrow(/frozen/);
  });

  it('shares image layers between containers without leaking changes', () => {
    const layers = image();
    const a = new UnionFs({ layers });
    const b = new UnionFs({ layers });
    a.writeFile('/etc/app.conf', 'mine');
    a.rm('/data', { recursive: true });
    expect(b.readTextFile('/etc/app.conf')).toBe('v1');
    expect(b.readdir('/')).toEqual(['data', 'etc']);
    expect(errnoOf(() => a.stat('/data'))).toBe('ENOENT');
  });
});
