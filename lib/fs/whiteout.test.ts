// Deletes, whiteouts and opaque dirs in the UpperDir and in image layers: R4, R5 and R14–R17 of
// docs/semantics.md#union-filesystem.
import { describe, expect, it } from 'vitest';
import { UnionFs } from './index';
import { WHITEOUT } from './node';
import { errnoOf, layerFrom } from './testing';

const base = () => layerFrom({ '/init/abc.txt': 'abc', '/init/def.txt': 'def', '/keep': 'k' });

describe('whiteouts and opaque directories', () => {
  it('removes upper-only files without a trace (R14)', () => {
    const fs = new UnionFs({ layers: [base()] });
    fs.writeFile('/new', 'n');
    fs.unlink('/new');
    expect(fs.upperDir.root.children.size).toBe(0);
  });

  it('leaves a whiteout for a lower file (R15) and hides it everywhere', () => {
    const fs = new UnionFs({ layers: [base()] });
    fs.unlink('/init/abc.txt');
    expect(fs.upperDir.get('/init/abc.txt')).toBe(WHITEOUT);
    expect(fs.readdir('/init')).toEqual(['def.txt']);
    expect(errnoOf(() => fs.stat('/init/abc.txt'))).toBe('ENOENT');
  });

  it('turns rm -rf of a lower dir into one whiteout (R16)', () => {
    const fs = new UnionFs({ layers: [base()] });
    fs.rm('/init', { recursive: true });
    expect([...fs.upperDir.root.children.entries()]).toEqual([['init', WHITEOUT]]);
  });

  it('re-creates a deleted dir as opaque (R17) and a file simply over the whiteout', () => {
    const fs = new UnionFs({ layers: [base()] });
    fs.rm('/init', { recursive: true });
    fs.mkdir('/init');
    expect(fs.readdir('/init')).toEqual([]);
    expect(fs.upperDir.get('/init')).toMatchObject({ kind: 'dir', opaque: true });
    fs.unlink('/keep');
    fs.writeFile('/keep', 'again');
    expect(fs.upperDir.get('/keep')).toMatchObject({ kind: 'file' });
  });

  it('does not make plain new dirs opaque', () => {
    const fs = new UnionFs({ layers: [base()] });
    fs.mkdir('/fresh');
    fs.mkdir('/init/sub');
    expect(fs.upperDir.get('/fresh')).toMatchObject({ opaque: false });
    expect(fs.upperDir.get('/init/sub')).toMatchObject({ opaque: false });
  });

  it('applies whiteouts and opaque dirs carried by image layers', () => {
    const l1 = layerFrom({ '/etc/a': 'a', '/etc/b': 'b', '/cache/x': 'x' });
    const l2 = layerFrom({ '/etc/b': 'whiteout', '/cache': 'opaque', '/cache/z': 'z' });
    const l3 = layerFrom({ '/etc/b': 'back' });
    const fs = new UnionFs({ layers: [l1, l2, l3] });
    expect(fs.readdir('/etc')).toEqual(['a', 'b']);
    expect(fs.readTextFile('/etc/b')).toBe('back');
    expect(fs.readdir('/cache')).toEqual(['z']);
    expect(errnoOf(() => fs.rmdir('/cache'))).toBe('ENOTEMPTY');
    fs.unlink('/cache/z');
    fs.rmdir('/cache');
    expect(fs.upperDir.get('/cache')).toBe(WHITEOUT);
  });

  it('lets a non-directory hide a lower directory (R2)', () => {
    const l1 = layerFrom({ '/x/inner': 'i' });
    const l2 = layerFrom({ '/x': 'file now' });
    const fs = new UnionFs({ layers: [l1, l2] });
    expect(fs.stat('/x').kind).toBe('file');
    expect(errnoOf(() => fs.stat('/x/inner'))).toBe('ENOTDIR');
  });
});

describe('directory link counts', () => {
  it('reports 1 for merged dirs and 2 + subdirs for the others, like overlayfs', () => {
    const l1 = layerFrom({ '/m/a/x': 'x', '/solo/s1/f': 'f', '/solo/s2': { dir: true } });
    const l2 = layerFrom({ '/m/c': 'c' });
    const fs = new UnionFs({ layers: [l1, l2] });
    fs.mkdir('/up/u1', { recursive: true });
    fs.mkdir('/up/u2');
    const links = ['/', '/m', '/solo', '/up', '/solo/s1'].map((p) => fs.stat(p).nlink);
    expect(links).toEqual([1, 1, 4, 4, 2]);
  });
});
