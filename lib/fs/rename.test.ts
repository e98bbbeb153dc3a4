// Renames in the union (docs/semantics.md#r18-renaming-a-lower-file, R19) and the mv fallback (move).
import { describe, expect, it } from 'vitest';
import { MemFs, MoveError, UnionFs, move } from './index';
import { WHITEOUT } from './node';
import { errnoOf, layerFrom } from './testing';

const image = () => [
  layerFrom({
    '/docs/a.txt': 'A',
    '/docs/sub/b.txt': 'B',
    '/single.txt': 'S',
    '/dest': { dir: true },
  }),
];

describe('rename in the union', () => {
  it('renames a lower file: copy-up + whiteout (R18)', () => {
    const fs = new UnionFs({ layers: image() });
    fs.rename('/single.txt', '/renamed.txt');
    expect(fs.readTextFile('/renamed.txt')).toBe('S');
    expect(fs.upperDir.get('/single.txt')).toBe(WHITEOUT);
  });

  it('refuses lower and merged dirs with EXDEV (R19), moves upper-only dirs', () => {
    const fs = new UnionFs({ layers: image() });
    expect(errnoOf(() => fs.rename('/docs', '/docs2'))).toBe('EXDEV');
    fs.writeFile('/docs/new', 'n');
    expect(errnoOf(() => fs.rename('/docs', '/docs2'))).toBe('EXDEV');
    fs.mkdir('/mine/deep', { recursive: true });
    fs.rename('/mine', '/mine2');
    expect(fs.readdir('/mine2')).toEqual(['deep']);
    expect(fs.upperDir.get('/mine2')).toMatchObject({ opaque: true });
  });

  it('checks ENOTEMPTY only after EXDEV, like the kernel', () => {
    const fs = new UnionFs({ layers: image() });
    expect(errnoOf(() => fs.rename('/docs', '/dest'))).toBe('EXDEV');
    fs.mkdir('/up');
    expect(errnoOf(() => fs.rename('/up', '/docs'))).toBe('ENOTEMPTY');
    fs.rename('/up', '/dest');
    expect(fs.upperDir.get('/dest')).toMatchObject({ kind: 'dir', opaque: true });
  });
});

describe('move (mv)', () => {
  it('falls back to copy + delete for lower dirs', () => {
    const fs = new UnionFs({ layers: image() });
    expect(move(fs, '/docs', '/moved')).toBe('/moved');
    expect(fs.readTextFile('/moved/sub/b.txt')).toBe('B');
    expect(fs.upperDir.get('/docs')).toBe(WHITEOUT);
    expect(fs.upperDir.get('/moved')).toMatchObject({ opaque: false });
  });

  it('moves into an existing directory and keeps metadata', () => {
    const fs = new UnionFs({ layers: image() });
    fs.chmod('/docs/a.txt', 0o600);
    fs.utimes('/docs/a.txt', 5000);
    expect(move(fs, '/docs', '/dest')).toBe('/dest/docs');
    expect(fs.stat('/dest/docs/a.txt')).toMatchObject({ mode: 0o600, mtime: 5000 });
  });

  it('keeps hard links inside the moved tree', () => {
    const fs = new UnionFs({ layers: image() });
    fs.link('/docs/a.txt', '/docs/sub/a-link');
    move(fs, '/docs', '/moved');
    expect(fs.stat('/moved/a.txt').ino).toBe(fs.stat('/moved/sub/a-link').ino);
  });

  it('reports the failing stage', () => {
    const fs = new MemFs();
    fs.mkdir('/a/b', { recursive: true });
    const stageOf = (from: string, to: string) => {
      try {
        move(fs, from, to);
      } catch (e) {
        if (e instanceof MoveError) return [e.stage, e.cause.code];
        throw e;
      }
      return undefined;
    };
    expect(stageOf('/missing', '/x')).toEqual(['stat', 'ENOENT']);
    expect(stageOf('/a', '/a/b')).toEqual(['rename', 'EINVAL']);
  });
});
