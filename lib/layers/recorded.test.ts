/**
 * The per-layer changes, the history sizes and the wasted space, checked against a real daemon:
 * fixtures/waste.cmds builds an image whose later RUN deletes a big file, re-creates a dir and
 * appends to a file, then changes a container; fixtures/waste.docker.transcript holds what Docker
 * 20.10 printed (docker history in bytes, the layers' own entries as `docker save` exports them,
 * docker diff, docker ps -s). The same lines run here on the simulated machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../machine';
import { humanSize } from './format';
import { historyRows, imageLayerChanges } from './history';
import { layerChanges } from './changes';
import { imageWaste } from './waste';
import { oracleMachineAfter } from './testing';

const dir = join(import.meta.dirname, 'fixtures');
const cmds = readFileSync(join(dir, 'waste.cmds'), 'utf8').split('\n');
const real = readFileSync(join(dir, 'waste.docker.transcript'), 'utf8');

/** What the daemon printed for `command` (the first time it ran). */
function printed(command: string): string[] {
  const start = real.indexOf(`$ ${command}\n`);
  if (start < 0) throw new Error(`not recorded: ${command}`);
  const body = real.slice(start + command.length + 3);
  return body.slice(0, body.indexOf('[exit ')).split('\n').slice(0, -1);
}

/** Commands the simulation has no need of (export, formats it does not print). */
const SETUP = cmds.filter(
  (l) => l && !l.startsWith('#') && !/^(docker (history|diff|ps|save|image inspect)|for )/.test(l),
);

/** The layers' own entries as `docker save` listed them: "size name" per line, one block per layer. */
function savedLayers(): string[][] {
  const lines = printed(cmds.find((l) => l.startsWith('for l in'))!);
  const blocks: string[][] = [];
  for (const line of lines)
    if (line === '== layer') blocks.push([]);
    else blocks.at(-1)!.push(line);
  return blocks;
}

let machine: Machine;
beforeAll(async () => {
  machine = await oracleMachineAfter(...SETUP);
});

const image = () => machine.engine.images.get('waste');

describe('against docker history', () => {
  it('each step has the size Docker prints, in bytes and as HumanSize', () => {
    const rows = historyRows(image()).reverse();
    expect(rows.map((r) => String(r.size))).toEqual(
      printed("docker history --human=false --format '{{.Size}}' waste"),
    );
    const [head, ...lines] = printed('docker history waste');
    const at = head!.indexOf('SIZE');
    const human = lines.map((l) => l.slice(at).split(' ')[0]);
    expect(rows.map((r) => humanSize(r.size))).toEqual(human);
  });

  it('a 0-byte step says why: configuration only, or deletions only', () => {
    const rows = historyRows(image());
    expect(rows.map((r) => [r.instruction, r.layer, r.empty])).toEqual([
      ['기본 이미지 (Imported from -)', 1, undefined],
      [expect.stringMatching(/^RUN mkdir \/data && head -c 123456/), 2, undefined],
      ['ENV MODE=demo', undefined, 'metadata'],
      ['RUN rm /data/big.bin', 3, 'deletes-only'],
      [expect.stringMatching(/^RUN rm -r \/data && mkdir/), 4, undefined],
      ['RUN echo more >> /keep.txt', 5, undefined],
      ['CMD ["sleep" "3600"]', undefined, 'metadata'],
    ]);
  });
});

describe('against the layers docker save exports', () => {
  it("each layer's changes carry the whiteouts, opaque dirs and bytes the layer stores", () => {
    const saved = savedLayers();
    expect(saved).toHaveLength(4);
    saved.forEach((block, i) => {
      const changes = imageLayerChanges(image(), i + 2);
      const listed: string[] = [];
      for (const e of changes.entries) {
        const name = e.path.slice(1);
        if (e.kind === 'D' && e.whiteout) {
          const cut = name.lastIndexOf('/') + 1;
          listed.push(`0 ${name.slice(0, cut)}.wh.${name.slice(cut)}`);
        } else if (e.kind !== 'D') {
          listed.push(`${e.bytes} ${name}${e.entry === 'dir' ? '/' : ''}`);
          if (e.opaque) listed.push(`0 ${name}/.wh..wh..opq`);
        }
      }
      expect(listed.sort()).toEqual([...block].sort());
    });
  });

  it('the deletions hide what lower layers stored', () => {
    expect(imageLayerChanges(image(), 3).entries).toEqual([
      { kind: 'C', path: '/data', depth: 0, entry: 'dir', bytes: 0, hidden: 0 },
      {
        kind: 'D',
        path: '/data/big.bin',
        depth: 1,
        entry: 'file',
        whiteout: true,
        bytes: 0,
        hidden: 123456,
      },
    ]);
    const opaque = imageLayerChanges(image(), 4).entries;
    expect(opaque.find((e) => e.path === '/data')).toMatchObject({ kind: 'C', opaque: true });
    expect(opaque.find((e) => e.path === '/data/a.txt')).toMatchObject({ kind: 'D', hidden: 4 });
    expect(opaque.find((e) => e.path === '/data/a.txt')!.whiteout).toBeUndefined();
    expect(imageLayerChanges(image(), 5).entries).toEqual([
      { kind: 'C', path: '/keep.txt', depth: 0, entry: 'file', bytes: 10, hidden: 5 },
    ]);
  });
});

describe('wasted space', () => {
  it("the image's size is docker image inspect's .Size, and the deleted bytes still count", () => {
    const waste = imageWaste(image());
    expect(String(waste.size)).toEqual(
      printed("docker image inspect --format '{{.Size}}' waste")[0],
    );
    // Layer 2 stored big.bin (123456 B), a.txt (4 B) and keep.txt (5 B): later layers hide all.
    expect(waste.paths).toEqual([
      { path: '/data/big.bin', bytes: 123456, layer: 2, by: 3, how: 'deleted' },
      { path: '/keep.txt', bytes: 5, layer: 2, by: 5, how: 'replaced' },
      { path: '/data/a.txt', bytes: 4, layer: 2, by: 4, how: 'emptied' },
    ]);
    expect(waste.wasted).toBe(123465);
  });
});

describe('against docker diff and docker ps -s', () => {
  it("the writable layer's changes are docker diff's lines, the deletion a whiteout", () => {
    const c = machine.engine.list().find((x) => x.name === 'w1')!;
    const changes = layerChanges(c.upper, [...c.image.layers].reverse());
    expect(changes.entries.map((e) => `${e.kind} ${e.path}`)).toEqual(printed('docker diff w1'));
    expect(changes.entries.find((e) => e.path === '/etc/group')).toMatchObject({ whiteout: true });
    const bytes = changes.entries.reduce((s, e) => s + e.bytes, 0);
    const sizes = printed("docker ps -s --format '{{.Names}} {{.Size}}'");
    expect(sizes).toContain(
      `w1 ${humanSize(bytes)} (virtual ${humanSize(bytes + imageWaste(c.image).size)})`,
    );
    const w2 = machine.engine.list().find((x) => x.name === 'w2')!;
    expect(layerChanges(w2.upper, [...w2.image.layers].reverse()).entries).toEqual([]);
    expect(printed('docker diff w2')).toEqual([]);
  });
});
