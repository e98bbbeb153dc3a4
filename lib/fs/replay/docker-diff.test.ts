// `docker diff` recorded on a real Docker 20.10 daemon (overlay2) for scenarios in the
// overlay DSL (scripts/overlay/record-docker-diff.sh): UnionFs.diff() must list the same
// changes. Docker's order is not stable, so both sides are compared sorted by path.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mountScenario, parseScenario, runOp } from './index';

const dir = new URL('../fixtures/docker-diff/', import.meta.url);
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.docker.txt'))
  .sort();

const byPath = (a: string, b: string) => {
  const [pa, pb] = [a.slice(2), b.slice(2)];
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};

describe('docker diff fixtures', () => {
  it('has recorded scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(10));

  it.each(scenarios)('%s lists what Docker lists', (file) => {
    const scenario = parseScenario(readFileSync(new URL(file, dir), 'utf8'));
    const docker = readFileSync(new URL(file.replace(/\.txt$/, '.docker.txt'), dir), 'utf8');
    const fs = mountScenario(scenario);
    for (const op of scenario.ops) runOp(fs, op);
    const ours = fs.diff().map((c) => `${c.kind} ${c.path}`);
    expect(ours.sort(byPath)).toEqual(docker.split('\n').filter(Boolean).sort(byPath));
  });
});
