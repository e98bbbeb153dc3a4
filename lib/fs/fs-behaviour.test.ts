// One POSIX behaviour suite, run against every filesystem a learner touches: the in-memory fs,
// the union fs, a mount table (a container's view), a network share (its own semantics aside),
// and the host as the machine's shell sees it (a LiveFs, rebuilt from the engine on every call).
import { describe, expect, it } from 'vitest';
import { machineHost, rebuiltViewFs } from '../machine/live-fs.testing';
import { MemFs, MountedFs, NetworkShareFs, UnionFs, type FileSystem } from './index';
import { errnoOf, layerFrom } from './testing';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

const posix: [string, () => FileSystem][] = [
  ['MemFs', () => new MemFs()],
  [
    // Everything through the mount table: a filesystem mounted at / over another.
    'MountedFs',
    () =>
      new MountedFs(new MemFs(), [{ target: '/', fs: new MemFs(), source: '/', readOnly: false }]),
  ],
  // A share refuses hard links by design (docs/semantics.md#s11-a-network-share-lacks-operations);
  // everything else is POSIX (the link test below skips it).
  ['NetworkShareFs', () => new NetworkShareFs('nfs-server')],
  [
    'UnionFs',
    () =>
      new UnionFs({
        layers: [
          layerFrom({ '/bin/sh': 'elf', '/etc/os': 'base' }),
          layerFrom({ '/srv': { dir: true } }),
        ],
      }),
  ],
  ["LiveFs (the machine's host)", () => machineHost().fs],
  ['LiveFs (a new view on every call)', rebuiltViewFs],
];

const backends = posix.filter(([name]) => name === 'MemFs' || name === 'UnionFs');

describe.each(posix)('%s behaves like POSIX', (_name, make) => {
  const setup = () => {
    const fs = make();
    fs.mkdir('/w', { recursive: true });
    return fs;
  };

  it('writes, reads, overwrites and appends files', () => {
    const fs = setup();
    fs.writeFile('/w/a.txt', 'hello\n');
    expect(fs.readTextFile('/w/a.txt')).toBe('hello\n');
    fs.writeFile('/w/a.txt', 'x');
    fs.appendFile('/w/a.txt', 'yz');
    fs.appendFile('/w/new.txt', 'n');
    expect(fs.readTextFile('/w/a.txt')).toBe('xyz');
    expect(fs.readTextFile('/w/new.txt')).toBe('n');
    const st = fs.stat('/w/a.txt');
    expect(st).toMatchObject({ kind: 'file', mode: 0o644, size: 3, nlink: 1, uid: 0 });
  });

  it('truncates, keeps UTF-8 intact and returns copies of the bytes', () => {
    const fs = setup();
    fs.writeFile('/w/f', '도커 볼륨');
    expect(fs.readTextFile('/w/f')).toBe('도커 볼륨');
    fs.truncate('/w/f', 2);
    expect(fs.stat('/w/f').size).toBe(2);
    fs.truncate('/w/f', 4);
    expect([...fs.readFile('/w/f')].slice(2)).toEqual([0, 0]);
    fs.readFile('/w/f').fill(9);
    expect(fs.readFile('/w/f')[3]).toBe(0);
    expect(errnoOf(() => fs.truncate('/w', 0))).toBe('EISDIR');
  });

  it('reports ENOENT, ENOTDIR and EISDIR like the kernel', () => {
    const fs = setup();
    fs.writeFile('/w/f', 'f');
    expect(errnoOf(() => fs.readFile('/w/missing'))).toBe('ENOENT');
    expect(errnoOf(() => fs.readFile('/w/f/x'))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.writeFile('/w/nodir/x', ''))).toBe('ENOENT');
    expect(errnoOf(() => fs.readFile('/w'))).toBe('EISDIR');
    expect(errnoOf(() => fs.writeFile('/w', ''))).toBe('EISDIR');
    expect(errnoOf(() => fs.readdir('/w/f'))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.stat('/w/f/'))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.writeFile('/w/newdir/', ''))).toBe('EISDIR');
    expect(fs.exists('/w/f')).toBe(true);
    expect(fs.exists('/w/f/x')).toBe(false);
  });

  it('lists directories sorted and makes trees with mkdir -p', () => {
    const fs = setup();
    fs.mkdir('/w/b/c/d', { recursive: true });
    fs.writeFile('/w/a', '');
    fs.mkdir('/w/b/c/d', { recursive: true });
    expect(fs.readdir('/w')).toEqual(['a', 'b']);
    expect(errnoOf(() => fs.mkdir('/w/b'))).toBe('EEXIST');
    expect(errnoOf(() => fs.mkdir('/w/x/y'))).toBe('ENOENT');
    expect(errnoOf(() => fs.mkdir('/w/a', { recursive: true }))).toBe('EEXIST');
    expect(errnoOf(() => fs.mkdir('/w/a/b', { recursive: true }))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.mkdir('/'))).toBe('EEXIST');
    fs.mkdir('/w/m', { mode: 0o700 });
    expect(fs.stat('/w/m').mode).toBe(0o700);
  });

  it('removes files and directories', () => {
    const fs = setup();
    fs.mkdir('/w/d/e', { recursive: true });
    fs.writeFile('/w/d/e/f', 'f');
    expect(errnoOf(() => fs.rmdir('/w/d'))).toBe('ENOTEMPTY');
    expect(errnoOf(() => fs.unlink('/w/d'))).toBe('EISDIR');
    expect(errnoOf(() => fs.rmdir('/w/d/e/f'))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.rm('/w/d'))).toBe('EISDIR');
    expect(errnoOf(() => fs.rmdir('/'))).toBe('EBUSY');
    fs.rm('/w/d', { recursive: true });
    fs.rm('/w/missing', { force: true });
    expect(errnoOf(() => fs.rm('/w/missing'))).toBe('ENOENT');
    expect(fs.readdir('/w')).toEqual([]);
  });

  it('renames like rename(2)', () => {
    const fs = setup();
    fs.writeFile('/w/a', 'a');
    fs.writeFile('/w/b', 'b');
    fs.mkdir('/w/d/sub', { recursive: true });
    fs.mkdir('/w/empty');
    fs.rename('/w/a', '/w/b');
    expect(fs.readTextFile('/w/b')).toBe('a');
    expect(fs.exists('/w/a')).toBe(false);
    expect(errnoOf(() => fs.rename('/w/b', '/w/d'))).toBe('EISDIR');
    expect(errnoOf(() => fs.rename('/w/d', '/w/b'))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.rename('/w/empty', '/w/d'))).toBe('ENOTEMPTY');
    expect(errnoOf(() => fs.rename('/w/d', '/w/d/sub/x'))).toBe('EINVAL');
    expect(errnoOf(() => fs.rename('/w/d/sub', '/w/d'))).toBe('ENOTEMPTY');
    expect(errnoOf(() => fs.rename('/w/missing', '/w/x'))).toBe('ENOENT');
    fs.rename('/w/b', '/w/b');
    fs.rename('/w/d', '/w/empty');
    expect(fs.readdir('/w')).toEqual(['b', 'empty']);
    expect(fs.readdir('/w/empty')).toEqual(['sub']);
  });

  it('follows symlinks, detects loops and resolves realpath', () => {
    const fs = setup();
    fs.mkdir('/w/real/dir', { recursive: true });
    fs.writeFile('/w/real/dir/f', 'data');
    fs.symlink('real/dir', '/w/l1');
    fs.symlink('/w/l1/f', '/w/l2');
    fs.symlink('../l2', '/w/real/up');
    expect(fs.readTextFile('/w/l2')).toBe('data');
    expect(fs.readTextFile('/w/real/up')).toBe('data');
    expect(fs.realpath('/w/l2')).toBe('/w/real/dir/f');
    expect(fs.realpath('/w/real/dir/../..')).toBe('/w');
    expect(fs.realpath('/w/..')).toBe('/');
    expect(fs.lstat('/w/l1').kind).toBe('symlink');
    expect(fs.stat('/w/l1').kind).toBe('dir');
    expect(fs.readlink('/w/l1')).toBe('real/dir');
    expect(errnoOf(() => fs.readlink('/w/real'))).toBe('EINVAL');
    fs.symlink('loop', '/w/loop');
    expect(errnoOf(() => fs.readFile('/w/loop'))).toBe('ELOOP');
    expect(errnoOf(() => fs.symlink('x', '/w/l1'))).toBe('EEXIST');
    fs.symlink('created', '/w/dangling');
    expect(fs.exists('/w/dangling')).toBe(false);
    fs.writeFile('/w/dangling', 'via link');
    expect(fs.readTextFile('/w/created')).toBe('via link');
  });

  it('allows 40 symlinks in a path and refuses the 41st', () => {
    const fs = setup();
    fs.writeFile('/w/t', 't');
    fs.symlink('t', '/w/s0');
    for (let i = 1; i <= 40; i++) fs.symlink(`s${i - 1}`, `/w/s${i}`);
    expect(fs.readTextFile('/w/s39')).toBe('t');
    expect(errnoOf(() => fs.readFile('/w/s40'))).toBe('ELOOP');
  });

  it('hard links share an inode', () => {
    const fs = setup();
    if (fs instanceof NetworkShareFs) {
      expect(errnoOf(() => fs.link('/w/a', '/w/b'))).not.toBeUndefined();
      return;
    }
    fs.writeFile('/w/a', 'one');
    fs.link('/w/a', '/w/b');
    expect(fs.stat('/w/a').nlink).toBe(2);
    expect(fs.stat('/w/a').ino).toBe(fs.stat('/w/b').ino);
    fs.appendFile('/w/b', 'two');
    expect(fs.readTextFile('/w/a')).toBe('onetwo');
    fs.unlink('/w/a');
    expect(fs.stat('/w/b').nlink).toBe(1);
    fs.mkdir('/w/d');
    expect(errnoOf(() => fs.link('/w/d', '/w/d2'))).toBe('EPERM');
    expect(errnoOf(() => fs.link('/w/b', '/w/d'))).toBe('EEXIST');
    expect(errnoOf(() => fs.link('/w/missing', '/w/x'))).toBe('ENOENT');
    fs.symlink('b', '/w/sl');
    fs.link('/w/sl', '/w/sl2');
    expect(fs.lstat('/w/sl2')).toMatchObject({ kind: 'symlink', nlink: 2 });
    expect(fs.readTextFile('/w/sl2')).toBe('onetwo');
  });

  it('changes mode, owner and times', () => {
    const fs = setup();
    fs.writeFile('/w/f', 'f');
    fs.chmod('/w/f', 0o4755);
    fs.chown('/w/f', 1000, 1000);
    expect(fs.stat('/w/f')).toMatchObject({ mode: 0o755, uid: 1000, gid: 1000 });
    fs.chown('/w/f', -1, 50);
    expect(fs.stat('/w/f')).toMatchObject({ uid: 1000, gid: 50 });
    fs.utimes('/w/f', 42_000);
    expect(fs.stat('/w/f').mtime).toBe(42_000);
    const before = fs.stat('/w/f').mtime;
    fs.utimes('/w/f');
    expect(fs.stat('/w/f').mtime).not.toBe(before);
  });

  it('enforces permissions for non-root callers and lets root pass', () => {
    const fs = setup();
    const user = fs.as({ uid: 1000, gid: 1000 });
    fs.writeFile('/w/secret', 's', { mode: 0o600 });
    fs.mkdir('/w/private', { mode: 0o700 });
    fs.writeFile('/w/private/x', 'x');
    expect(errnoOf(() => user.readFile('/w/secret'))).toBe('EACCES');
    expect(errnoOf(() => user.writeFile('/w/new', ''))).toBe('EACCES');
    expect(errnoOf(() => user.readFile('/w/private/x'))).toBe('EACCES');
    expect(errnoOf(() => user.chmod('/w/secret', 0o777))).toBe('EPERM');
    expect(errnoOf(() => user.chown('/w/secret', 1000, 1000))).toBe('EPERM');
    expect(errnoOf(() => user.unlink('/w/secret'))).toBe('EACCES');
    expect(errnoOf(() => user.utimes('/w/secret'))).toBe('EACCES');
    fs.chown('/w', 1000, 1000);
    user.writeFile('/w/mine', 'm');
    expect(fs.stat('/w/mine')).toMatchObject({ uid: 1000, gid: 1000 });
    user.chmod('/w/mine', 0o600);
    expect(errnoOf(() => fs.as({ uid: 2000, gid: 2000 }).readFile('/w/mine'))).toBe('EACCES');
    expect(fs.readTextFile('/w/mine')).toBe('m');
  });

  it('honours group permissions and the sticky bit', () => {
    const fs = setup();
    fs.mkdir('/w/tmp', { mode: 0o1777 });
    fs.as({ uid: 1, gid: 1 }).writeFile('/w/tmp/one', '1');
    expect(errnoOf(() => fs.as({ uid: 2, gid: 2 }).unlink('/w/tmp/one'))).toBe('EPERM');
    fs.as({ uid: 1, gid: 1 }).unlink('/w/tmp/one');
    fs.writeFile('/w/g', 'g', { mode: 0o640 });
    fs.chown('/w/g', 0, 50);
    expect(fs.as({ uid: 7, gid: 7, groups: [50] }).readTextFile('/w/g')).toBe('g');
    expect(errnoOf(() => fs.as({ uid: 7, gid: 7 }).readFile('/w/g'))).toBe('EACCES');
  });
});

describe.each(backends)('%s mounted read-only', (_name, make) => {
  it('fails every change with EROFS and still reads', () => {
    const base = make();
    base.mkdir('/w', { recursive: true });
    base.writeFile('/w/f', 'f');
    const ro =
      base instanceof UnionFs
        ? new UnionFs({ layers: [], upper: base.upperDir, readOnly: true })
        : new MemFs({ layer: (base as MemFs).layer, readOnly: true });
    expect(ro.readTextFile('/w/f')).toBe('f');
    expect(errnoOf(() => ro.writeFile('/w/f', 'x'))).toBe('EROFS');
    expect(errnoOf(() => ro.writeFile('/w/new', 'x'))).toBe('EROFS');
    expect(errnoOf(() => ro.mkdir('/w/d'))).toBe('EROFS');
    expect(errnoOf(() => ro.mkdir('/w'))).toBe('EEXIST');
    expect(errnoOf(() => ro.unlink('/w/f'))).toBe('EROFS');
    expect(errnoOf(() => ro.rename('/w/f', '/w/g'))).toBe('EROFS');
    expect(errnoOf(() => ro.chmod('/w/f', 0o600))).toBe('EROFS');
    expect(decode(ro.readFile('/w/f'))).toBe('f');
  });
});

describe('limits', () => {
  it('fails names over 255 bytes and paths over 4095 with ENAMETOOLONG', () => {
    const fs = new MemFs();
    expect(errnoOf(() => fs.writeFile('/' + 'a'.repeat(256), ''))).toBe('ENAMETOOLONG');
    expect(errnoOf(() => fs.writeFile('/' + '가'.repeat(86), ''))).toBe('ENAMETOOLONG');
    fs.writeFile('/' + 'a'.repeat(255), '');
    expect(errnoOf(() => fs.stat('/a'.repeat(2048)))).toBe('ENAMETOOLONG');
  });

  it('enforces a tmpfs size limit with ENOSPC, shared by every view', () => {
    const fs = new MemFs({ capacity: 10, rootMode: 0o1777 });
    expect(fs.stat('/').mode).toBe(0o1777);
    fs.writeFile('/a', '12345');
    fs.link('/a', '/b');
    // a write that does not fit writes what fits, then fails (the kernel's short write)
    expect(errnoOf(() => fs.as({ uid: 1, gid: 1 }).writeFile('/c', '1234567'))).toBe('ENOSPC');
    expect(fs.readTextFile('/c')).toBe('12345');
    fs.unlink('/c');
    fs.appendFile('/a', '123');
    expect(errnoOf(() => fs.appendFile('/a', '123'))).toBe('ENOSPC');
    expect(fs.readTextFile('/b')).toBe('1234512312');
    expect(errnoOf(() => fs.truncate('/a', 11))).toBe('ENOSPC');
    fs.unlink('/a');
    expect(errnoOf(() => fs.writeFile('/c', '123'))).toBe('ENOSPC');
    fs.unlink('/b');
    fs.writeFile('/c', '1234567890');
    fs.writeFile('/c', 'x');
    fs.writeFile('/d', '123456789');
  });

  it('keeps the caller identity and the fs type in views made by as()', () => {
    const union = new UnionFs({ layers: [layerFrom({ '/etc/a': 'a' })] });
    const user = union.as({ uid: 5, gid: 5 });
    expect(user).toBeInstanceOf(UnionFs);
    expect(user.identity.uid).toBe(5);
    union.writeFile('/etc/b', 'b');
    expect(user.diff()).toEqual(union.diff());
  });
});
