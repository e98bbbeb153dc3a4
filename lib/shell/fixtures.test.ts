import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_DIR } from './host';
import { simSession } from './sim-sessions';
import { transcript } from './transcript';
import type { Flavor } from './types';

/**
 * Replays every recorded real-shell transcript (scripts/shell-oracle.sh) through the simulated
 * shell of the same flavor. Only timestamps are normalised: the recording ran at its own time,
 * the simulation runs at a fixed instant.
 */
const dir = join(import.meta.dirname, 'fixtures');
const DATES = [
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d ( \d{4}|\d\d:\d\d)\b/g,
  // seconds are optional: `tar tv` prints GNU's dates to the minute
  /\b\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?)?( [+-]\d{4})?/g,
];

function normalise(text: string): string {
  return DATES.reduce((t, re) => t.replace(re, '<date>'), text);
}

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.cmds'))
  .flatMap((cmds) =>
    (['bash', 'busybox'] as Flavor[])
      // X.cmds runs in both shells; X.bash.cmds / X.busybox.cmds in one (X.<flavor>.transcript)
      .filter((flavor) => !/\.(bash|busybox)\.cmds$/.test(cmds) || cmds.endsWith(`.${flavor}.cmds`))
      .map((flavor) => ({
        cmds,
        flavor,
        recorded: join(dir, cmds.replace(/(\.(bash|busybox))?\.cmds$/, `.${flavor}.transcript`)),
      }))
      .filter((c) => existsSync(c.recorded)),
  );

describe('simulated shells match recorded real shells', () => {
  it.each(cases)('$cmds ($flavor)', async ({ cmds, flavor, recorded }) => {
    const lines = readFileSync(join(dir, cmds), 'utf8').split('\n');
    // scripts/shell-oracle.sh records bash in /home/learner/ch06 and busybox in /
    const simulated = await transcript(
      simSession(flavor, 1, flavor === 'bash' ? START_DIR : undefined),
      lines,
    );
    expect(normalise(simulated)).toBe(normalise(readFileSync(recorded, 'utf8')));
  });
});
