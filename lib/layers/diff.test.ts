import { describe, expect, it } from 'vitest';
import { buildLayerModel, describeChanges, diffModels } from './';
import { run, sandboxAfter } from './testing';

const FILE_DISPLAY = 'docker container run --name f1 diamol/ch06-file-display';

describe('diffModels', () => {
  it('reports a new container, then the copy-up of /input.txt', async () => {
    const machine = await sandboxAfter();
    const empty = buildLayerModel(machine);
    await run(machine, FILE_DISPLAY);
    const created = buildLayerModel(machine);
    expect(diffModels(empty, created).map((c) => c.kind)).toEqual(['container']);
    await run(machine, 'echo x > url.txt');
    expect(diffModels(created, buildLayerModel(machine))).toEqual([]);
    await run(machine, 'docker container cp url.txt f1:/input.txt');
    const changes = diffModels(created, buildLayerModel(machine));
    expect(changes).toEqual([
      { kind: 'copied-up', container: 'f1', path: '/input.txt', key: 'w:/input.txt' },
    ]);
    expect(describeChanges(changes)).toEqual(['f1의 기록 가능 레이어: /input.txt 복사됨(copy-up)']);
  });

  it('counts the writable layer of a new container as having been empty (whiteout)', async () => {
    const machine = await sandboxAfter();
    const before = buildLayerModel(machine);
    await run(machine, "docker run --name d1 diamol/ch06-bind-mount sh -c 'rm /init/abc.txt'");
    expect(diffModels(before, buildLayerModel(machine)).map((c) => [c.kind, c.path])).toEqual([
      ['container', undefined],
      ['whiteout', '/init/abc.txt'],
    ]);
  });

  it('reports an opaque dir made in a running container', async () => {
    const machine = await sandboxAfter('docker run -d --name o1 diamol/ch06-bind-mount sleep 1000');
    const before = buildLayerModel(machine);
    await run(machine, "docker exec o1 sh -c 'rm -rf /init && mkdir /init'");
    expect(diffModels(before, buildLayerModel(machine))).toEqual([
      { kind: 'opaque', container: 'o1', path: '/init', key: 'w:/init' },
    ]);
  });

  it('reports a volume filled from the image only when it was empty before', async () => {
    const machine = await sandboxAfter();
    const before = buildLayerModel(machine);
    await run(machine, 'docker run --name v1 -v vol:/init diamol/ch06-bind-mount');
    const first = buildLayerModel(machine);
    expect(diffModels(before, first).map((c) => c.kind)).toEqual([
      'container',
      'mount',
      'volume-filled',
    ]);
    expect(describeChanges(diffModels(before, first))).toEqual([
      '새 컨테이너 v1',
      'v1: /init에 볼륨이 이미지의 내용으로 채워짐',
    ]);
    await run(machine, 'docker run --name v2 -v vol:/init diamol/ch06-bind-mount');
    expect(diffModels(first, buildLayerModel(machine)).map((c) => c.kind)).toEqual([
      'container',
      'mount',
    ]);
  });

  it('reports a removed container', async () => {
    const machine = await sandboxAfter(FILE_DISPLAY);
    const before = buildLayerModel(machine);
    await run(machine, 'docker rm f1');
    const after = buildLayerModel(machine);
    expect(after.selected).toBeNull();
    expect(describeChanges(diffModels(before, after))).toEqual(['컨테이너 f1 삭제됨']);
  });
});
