import { describe, expect, it } from 'vitest';
import {
  buildLayerModel,
  commandsFor,
  describeModel,
  humanSize,
  inspectionLines,
  overviewLines,
  sizesText,
} from './';
import { run, sandboxAfter } from './testing';

const BUILD = [
  'mkdir img',
  `printf 'FROM diamol/base\\nRUN echo one > /a.txt && echo keep > /k.txt\\nENV X=1\\nRUN rm /a.txt\\n' > img/Dockerfile`,
  'docker build -q -t img img',
];

describe('inspecting one layer', () => {
  it("an image layer's own changes, or the tree as if the stack ended there", async () => {
    const machine = await sandboxAfter(...BUILD, 'docker run --name i1 img');
    const changes = buildLayerModel(machine, { pick: { kind: 'image', index: 3 }, mode: 'changes' })
      .selected!.inspect;
    expect(changes.pick).toEqual({ kind: 'image', index: 3 });
    expect(changes.tree).toEqual([]);
    expect(inspectionLines(changes)).toEqual([
      '이미지 레이어 3의 변경: 추가 0, 바뀜 0, 삭제 1',
      'RUN rm /a.txt: 이미지 레이어 3, 0B, 지우기만 해서 0바이트인 화이트아웃만 담았습니다. 지운 파일의 바이트는 아래 레이어에 그대로 남습니다',
      'D /a.txt: 삭제, 화이트아웃(0바이트), 아래 레이어의 4B를 가림',
    ]);
    const upTo2 = buildLayerModel(machine, { pick: { kind: 'image', index: 2 }, mode: 'merged' })
      .selected!.inspect;
    const top = upTo2.tree.filter((e) => e.depth === 0).map((e) => e.name);
    expect(top).toContain('a.txt');
    expect(upTo2.tree.find((e) => e.name === 'a.txt')!.servedBy).toEqual({
      kind: 'image',
      index: 2,
    });
    const upTo3 = buildLayerModel(machine, { pick: { kind: 'image', index: 3 }, mode: 'merged' })
      .selected!.inspect;
    expect(upTo3.tree.find((e) => e.name === 'a.txt')).toMatchObject({ kind: 'whiteout' });
    const base = buildLayerModel(machine, { pick: { kind: 'image', index: 1 }, mode: 'merged' })
      .selected!.inspect;
    expect(base.tree.some((e) => e.name === 'a.txt' || e.name === 'k.txt')).toBe(false);
  });

  it('an index past the image falls back to the writable layer, merged by default', async () => {
    const machine = await sandboxAfter(
      ...BUILD,
      "docker run --name i1 img sh -c 'echo x > /k.txt'",
    );
    const c = buildLayerModel(machine, { pick: { kind: 'image', index: 9 } }).selected!;
    expect(c.inspect.pick).toEqual({ kind: 'writable' });
    expect(c.inspect.tree).toBe(c.tree);
    expect(c.inspect.changes.entries.map((e) => `${e.kind} ${e.path}`)).toEqual(['C /k.txt']);
    expect(c.sizes).toEqual({ size: 2, virtual: 2 + c.waste.size, hidden: 5 });
    expect(sizesText(c.sizes)[0]).toBe(`docker ps -s: 2B (virtual ${humanSize(c.waste.size + 2)})`);
    expect(c.waste.paths.map((p) => [p.path, p.how])).toEqual([['/a.txt', 'deleted']]);
  });
});

describe('the machine overview', () => {
  it('containers of one image share its layers, each with its own writable layer', async () => {
    const machine = await sandboxAfter(
      'docker run --name a1 -v keep:/data diamol/ch06-bind-mount',
      "docker run --name a2 diamol/ch06-bind-mount sh -c 'echo hi > /hi.txt'",
      'docker run --name f1 diamol/ch06-file-display',
    );
    await run(machine, 'docker rm a1');
    const model = buildLayerModel(machine);
    expect(
      model.images.map((i) => [i.ref, i.layers, i.containers.map((c) => [c.name, c.writable])]),
    ).toEqual([
      ['diamol/ch06-file-display', 2, [['f1', 0]]],
      ['diamol/ch06-bind-mount', 2, [['a2', 3]]],
    ]);
    await run(machine, 'docker run --name a3 diamol/ch06-bind-mount');
    const lines = overviewLines(buildLayerModel(machine));
    expect(lines[0]).toMatch(
      /^이미지 diamol\/ch06-bind-mount의 읽기 전용 레이어 2개\(.+\)를 컨테이너 2개가 함께 씀: a3\(종료됨, 기록 가능 레이어 0B\), a2\(종료됨, 기록 가능 레이어 3B\)$/,
    );
    expect(lines.at(-1)).toBe('볼륨 keep: 사용하는 컨테이너 없음, 컨테이너가 지워져도 남아 있음');
    expect(describeModel(buildLayerModel(machine))).toContain(lines[0]);
  });
});

describe('commands for the terminal', () => {
  it('each offered command runs and shows the fact the view shows', async () => {
    const machine = await sandboxAfter(
      'docker run -d --name c1 -v vol:/init diamol/ch06-bind-mount sleep 1000',
      "docker exec c1 sh -c 'echo x > /new.txt'",
    );
    const c = buildLayerModel(machine).selected!;
    const onFile = commandsFor(c, '/new.txt', { kind: 'writable' });
    const onMount = commandsFor(c, '/init/abc.txt', { kind: 'writable' });
    const onLayer = commandsFor(c, null, { kind: 'image', index: 2 });
    expect(onFile.map((x) => x.line)).toEqual([
      'docker diff c1',
      'docker exec c1 ls -l /new.txt',
      "docker inspect --format '{{.GraphDriver.Data.UpperDir}}' c1",
      'docker history diamol/ch06-bind-mount',
    ]);
    expect(onMount.map((x) => x.line)).toContain('docker volume inspect vol');
    const outputs = new Map<string, string>();
    for (const { line } of [...onFile, ...onMount, ...onLayer]) {
      const result = await machine.exec(line);
      expect(result.exitCode, line).toBe(0);
      outputs.set(line, result.output);
    }
    expect(outputs.get('docker diff c1')).toContain('A /new.txt');
    expect(outputs.get('docker exec c1 ls -l /new.txt')).toMatch(/ \/new\.txt\n$/);
    expect(outputs.get("docker inspect --format '{{json .Mounts}}' c1")).toContain(
      '"Destination":"/init"',
    );
  });

  it('quotes a path the shell would split', async () => {
    const c = { name: 'c1', image: 'img', status: 'running' as const, mounts: [] };
    expect(commandsFor(c, "/a b/it's", { kind: 'writable' })[1]!.line).toBe(
      "docker exec c1 ls -l '/a b/it'\\''s'",
    );
  });
});
