import { describe, expect, it } from 'vitest';
import { buildLayerModel, describeModel, treeEntryText } from './';
import { BIND_DIR, run, sandboxAfter } from './testing';

const FILE_DISPLAY = 'docker container run --name f1 diamol/ch06-file-display';

describe('buildLayerModel', () => {
  it('says so when there is no container', async () => {
    const model = buildLayerModel(await sandboxAfter());
    expect(model.selected).toBeNull();
    expect(model.containers).toEqual([]);
    expect(describeModel(model)[0]).toMatch(/아직 컨테이너가 없습니다/);
  });

  it('lists the image layers bottom to top with their instructions and sizes', async () => {
    const model = buildLayerModel(await sandboxAfter(FILE_DISPLAY));
    const c = model.selected!;
    expect(c.name).toBe('f1');
    expect(c.status).toBe('exited');
    expect(c.imageLayers.map((l) => [l.index, l.instruction])).toEqual([
      [1, '기본 이미지 (Imported from -)'],
      [2, 'COPY file:3cf0e0d4… in /'],
    ]);
    expect(c.imageLayers[1]!.size).toBe(65);
    expect(c.writable).toEqual({ size: 0, entries: [], more: 0 });
    expect(c.mounts).toEqual([]);
  });

  it('S2: docker cp over an image file puts a new file above it that hides image layer 2', async () => {
    const model = buildLayerModel(
      await sandboxAfter(
        FILE_DISPLAY,
        'echo x > url.txt',
        'docker container cp url.txt f1:/input.txt',
      ),
    );
    const c = model.selected!;
    expect(c.writable.entries).toEqual([
      { path: '/input.txt', kind: 'changed', hides: { kind: 'image', index: 2 } },
    ]);
    expect(c.writable.size).toBe(2);
    expect(c.tree.find((e) => e.path === '/input.txt')).toMatchObject({
      servedBy: { kind: 'writable' },
      hides: { kind: 'image', index: 2 },
    });
    expect(c.tree.find((e) => e.path === '/bin')).toMatchObject({
      kind: 'dir',
      servedBy: { kind: 'image', index: 1 },
      expanded: false,
    });
    expect(describeModel(model)).toContain(
      '기록 가능 레이어 (2B): /input.txt 바뀜, 이미지 레이어 2의 파일을 가림',
    );
  });

  it('rm of an image file leaves a whiteout, shown as a deleted name in the tree', async () => {
    const model = buildLayerModel(
      await sandboxAfter("docker run --name d1 diamol/ch06-bind-mount sh -c 'rm /init/abc.txt'"),
    );
    const c = model.selected!;
    expect(c.writable.entries).toEqual([
      { path: '/init/abc.txt', kind: 'whiteout', hides: { kind: 'image', index: 2 } },
    ]);
    const init = c.tree.filter((e) => e.path.startsWith('/init'));
    expect(init.map((e) => [e.path, e.kind, e.servedBy.kind, e.depth])).toEqual([
      ['/init', 'dir', 'writable', 0],
      ['/init/abc.txt', 'whiteout', 'writable', 1],
      ['/init/def.txt', 'file', 'image', 1],
    ]);
    expect(init[0]!.merges).toEqual([{ kind: 'image', index: 2 }]);
    expect(describeModel(model).join('\n')).toContain(
      '/init/abc.txt 삭제 표시(화이트아웃), 이미지 레이어 2의 파일을 가림',
    );
  });

  it('rm -rf dir && mkdir dir makes an opaque dir that hides the lower dir', async () => {
    const model = buildLayerModel(
      await sandboxAfter(
        "docker run --name o1 diamol/ch06-bind-mount sh -c 'rm -rf /init && mkdir /init && echo n > /init/abc.txt'",
      ),
    );
    const c = model.selected!;
    expect(c.writable.entries).toEqual([
      { path: '/init', kind: 'opaque', hides: { kind: 'image', index: 2 } },
      { path: '/init/abc.txt', kind: 'added' },
    ]);
    expect(c.tree.filter((e) => e.path.startsWith('/init/')).map((e) => e.name)).toEqual([
      'abc.txt',
    ]);
    expect(c.tree.find((e) => e.path === '/init')?.hides).toEqual({ kind: 'image', index: 2 });
  });

  it('a named volume at /init is filled from the image and shadows it', async () => {
    const model = buildLayerModel(
      await sandboxAfter('docker run --name v1 -v vol:/init diamol/ch06-bind-mount'),
    );
    const c = model.selected!;
    expect(c.mounts).toEqual([
      {
        kind: 'volume',
        target: '/init',
        rw: true,
        name: 'vol',
        anonymous: false,
        filledFromImage: true,
        shadows: { kind: 'image', index: 2 },
      },
    ]);
    const init = c.tree.filter((e) => e.path.startsWith('/init'));
    expect(init.filter((e) => !e.covered).map((e) => e.servedBy)).toEqual(
      Array(3).fill({ kind: 'mount', target: '/init' }),
    );
    // The image's files are still under the volume, hidden.
    expect(init.filter((e) => e.covered).map((e) => [e.name, e.servedBy])).toEqual([
      ['abc.txt', { kind: 'image', index: 2 }],
      ['def.txt', { kind: 'image', index: 2 }],
    ]);
    expect(model.volumes).toEqual([{ name: 'vol', anonymous: false, empty: false, users: ['v1'] }]);
  });

  it('a bind mount of a host dir shadows the image content at /init', async () => {
    const machine = await sandboxAfter(
      `docker run --name b1 --mount type=bind,source=${BIND_DIR}/new,target=/init,readonly diamol/ch06-bind-mount`,
    );
    const c = buildLayerModel(machine).selected!;
    expect(c.mounts).toEqual([
      {
        kind: 'bind',
        target: '/init',
        rw: false,
        source: `${BIND_DIR}/new`,
        file: false,
        shadows: { kind: 'image', index: 2 },
      },
    ]);
    const init = c.tree.filter((e) => e.path.startsWith('/init/'));
    expect(init.map((e) => [e.name, e.covered ? 'covered' : e.servedBy.kind])).toEqual([
      ['123.txt', 'mount'],
      ['456.txt', 'mount'],
      ['abc.txt', 'covered'],
      ['def.txt', 'covered'],
    ]);
    expect(treeEntryText(init[2]!, c.mounts)).toBe(
      '/init/abc.txt: 이미지 레이어 2에 그대로 있지만 바인드 마운트에 가려 컨테이너에서 보이지 않음',
    );
    expect(c.writable.entries).toEqual([]);
    expect(describeModel(buildLayerModel(machine))).toContain(
      `마운트: /init에 바인드 마운트, 호스트 경로 ${BIND_DIR}/new, 읽기 전용, 이미지 레이어 2의 /init 내용을 가림`,
    );
  });

  it('a single-file bind merges into the image dir; its mount point is in the writable layer', async () => {
    const c = buildLayerModel(
      await sandboxAfter(
        `docker run --name s1 --mount type=bind,source=${BIND_DIR}/new/123.txt,target=/init/123.txt diamol/ch06-bind-mount`,
      ),
    ).selected!;
    expect(c.mounts[0]).toMatchObject({ kind: 'bind', file: true, target: '/init/123.txt' });
    expect(c.mounts[0]!.shadows).toBeUndefined();
    expect(c.writable.entries).toEqual([
      { path: '/init/123.txt', kind: 'added', mountPoint: true },
    ]);
    expect(
      c.tree.filter((e) => e.path.startsWith('/init/')).map((e) => [e.name, e.servedBy]),
    ).toEqual([
      ['123.txt', { kind: 'mount', target: '/init/123.txt' }],
      ['abc.txt', { kind: 'image', index: 2 }],
      ['def.txt', { kind: 'image', index: 2 }],
    ]);
    expect(
      treeEntryText(
        c.tree.find((e) => e.name === '123.txt')!,
        c.mounts,
      ),
    ).toBe(
      '/init/123.txt: 파일 바인드 마운트에서 옴, 파일 하나만 마운트되어 같은 디렉터리의 다른 파일은 그대로 보임',
    );
  });

  it('selects a container by name, and shows volumes that outlived their containers', async () => {
    const machine = await sandboxAfter(
      'docker run --name v1 -v vol:/init diamol/ch06-bind-mount',
      FILE_DISPLAY,
    );
    expect(buildLayerModel(machine).selected!.name).toBe('f1');
    expect(buildLayerModel(machine, { container: 'v1' }).selected!.name).toBe('v1');
    await run(machine, 'docker rm v1');
    const model = buildLayerModel(machine, { container: 'v1' });
    expect(model.selected!.name).toBe('f1');
    expect(describeModel(model).at(-1)).toBe(
      '볼륨 vol: 사용하는 컨테이너 없음, 컨테이너가 지워져도 남아 있음',
    );
  });

  it('lists only the top level and expanded dirs, and cuts long listings', async () => {
    const machine = await sandboxAfter(FILE_DISPLAY);
    const closed = buildLayerModel(machine).selected!;
    expect(closed.tree.every((e) => e.depth === 0)).toBe(true);
    const open = buildLayerModel(machine, { expanded: ['/bin'] }).selected!;
    expect(open.tree.filter((e) => e.depth === 1)).toHaveLength(40);
    expect(open.cut['/bin']).toBeGreaterThan(200);
  });
});
