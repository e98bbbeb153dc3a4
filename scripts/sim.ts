/**
 * sim: runs shell command lines in a fresh simulated session and prints what the terminal
 * would show, in the oracle's transcript format, so real and simulated runs can be diffed.
 *
 *   npx tsx scripts/sim.ts [--scenario NAME] [--seed N] [--flavor bash|busybox] [--budget S] [FILE]
 *
 * Reads FILE, or stdin when FILE is absent or "-". Without --scenario it starts the machine:
 * the learner's host in ~/ch06. A line that works longer than --budget seconds (default 5) is
 * cut as Ctrl-C would cut it (`^C` is not printed; its status is 130), so every transcript ends.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { simSession, SCENARIOS } from '../lib/machine';
import { transcript } from '../lib/shell/transcript';

function usage(message: string): never {
  console.error(`sim: ${message}`);
  console.error(
    'usage: sim [--scenario NAME] [--seed N] [--flavor bash|busybox] [--budget SECONDS] [FILE]',
  );
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      scenario: { type: 'string' },
      seed: { type: 'string' },
      flavor: { type: 'string' },
      budget: { type: 'string' },
    },
  });
} catch (e) {
  usage((e as Error).message);
}
const { values, positionals } = parsed;
const scenario = values.scenario ?? 'sandbox';
if (!SCENARIOS.includes(scenario))
  usage(`unknown scenario '${scenario}' (known: ${SCENARIOS.join(', ')})`);
const flavor = values.flavor ?? 'bash';
if (flavor !== 'bash' && flavor !== 'busybox') usage(`unknown flavor '${flavor}'`);
const seed = values.seed === undefined ? 1 : Number(values.seed);
if (!Number.isInteger(seed)) usage(`--seed needs an integer, got '${values.seed}'`);
const budget = values.budget === undefined ? 5 : Number(values.budget);
if (!(budget > 0)) usage(`--budget needs a number of seconds, got '${values.budget}'`);
const file = positionals[0];
let input: string;
try {
  input = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
} catch (e) {
  usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
}

const session = simSession(flavor, seed, undefined, budget * 1000);
process.stdout.write(await transcript(session, input.split(/\r?\n/)));
