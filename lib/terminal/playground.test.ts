import { describe, expect, it } from 'vitest';
import { scenarios } from '../exercises';
import { startPlaygroundTerminal } from './playground';

describe('startPlaygroundTerminal', () => {
  it("starts every exercise's playground in its start state, so its first command works", async () => {
    for (const scenario of scenarios) {
      const { sandbox } = await startPlaygroundTerminal(
        { write: () => {}, columns: () => 80 },
        { scenario, seed: 1, setTimer: (fn, ms) => setTimeout(fn, ms) },
      );
      expect(sandbox.host.cwd, scenario.id).toBe(scenario.start.cwd);
      const first = await sandbox.exec(scenario.solution[0]!);
      expect(first.exitCode, `${scenario.id}: ${scenario.solution[0]}\n${first.output}`).toBe(0);
    }
  });
});
