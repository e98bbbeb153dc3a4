/**
 * docker's -i/-t cases typed into the playground's terminal, byte for byte against what a real
 * terminal showed (fixtures/docker-tty.json, recorded on a pseudo-terminal from the oracle's
 * daemon by scripts/record-docker-tty.py).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownBySim, terminalRig } from './rig.testing';

interface Case {
  command: string;
  keys?: string[];
  setup?: (string | string[])[];
  shown: string;
  exit: number;
  /** Recorded, not simulated yet: why. */
  todo?: string;
}

const cases: Case[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'docker-tty.json'), 'utf8'),
);

/**
 * What the recording has that the book's images would not show: the oracle's stand-in images are
 * Debian's busybox-static, whose interactive sh prints a banner (Alpine's does not) and asks the
 * terminal for the cursor position (invisible). With -t alone the real terminal stayed in cooked
 * mode and added a CR before the container's CR LF (invisible too). `docker attach` makes the
 * shell redraw its line (CR, prompt, erase to the end), which on a fresh row is just the prompt.
 */
function visible(recorded: string): string {
  return recorded
    .replace(
      /\r\n\r\nBusyBox v[^\r]*\r\nEnter 'help' for a list of built-in commands\.\r\n\r\n/g,
      '',
    )
    .replaceAll('\x1b[6n', '')
    .replaceAll('\x1b[J', '')
    .replace(/^\r(?!\n)/, '')
    .replace(/\r+\n/g, '\r\n');
}

/** The rig, with each run ending back in the host's shell. */
function rig() {
  const t = terminalRig(setTimeout);
  const run = async (command: string, keys: readonly string[] = []) => {
    const shown = await t.run(command, keys);
    expect(t.driver.depth).toBe(1);
    return shown;
  };
  return { run };
}

describe('docker -i/-t in the terminal, as a real terminal shows them', () => {
  for (const c of cases.filter((c) => c.todo)) it.todo(`${c.command}: ${c.todo}`);
  it.each(cases.filter((c) => !c.todo))('$command', async (c) => {
    const t = rig();
    for (const step of c.setup ?? []) {
      const [line, ...keys] = typeof step === 'string' ? [step] : step;
      await t.run(line!, keys);
    }
    const raw = await t.run(c.command, c.keys);
    const real = visible(c.shown);
    // after a detach the driver starts the host's prompt on a fresh row, where bash would not
    const sim = real.endsWith('\n') ? shownBySim(raw) : shownBySim(raw).replace(/\r\n$/, '');
    expect(sim).toBe(real);
    expect(await t.run('echo $?')).toContain(`\r\n${c.exit}\r\n`);
  });
});
