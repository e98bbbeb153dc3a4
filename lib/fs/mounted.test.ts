// Rule and exercise ids in test names are those of docs/semantics.md#mounts.
import { describe, expect, it } from 'vitest';
import { MemFs } from './memfs';
import { MountedFs, bindMount } from './mounted';
import { errnoOf, layerFrom } from './testing';
import { UnionFs } from './unionfs';

function setup() {
  const image = layerFrom({
    '/init/abc.txt': 'abc',
    '/init/def.txt': 'def',
    '/app/config/app.json': '{}',
    '/data': { dir: true },
  });
  const root = new UnionFs({ layers: [image] });
  const host = new MemFs();
  host.mkdir('/src/new', { recursive: true });
  host.writeFile('/src/new/123.txt', '123');
  host.writeFile('/src/new/456.txt', '456');
  host.mkdir('/src/config');
  host.writeFile('/src/config/config.json', 'debug');
  const volume = new MemFs();
  root.writeFile('/init/123.txt', ''); // mount points exist in the root, as the engine creates them (M5)
  root.mkdir('/mnt/new', { recursive: true });
  const view = new MountedFs(root, [
    { target: '/mnt/new', fs: host, source: '/src/new', readOnly: false },
    { target: '/init/123.txt', fs: host, source: '/src/new/123.txt', readOnly: false },
    { target: '/app/config', fs: host, source: '/src/config', readOnly: true },
    { target: '/data', fs: volume, source: '/', readOnly: false },
  ]);
  return { root, host, volume, view };
}

describe('MountedFs', () => {
  it('shadows the image directory with the mount (M2) and merges a single-file bind (M3)', () => {
    const { view } = setup();
    expect(view.readdir('/app/config')).toEqual(['config.json']);
    expect(view.readdir('/init')).toEqual(['123.txt', 'abc.txt', 'def.txt']);
    expect(view.readTextFile('/init/123.txt')).toBe('123');
  });

  it('writes under a mount go to its source, never to the writable layer (M1)', () => {
    const { view, volume, root, host } = setup();
    view.writeFile('/data/todo.db', 'x');
    expect(volume.readTextFile('/todo.db')).toBe('x');
    expect(root.exists('/data/todo.db')).toBe(false);
    view.writeFile('/mnt/new/789.txt', 'y');
    expect(host.readTextFile('/src/new/789.txt')).toBe('y');
  });

  it('refuses changes under a read-only mount with EROFS but reads live host changes (M9)', () => {
    const { view, host } = setup();
    expect(errnoOf(() => view.writeFile('/app/config/x', ''))).toBe('EROFS');
    expect(errnoOf(() => view.rm('/app/config/config.json'))).toBe('EROFS');
    host.writeFile('/src/config/config.json', 'info');
    expect(view.readTextFile('/app/config/config.json')).toBe('info');
  });

  it('renames across mounts fail with EXDEV, mount points are busy', () => {
    const { view } = setup();
    expect(errnoOf(() => view.rename('/data/..', '/x'))).toBe('EBUSY');
    view.writeFile('/data/a', 'a');
    expect(errnoOf(() => view.rename('/data/a', '/a'))).toBe('EXDEV');
    expect(errnoOf(() => view.rmdir('/data'))).toBe('EBUSY');
  });

  it('rm -r of a tree with a bind inside deletes the host files it reaches, then reports EBUSY', () => {
    const { view, host } = setup();
    expect(errnoOf(() => view.rm('/mnt', { recursive: true }))).toBe('EBUSY');
    expect(host.readdir('/src/new')).toEqual([]);
    expect(view.exists('/mnt/new')).toBe(true);
  });

  it('maps realpath back into the view', () => {
    const { view } = setup();
    expect(view.realpath('/mnt/new/123.txt')).toBe('/mnt/new/123.txt');
    expect(view.realpath('/data')).toBe('/data');
  });
});

describe('bind mounts (bindMount)', () => {
  /** The host of the bind-perms.docker.transcript recording: a 0777 folder in a 0750 home. */
  function host() {
    const fs = new MemFs();
    fs.mkdir('/home/learner/logs', { recursive: true });
    fs.chown('/home/learner', 1000, 1000);
    fs.chmod('/home/learner', 0o750);
    fs.writeFile('/home/learner/logs/run.txt', 'x');
    return fs;
  }
  function container(hostFs: MemFs, source: string, target = '/logs') {
    const root = new UnionFs({ layers: [layerFrom({ [target]: { dir: true } })] });
    return new MountedFs(root, [{ target, ...bindMount(hostFs, source), readOnly: false }]);
  }

  it('never searches the host parents: a 0777 folder under a 0750 home is writable by UID 2000', () => {
    const hostFs = host();
    hostFs.chmod('/home/learner/logs', 0o777);
    const view = container(hostFs, '/home/learner/logs').as({ uid: 2000, gid: 2000 });
    view.writeFile('/logs/a.txt', 'hi');
    expect(hostFs.stat('/home/learner/logs/a.txt').uid).toBe(2000);
    expect(view.readdir('/logs')).toEqual(['a.txt', 'run.txt']);
    // the same user on the host itself is stopped at the home directory
    expect(errnoOf(() => hostFs.as({ uid: 2000, gid: 2000 }).readdir('/home/learner/logs'))).toBe(
      'EACCES',
    );
  });

  it("still checks the mount root's own permissions (0755: read, no write)", () => {
    const hostFs = host();
    const view = container(hostFs, '/home/learner/logs').as({ uid: 2000, gid: 2000 });
    expect(view.readdir('/logs')).toEqual(['run.txt']);
    expect(errnoOf(() => view.writeFile('/logs/b.txt', ''))).toBe('EACCES');
    hostFs.chmod('/home/learner/logs', 0o700);
    expect(errnoOf(() => view.readdir('/logs'))).toBe('EACCES');
  });

  it('serves a single file whose folder the user cannot search', () => {
    const hostFs = host();
    hostFs.chmod('/home/learner/logs', 0o700);
    const view = container(hostFs, '/home/learner/logs/run.txt', '/run.txt').as({
      uid: 2000,
      gid: 2000,
    });
    expect(view.readTextFile('/run.txt')).toBe('x');
  });

  it('follows the source as the host changes it, and carries mounts inside it (rbind)', () => {
    const hostFs = host();
    const volume = new MemFs();
    volume.writeFile('/v.txt', 'v');
    const hostView = new MountedFs(hostFs, [
      { target: '/home/learner/logs/vol', fs: volume, source: '/', readOnly: false },
    ]);
    hostFs.mkdir('/home/learner/logs/vol');
    const view = container(hostFs, '/home/learner');
    const nested = new MountedFs(view.root, [
      { target: '/h', ...bindMount(hostView, '/home/learner'), readOnly: false },
    ]);
    expect(nested.readTextFile('/h/logs/vol/v.txt')).toBe('v');
    hostFs.writeFile('/home/learner/logs/new.txt', 'n');
    expect(nested.readTextFile('/h/logs/new.txt')).toBe('n');
    expect(nested.realpath('/h/logs/vol/v.txt')).toBe('/h/logs/vol/v.txt');
  });
});
