import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_DIR, simSession } from '../machine';
import { transcript } from './transcript';
import type { Flavor } from './types';

/**
 * Replays every recorded real-shell transcript (scripts/shell-oracle.sh) through the simulated
 * shell of the same flavor, command by command. Only timestamps are normalised: the recording
 * ran at its own time, the simulation runs at a fixed instant. A command after
 * `# sim-differs: why` (or `# sim-differs busybox: why` for one flavor) in the .cmds file is a
 * known, stated difference and is not compared; every other command must match exactly.
 */
const dir = join(import.meta.dirname, 'fixtures');
const DATES = [
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d ( \d{4}|\d\d:\d\d)\b/g,
  /\b\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?)?( [+-]\d{4})?/g,
];

function normalise(text: string): string {
  return DATES.reduce((t, re) => t.replace(re, '<date>'), text);
}

/** Each command's block (`$ line`, continuation lines, output, `[exit N]`), notes dropped. */
function blocks(text: string): { command: string; text: string }[] {
  return normalise(text)
    .replace(/^#.*\n/gm, '')
    .split(/^(?=\$ )/m)
    .filter((b) => b.startsWith('$ '))
    .map((b) => ({ command: b.slice(2, b.indexOf('\n')), text: b }));
}

const MARK = /^# sim-differs( (bash|busybox))?:/;

function skipped(cmds: string, flavor: Flavor): Set<string> {
  const lines = cmds.split('\n');
  return new Set(
    lines.filter((_, i) => {
      const m = MARK.exec(lines[i - 1] ?? '');
      return m !== null && (m[2] === undefined || m[2] === flavor);
    }),
  );
}

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.cmds'))
  .flatMap((cmds) =>
    (['bash', 'busybox'] as Flavor[])
      .map((flavor) => ({
        cmds,
        flavor,
        recorded: join(dir, cmds.replace(/(\.(bash|busybox))?\.cmds$/, `.${flavor}.transcript`)),
      }))
      .filter((c) => existsSync(c.recorded)),
  );

describe('simulated shells match recorded real shells', () => {
  it.each(cases)('$cmds ($flavor)', async ({ cmds, flavor, recorded }) => {
    const source = readFileSync(join(dir, cmds), 'utf8');
    // scripts/shell-oracle.sh records bash in /home/learner/ch06 and busybox in /
    const simulated = await transcript(
      simSession(flavor, 1, flavor === 'bash' ? START_DIR : undefined),
      source.split('\n'),
    );
    const skip = skipped(source, flavor);
    const keep = (b: { command: string }) => !skip.has(b.command);
    const real = blocks(readFileSync(recorded, 'utf8'));
    expect(blocks(simulated).filter(keep)).toEqual(real.filter(keep));
    expect(skip.size).toBeLessThan(real.length / 4);
  });
});
