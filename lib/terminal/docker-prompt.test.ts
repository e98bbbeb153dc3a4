/**
 * The prune commands' `[y/N]` question answered at the playground's terminal, byte for byte
 * against what a real terminal showed (fixtures/docker-prompt.json, recorded on a
 * pseudo-terminal from the oracle's daemon by scripts/record-docker-tty.py): y, Y, blanks, n,
 * "yes" (declined), Enter alone, Ctrl-C and Ctrl-D.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownBySim, terminalRig } from './rig.testing';

interface Case {
  command: string;
  keys: string[];
  setup?: string[];
  shown: string;
  exit: number;
}

const cases: Case[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'docker-prompt.json'), 'utf8'),
);

/** Container ids differ between the daemon and the simulation. */
const ids = (text: string) => text.replace(/\b[0-9a-f]{64}\b/g, '<id>');

describe('docker prune questions answered at the terminal, as a real terminal shows them', () => {
  for (const c of cases) {
    it(`${c.command}, then ${JSON.stringify(c.keys.join(''))}`, async () => {
      const t = terminalRig(setTimeout);
      for (const line of c.setup ?? []) await t.type(`${line}\r`);
      const shown = shownBySim(await t.run(c.command, c.keys));
      // The terminal starts its prompt on a new row where bash would go on after "[y/N] "
      // (Ctrl-D: docker writes nothing more), as after any output without a final newline.
      const expected = c.shown.endsWith('\n') ? c.shown : `${c.shown}\r\n`;
      expect(ids(shown)).toBe(ids(expected));
      expect(t.machine.host.shell.lastStatus).toBe(c.exit);
    });
  }

  it('an answer is neither run by the shell nor kept in its history', async () => {
    const t = terminalRig(setTimeout);
    await t.type('docker create --name lp1 diamol/base\r');
    await t.run('docker container prune', ['y\r']);
    expect(t.driver.session.history.at(-1)).toBe('docker container prune');
    expect(t.driver.session.history).not.toContain('y');
  });
});
