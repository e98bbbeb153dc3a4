import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME, createMachine } from '../../machine';
import { transcript } from '../transcript';

/**
 * Golden transcripts from a real Docker daemon (../shared/oracle/docker-oracle.sh record),
 * replayed through the simulated machine. IDs, times and the scratch directory are normalised.
 * A command preceded by `# sim-differs: <why>` in the .cmds file is not compared: the simulation
 * deliberately follows current Docker there (spec §4), and a unit test pins what it does instead.
 */
const dir = join(import.meta.dirname, 'fixtures');
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
  return normalise(text)
    .split(/^(?=\$ )/m)
    .filter((b) => b.startsWith('$ '))
    .map((b) => ({ command: b.slice(2, b.indexOf('\n')), text: b.replace(/^#.*\n/gm, '') }));
}

function skipped(cmds: string): Set<string> {
  const lines = cmds.split('\n');
  return new Set(lines.filter((_, i) => i > 0 && lines[i - 1]!.startsWith('# sim-differs:')));
}

const files = readdirSync(dir).filter((f) => f.endsWith('.cmds'));

describe('the simulated docker matches a real daemon', () => {
  it.each(files)('%s', async (file) => {
    const cmds = readFileSync(join(dir, file), 'utf8');
    const real = blocks(
      readFileSync(join(dir, file.replace(/\.cmds$/, '.docker.transcript')), 'utf8'),
    );
    const simulated = blocks(
      await transcript(createMachine({ seed: 1, cwd: WORK }), cmds.split('\n')),
    );
    const skip = skipped(cmds);
    expect(simulated.map((b) => b.command)).toEqual(real.map((b) => b.command));
    const compare = (bs: Block[]) => bs.filter((b) => !skip.has(b.command)).map((b) => b.text);
    expect(compare(simulated)).toEqual(compare(real));
  });
});
