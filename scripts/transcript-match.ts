/**
 * transcript-match: how many recorded commands the simulation reproduces exactly, per file.
 *
 *   npx tsx scripts/transcript-match.ts [-v] [TRANSCRIPT...]
 *
 * -v also prints each command that differs: the recorded block, then the simulated one.
 * Without arguments: the issue-12 language corpora (lib/shell/fixtures/lang-*.transcript and
 * lib/shell/docker/fixtures/shell-lang.docker.transcript). Each file is replayed whole, as the
 * fixture tests do, and compared command by command (IDs, dates and ages normalised as in
 * lib/shell/docker/fixtures.test.ts; commands marked `# sim-differs` are not counted), so one
 * mismatch does not hide the matches after it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HOME, START_DIR, createMachine, simSession } from '../lib/machine';
import { transcript, type LineRunner } from '../lib/shell/transcript';

const SHELL_DIR = 'lib/shell/fixtures';
const DOCKER_DIR = 'lib/shell/docker/fixtures';

function normalise(text: string): string {
  return text
    .replace(/\b[0-9a-f]{64}\b/g, '<id64>')
    .replace(/\b[0-9a-f]{12}\b/g, '<id12>')
    .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?Z?/g, '<date>')
    .replaceAll(`${HOME}/work`, '<work>')
    .replace(/\/overlay2\/l\/[A-Z2-7]{26}\b/g, '/overlay2/l/<link>')
    .replace(
      /(Less than a second|About a minute|About an hour|\d+ (second|minute|hour)s?)( ago)?/g,
      '<ago>$3',
    )
    .replace(/^.*(<ago>|CREATED).*$/gm, (line) => line.replace(/ {2,}/g, '  '));
}

/** The commands of a transcript, each with its output and status, notes dropped. */
function blocks(text: string): string[] {
  return normalise(text)
    .split(/^(?=\$ )/m)
    .filter((b) => b.startsWith('$ '))
    .map((b) => b.replace(/^#.*\n/gm, ''));
}

interface Target {
  recorded: string;
  cmds: string;
  runner: () => LineRunner;
}

function target(recorded: string): Target {
  const dir = dirname(recorded);
  const m = /^(.*)\.(bash|busybox|docker)\.transcript$/.exec(basename(recorded));
  if (!m) throw new Error(`not a transcript: ${recorded}`);
  const [, base, kind] = m as unknown as [string, string, 'bash' | 'busybox' | 'docker'];
  if (kind === 'docker')
    return {
      recorded,
      cmds: join(dir, `${base}.cmds`),
      runner: () => createMachine({ seed: 1, cwd: `${HOME}/work` }),
    };
  const both = readdirSync(dir).includes(`${base}.cmds`);
  return {
    recorded,
    cmds: join(dir, both ? `${base}.cmds` : `${base}.${kind}.cmds`),
    runner: () => simSession(kind, 1, kind === 'bash' ? START_DIR : undefined),
  };
}

function defaults(): string[] {
  const lang = readdirSync(SHELL_DIR)
    .filter((f) => f.startsWith('lang-') && f.endsWith('.transcript'))
    .map((f) => join(SHELL_DIR, f));
  return [...lang, join(DOCKER_DIR, 'shell-lang.docker.transcript')];
}

const args = process.argv.slice(2);
const verbose = args[0] === '-v';
const files = verbose ? args.slice(1) : args;
let matched = 0;
let total = 0;
for (const file of files.length > 0 ? files : defaults()) {
  const t = target(file);
  const real = blocks(readFileSync(t.recorded, 'utf8'));
  const lines = readFileSync(t.cmds, 'utf8').split('\n');
  const simulated = blocks(await transcript(t.runner(), lines));
  // a command after `# sim-differs: why` deliberately differs (docker fixtures): not counted
  const skip = new Set(lines.filter((_, i) => lines[i - 1]?.startsWith('# sim-differs:')));
  const counted = real
    .map((b, i) => i)
    .filter((i) => !skip.has(real[i]!.slice(2, real[i]!.indexOf('\n'))));
  const ok = counted.filter((i) => simulated[i] === real[i]).length;
  if (verbose)
    for (const i of counted.filter((i) => simulated[i] !== real[i]))
      console.log(`--- ${file}\n${real[i]}+++ simulated\n${simulated[i] ?? '(none)\n'}`);
  console.log(`${String(ok).padStart(4)} / ${String(counted.length).padEnd(4)} ${file}`);
  matched += ok;
  total += counted.length;
}
console.log(`${String(matched).padStart(4)} / ${total} commands match`);
