import { describe, expect, it } from 'vitest';
import { buildLayerModel, describeChanges, diffModels, motions } from './';
import { run, sandboxAfter } from './testing';

const FILE_DISPLAY = 'docker container run --name f1 diamol/ch06-file-display';

describe('diffModels', () => {
  it('reports a new container, then /input.txt replaced by docker cp (not a copy-up)', async () => {
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
      {
        kind: 'changed',
        container: 'f1',
        path: '/input.txt',
        key: 'w:/input.txt',
        hides: { kind: 'image', index: 2 },
      },
    ]);
    expect(describeChanges(changes, 'docker container cp url.txt f1:/input.txt')).toEqual([
      'f1: docker cp가 /input.txt를 기록 가능 레이어에 새 파일로 풀어 넣었습니다(copy-up이 아님). 이미지 레이어 2의 원본은 그대로 있고 가려집니다.',
    ]);
  });

  it('a write inside the container to an image file is a copy-up', async () => {
    const machine = await sandboxAfter('docker run -d --name c1 diamol/ch06-bind-mount sleep 1000');
    const before = buildLayerModel(machine);
    const line = "docker exec c1 sh -c 'echo x >> /init/abc.txt'";
    await run(machine, line);
    const changes = diffModels(before, buildLayerModel(machine));
    expect(motions(changes, line).map((m) => [m.kind, m.key, m.from])).toEqual([
      ['copy-up', 'w:/init/abc.txt', { kind: 'image', index: 2 }],
    ]);
    expect(describeChanges(changes, line)[0]).toBe(
      'c1: /init/abc.txt copy-up, 이미지 레이어 2의 파일을 기록 가능 레이어로 복사한 뒤 고쳤습니다. 원본은 그대로 있고 위의 사본이 가립니다.',
    );
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
      {
        kind: 'opaque',
        container: 'o1',
        path: '/init',
        key: 'w:/init',
        hides: { kind: 'image', index: 2 },
      },
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
    expect(describeChanges(diffModels(before, first), '', first.selected!.mounts)).toEqual([
      '새 컨테이너 v1',
      'v1: 빈 볼륨 vol에 이미지의 /init 내용이 복사되었습니다(볼륨 채우기).',
    ]);
    await run(machine, 'docker run --name v2 -v vol:/init diamol/ch06-bind-mount');
    const second = buildLayerModel(machine);
    expect(diffModels(first, second).map((c) => c.kind)).toEqual(['container', 'mount']);
    // The volume is not empty now: it shadows the image's /init instead of being filled.
    expect(motions(diffModels(first, second), '', second.selected!.mounts)[1]).toMatchObject({
      kind: 'shadow',
      text: 'v2: /init에 볼륨 vol, 이미지 레이어 2의 /init 내용을 가립니다(지워지지 않음).',
    });
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
