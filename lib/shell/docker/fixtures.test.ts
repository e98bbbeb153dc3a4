import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME, createMachine } from '../../machine';
import { transcript } from '../transcript';
import { serveLocalRegistry } from './registry-fixture.testing';

/**
 * Golden transcripts from a real Docker daemon (../shared/oracle/docker-oracle.sh record),
 * replayed through the simulated machine, which starts with the oracle's local stand-in images
 * (busybox:latest and alpine:3.9 are its BusyBox root) as the real daemon did. IDs, times and the scratch directory are normalised.
 * A command preceded by `# sim-differs: <why>` in the .cmds file is not compared: the simulation
 * deliberately follows current Docker there (spec §4), and a unit test pins what it does instead.
 */
const dir = join(import.meta.dirname, 'fixtures');
/** Pulls recorded against a local registry, which the replay serves (registry-fixture.testing). */
const registryDir = join(import.meta.dirname, 'fixtures-registry');
/** Like the oracle, every transcript starts in an empty scratch directory. */
const WORK = `${HOME}/work`;

export function normalise(text: string): string {
  return (
    text
      .replace(/^# (docker-oracle transcript|engine:).*\n/gm, '')
      .replace(/^\n/, '')
      .replaceAll(WORK, '<work>')
      .replace(/\b[0-9a-f]{64}\b/g, '<id64>')
      .replace(/\/overlay2\/l\/[A-Z2-7]{26}\b/g, '/overlay2/l/<link>')
      .replace(/\b[0-9a-f]{12}\b/g, '<id12>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<date>')
      .replace(
        /(Less than a second|About a minute|About an hour|\d+ (second|minute|hour)s?)( ago)?/g,
        '<ago>$3',
      )
      // durations change column widths: compare tables that hold one by their cells
      .replace(/^.*(<ago>|CREATED).*$/gm, (line) => line.replace(/ {2,}/g, '  '))
  );
}

interface Block {
  command: string;
  text: string;
}

function blocks(text: string): Block[] {
  return settleDownloads(normalise(text))
    .split(/^(?=\$ )/m)
    .filter((b) => b.startsWith('$ '))
    .map((b) => ({ command: b.slice(2, b.indexOf('\n')), text: b.replace(/^#.*\n/gm, '') }));
}

function skipped(cmds: string): Set<string> {
  const lines = cmds.split('\n');
  return new Set(lines.filter((_, i) => i > 0 && lines[i - 1]!.startsWith('# sim-differs:')));
}

/**
 * Which layer of a pull finishes downloading first is a race in the real daemon: the lines
 * (IDs are normalised away, so only the sequence of statuses is compared) and `Verifying
 * Checksum` is racy too (two real runs of the same pull differ): it is dropped.
 */
export function settleDownloads(text: string): string {
  // after normalise every layer is <id12>: with the racy line gone, the order cannot differ
  return text.replace(/^<id12>: Verifying Checksum\n/gm, '');
}

const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.cmds'))
    .map((f) => ({ file: f, dir, registry: false })),
  ...readdirSync(registryDir)
    .filter((f) => f.endsWith('.cmds'))
    .map((f) => ({ file: `fixtures-registry/${f}`, dir: registryDir, registry: true })),
];

describe('the simulated docker matches a real daemon', () => {
  it.each(files)('$file', async ({ file, registry }) => {
    const path = join(import.meta.dirname, registry ? '' : 'fixtures', file);
    const cmds = readFileSync(path, 'utf8');
    const real = blocks(readFileSync(path.replace(/\.cmds$/, '.docker.transcript'), 'utf8'));
    // A real daemon never cuts a line: the budget only guards against a hang, and this machine's
    // load must not cut a slow but finite one (`cat /dev/urandom | head -c 100` fills a pipe).
    const machine = createMachine({ seed: 1, cwd: WORK, images: 'oracle', budgetMs: 60_000 });
    if (registry) serveLocalRegistry(machine);
    const simulated = blocks(await transcript(machine, cmds.split('\n')));
    const skip = skipped(cmds);
    expect(simulated.map((b) => b.command)).toEqual(real.map((b) => b.command));
    const compare = (bs: Block[]) => bs.filter((b) => !skip.has(b.command)).map((b) => b.text);
    expect(compare(simulated)).toEqual(compare(real));
  });
});
