/**
 * The prune commands' `[y/N]` question answered at the playground's terminal, byte for byte
 * against what a real terminal showed (fixtures/docker-prompt.json, recorded on a
 * pseudo-terminal from the oracle's daemon by scripts/record-docker-tty.py): y, Y, blanks, n,
 * "yes" (declined), Enter alone, Ctrl-C and Ctrl-D.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlaygroundTerminal } from './testing';

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

function rig() {
  let bytes = '';
  const { driver, machine } = createPlaygroundTerminal(
    { columns: () => 80, write: (data) => (bytes += data) },
    { seed: 5, setTimer: (fn, ms) => setTimeout(fn, ms) },
  );
  driver.start();
  const type = async (data: string) => {
    const prompted = driver.nextPrompt();
    driver.input(data);
    await prompted;
  };
  /** The line's Enter, then the keys: everything the terminal showed after the line's echo. */
  const run = async (command: string, keys: readonly string[]) => {
    driver.input(command.slice(0, -1));
    const start = bytes.length;
    for (const key of [command.slice(-1) + '\r', ...keys]) await type(key);
    return bytes.slice(start);
  };
  return { run, type, machine, history: () => driver.session.history };
}

/** After the command line's Enter, up to the host's next prompt; colours and erase-below out. */
function shownBySim(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/\x1b\[(32m|0m|J)/g, '');
  const afterEnter = text.slice(text.indexOf('\r\n') + 2);
  return afterEnter.slice(0, afterEnter.lastIndexOf('learner@host:'));
}

/** Container ids differ between the daemon and the simulation. */
const ids = (text: string) => text.replace(/\b[0-9a-f]{64}\b/g, '<id>');

describe('docker prune questions answered at the terminal, as a real terminal shows them', () => {
  for (const c of cases) {
    it(`${c.command}, then ${JSON.stringify(c.keys.join(''))}`, async () => {
      const t = rig();
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
    const t = rig();
    await t.type('docker create --name lp1 diamol/base\r');
    await t.run('docker container prune', ['y\r']);
    expect(t.history().at(-1)).toBe('docker container prune');
    expect(t.history()).not.toContain('y');
  });
});
