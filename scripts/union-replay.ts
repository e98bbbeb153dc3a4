/**
 * npx tsx scripts/union-replay.ts SCENARIO_FILE|-
 *
 * Runs an overlay-oracle.sh scenario on lib/fs's UnionFs and prints the oracle's sections
 * (## ops, ## merged, ## upper), so the same file can be diffed against the real kernel.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ScenarioError, replayScenario } from '../lib/fs/replay';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: union-replay.ts SCENARIO_FILE|-\n');
    return 2;
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    process.stdout.write(replayScenario(text, sha256));
    return 0;
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    process.stderr.write(`union-replay: ${e.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
