/**
 * `docker pull` on a terminal: the layer lines are redrawn in place. Recorded on a pseudo-terminal
 * (fixtures/pull-tty.json, scripts/record-docker-tty.py) against a real local registry that the
 * simulation serves too (../shell/docker/registry-fixture.testing.ts). Which layer finishes first
 * and how often a progress line repeats vary between real runs, so the test checks the grammar of
 * every redraw and the screen the learner is left with, not the bytes in between.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveLocalRegistry } from '../shell/docker/registry-fixture.testing';
import { createPlaygroundTerminal } from './testing';

interface Case {
  command: string;
  setup?: string[];
  shown: string;
  exit: number;
}

const cases: Case[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'pull-tty.json'), 'utf8'),
);

// eslint-disable-next-line no-control-regex
const REDRAW = /\x1b\[(\d+)A\x1b\[2K\r[0-9a-f]{12}: [^\r\x1b]*\r\x1b\[\1B/g;

/** The rows a terminal shows after the bytes: enough of VT100 for the pull display. */
function screen(bytes: string): string[] {
  const rows: string[] = [''];
  let y = 0;
  // eslint-disable-next-line no-control-regex
  for (const token of bytes.match(/\x1b\[\d*[ABK]|\r\n|\r|\n|[^\x1b\r\n]+/g) ?? []) {
    // eslint-disable-next-line no-control-regex
    const move = /^\x1b\[(\d*)([ABK])$/.exec(token);
    if (move) {
      const n = Number(move[1] || 1);
      if (move[2] === 'A') y = Math.max(0, y - n);
      else if (move[2] === 'B') y += n;
      else rows[y] = '';
    } else if (token === '\r\n' || token === '\n') y++;
    else if (token !== '\r') rows[y] = (rows[y] ?? '') + token;
    while (rows.length <= y) rows.push('');
  }
  return rows.map((r) => r.replace(/[0-9a-f]{12,64}/g, '<id>').trimEnd()).filter(Boolean);
}

function rig() {
  let bytes = '';
  const { machine, driver } = createPlaygroundTerminal(
    { columns: () => 80, write: (data) => (bytes += data) },
    { seed: 5, setTimer: (fn, ms) => setTimeout(fn, ms) },
  );
  serveLocalRegistry(machine);
  driver.start();
  const run = async (command: string) => {
    const start = bytes.length;
    const prompted = driver.nextPrompt();
    driver.input(`${command}\r`);
    await prompted;
    // eslint-disable-next-line no-control-regex
    const text = bytes.slice(start).replace(/\x1b\[(32m|0m|J|31m)/g, '');
    const afterEnter = text.slice(text.indexOf('\r\n') + 2);
    return afterEnter.slice(0, afterEnter.lastIndexOf('learner@host:'));
  };
  return { run };
}

describe('docker pull on a terminal, as a real terminal shows it', () => {
  it.each(cases)('$command', async (c) => {
    const t = rig();
    for (const step of c.setup ?? []) await t.run(step);
    const sim = await t.run(c.command);
    // every in-place update is one whole line: up N, erase, the line, CR, down N
    const redraws = (s: string) => s.match(REDRAW)?.length ?? 0;
    expect(redraws(c.shown) > 0).toBe(redraws(sim) > 0);
    // eslint-disable-next-line no-control-regex
    expect(sim.replace(REDRAW, '')).not.toMatch(/\x1b\[\d+[AB]/);
    expect(screen(sim)).toEqual(screen(c.shown));
  });
});

describe('an ubuntu container on a terminal', () => {
  it('is bash: its prompt, $0 and GNU tools', async () => {
    let bytes = '';
    const { driver } = createPlaygroundTerminal(
      { columns: () => 80, write: (data) => (bytes += data) },
      { seed: 5, setTimer: (fn, ms) => setTimeout(fn, ms) },
    );
    driver.start();
    const type = async (text: string) => {
      const prompted = driver.nextPrompt();
      driver.input(text);
      await prompted;
    };
    await type('docker pull -q ubuntu:24.04\r');
    await type('docker run -it --rm ubuntu:24.04\r');
    const start = bytes.length;
    await type('echo $0; ls /nope\r');
    // eslint-disable-next-line no-control-regex
    const shown = bytes.slice(start).replace(/\x1b\[(32m|0m|J)/g, '');
    expect(shown).toMatch(
      /\r\nbash\r\nls: cannot access '\/nope': No such file or directory\r\nroot@[0-9a-f]{12}:\/# $/,
    );
    await type('exit\r');
  });
});
