import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';
import { InodeCounter } from './inode-counter';
import { Layer, MemFs, UnionFs, formatChanges, utf8 } from './index';
import { TreeReader, TreeWriter } from './serialize';
import { StateError } from './state-read';

const clock = () => 1_704_067_200_000;
const ctx = () => ({ clock, inodes: new InodeCounter(500) });
const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

function dump(fs: MemFs | UnionFs, path = '/'): string[] {
  const out: string[] = [];
  for (const name of fs.readdir(path)) {
    const p = path === '/' ? `/${name}` : `${path}/${name}`;
    const st = fs.lstat(p);
    const body =
      st.kind === 'file'
        ? encodeBase64(fs.readFile(p))
        : st.kind === 'symlink'
          ? fs.readlink(p)
          : '';
    out.push(
      `${p} ${st.kind} ${st.mode.toString(8)} ${st.uid}:${st.gid} ${st.mtime} ${st.ino} ${st.nlink} ${body}`,
    );
    if (st.kind === 'dir') out.push(...dump(fs, p));
  }
  return out;
}

describe('base64', () => {
  it('matches the standard encoding for every length and byte', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
  });
  it('rejects what is not base64', () => {
    for (const bad of ['a', 'ab=c', '@@@@', 'ab==cd==', 'a==='])
      expect(decodeBase64(bad), bad).toBeNull();
  });
});

describe('tree serialisation', () => {
  it('round-trips files, dirs, symlinks, modes, owners, mtimes, inodes, hard links, bytes', () => {
    const fs = new MemFs({ clock: () => 1_704_067_260_123, inodes: new InodeCounter(7) });
    fs.mkdir('/a/b', { recursive: true, mode: 0o700 });
    fs.writeFile('/a/b/text.txt', 'héllo 한국어\n');
    fs.writeFile('/a/bin', Uint8Array.from([0, 1, 2, 255, 254, 0xc3]));
    fs.writeFile('/a/zeros', new Uint8Array(4096));
    fs.writeFile('/a/empty', '');
    fs.writeFile('/a/ctl', 'a\u0001b\u0002c\u0003');
    fs.chmod('/a/b/text.txt', 0o4755);
    fs.chown('/a/b', 1000, 1001);
    fs.utimes('/a/bin', 12345);
    fs.symlink('../a/b/text.txt', '/a/link');
    fs.link('/a/b/text.txt', '/a/hard');
    fs.link('/a/b/text.txt', '/hard2');
    fs.mkdir('/1');
    fs.mkdir('/__proto__');
    const saved = json(new TreeWriter().dir(fs.layer.root));
    const back = new TreeReader().memFs(saved, 'fs', { clock, inodes: new InodeCounter(900) });
    expect(dump(back)).toEqual(dump(fs));
    expect(back.readdir('/')).toEqual(fs.readdir('/'));
    back.appendFile('/hard2', 'more');
    expect(back.readTextFile('/a/b/text.txt')).toBe('héllo 한국어\nmore');
    expect(back.stat('/a/hard').nlink).toBe(3);
    const text = JSON.stringify(saved);
    expect(text).toContain('"zeros":4096');
    expect(text).toContain('"base64":"AAEC//7D"');
    expect(text).toContain('héllo 한국어');
  });

  it('round-trips a writable layer with whiteouts and opaque dirs; shared layers stay shared', () => {
    const base = new Layer({ id: 'base', clock });
    base.putFile('/etc/conf', utf8('x\n'));
    base.putFile('/srv/www/index.html', utf8('<h1>\n'));
    base.putFile('/srv/www/old.html', utf8('old\n'));
    base.freeze();
    const c = new UnionFs({ layers: [base], clock });
    c.rm('/srv/www', { recursive: true });
    c.mkdir('/srv/www');
    c.writeFile('/srv/www/new.html', 'new\n');
    c.rm('/etc/conf');
    c.writeFile('/etc/added', 'a\n');
    const w = new TreeWriter();
    const saved = json([w.layer(base), w.layer(c.upperDir)]) as unknown[];
    const r = new TreeReader();
    const base2 = r.layer(saved[0], 'l0', ctx());
    const upper2 = r.layer(saved[1], 'l1', ctx());
    expect(base2.isFrozen).toBe(true);
    expect(upper2.isFrozen).toBe(false);
    const c2 = new UnionFs({ layers: [base2], upper: upper2, clock });
    expect(formatChanges(c2.diff())).toBe(formatChanges(c.diff()));
    expect(upper2.get('/srv/www')).toMatchObject({ kind: 'dir', opaque: true });
    expect(upper2.get('/etc/conf')).toEqual({ kind: 'whiteout' });
    expect(dump(c2)).toEqual(dump(c));
  });

  it('rejects corrupt trees with StateError', () => {
    const good = { ino: 1, mtime: 0, dir: [['f', { ino: 2, mtime: 0, text: 'x' }]] };
    const bad: unknown[] = [
      null,
      [],
      { ino: 1, mtime: 0, text: 'not a dir' },
      { ino: 1, mtime: 0, dir: {} },
      { ino: 0, mtime: 0, dir: [] },
      { ino: 1, mtime: 'x', dir: [] },
      { ino: 1, mtime: 0, mode: 0o77777, dir: [] },
      { ino: 1, mtime: 0, dir: [['a/b', { whiteout: true }]] },
      { ino: 1, mtime: 0, dir: [['..', { whiteout: true }]] },
      {
        ino: 1,
        mtime: 0,
        dir: [
          ['a', { whiteout: true }],
          ['a', { whiteout: true }],
        ],
      },
      { ino: 1, mtime: 0, dir: [['a', { same: 3 }]] },
      { ino: 1, mtime: 0, dir: [['a', { ino: 2, mtime: 0, base64: '***' }]] },
      { ino: 1, mtime: 0, dir: [['a', { ino: 2, mtime: 0, zeros: 1e12 }]] },
      { ino: 1, mtime: 0, dir: [['a', { ino: 2, mtime: 0 }]] },
      { ino: 1, mtime: 0, dir: [['a', { whiteout: 1 }]] },
      { ino: 1, mtime: 0, dir: [['a']] },
    ];
    expect(() => new TreeReader().memFs(good, 'fs', { clock })).not.toThrow();
    for (const v of bad)
      expect(() => new TreeReader().memFs(v, 'fs', { clock }), JSON.stringify(v)).toThrow(
        StateError,
      );
  });
});
