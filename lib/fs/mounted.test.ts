// Rule and exercise ids in test names are those of docs/semantics.md#mounts.
import { describe, expect, it } from 'vitest';
import { MemFs } from './memfs';
import { MountedFs } from './mounted';
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
