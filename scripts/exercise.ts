/**
 * exercise: plays an exercise as a learner would, headless. Starts SCENARIO on a fresh machine
 * (its start state, as the page does), runs the lines one by one, and prints after each line its
 * output, the goals met so far and any known mistake or note that line brought up. Ends with one
 * JSON line: {"scenario", "complete", "goals": {id: met}, "wrongAnswers": [ids]}.
 *
 *   npx tsx scripts/exercise.ts [--seed N] [--quiet] SCENARIO [FILE]
 *
 * Reads FILE, or stdin when FILE is absent or "-"; blank lines are skipped. Exit 0 when every
 * goal is met after the last line, 1 when not, 2 on a bad scenario id or usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, startExercise, type Evaluation } from '../lib/exercises/runner';
import { scenarios } from '../lib/exercises/scenarios';

function usage(message: string): never {
  console.error(`exercise: ${message}`);
  console.error('usage: exercise [--seed N] [--quiet] SCENARIO [FILE]');
  console.error(`scenarios: ${scenarios.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string' }, quiet: { type: 'boolean' } },
  });
} catch (e) {
  usage((e as Error).message);
}
const { values, positionals } = parsed;
const [id, file] = positionals;
if (id === undefined) usage('no scenario given');
const scenario = scenarios.find((s) => s.id === id);
if (!scenario) usage(`unknown scenario '${id}'`);
const seed = values.seed === undefined ? 1 : Number(values.seed);
if (!Number.isInteger(seed)) usage(`--seed needs an integer, got '${values.seed}'`);
let input: string;
try {
  input = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
} catch (e) {
  usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
}

const out = (text: string) => process.stdout.write(text);
const machine = await startExercise(scenario, seed);
let result: Evaluation = evaluate(scenario, machine);
/** Every mistake explained on the way, in order (each once, after the line that made it). */
const flagged: string[] = [];
for (const line of input.split(/\r?\n/)) {
  if (line.trim() === '') continue;
  const r = await machine.exec(line);
  result = evaluate(scenario, machine, line, result);
  out(`$ ${line}\n`);
  if (!values.quiet && r.output !== '') out(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
  if (r.hung) out('  (hung: the line did not finish)\n');
  const met = scenario.goals.filter((g) => result.goals[g.id]).map((g) => g.id);
  out(`  goals ${met.length}/${scenario.goals.length}: ${met.join(', ') || '-'}\n`);
  if (result.wrongAnswer) {
    flagged.push(result.wrongAnswer.id);
    out(`  wrong answer ${result.wrongAnswer.id}: ${result.wrongAnswer.explanation}\n`);
  }
  if (result.notice) out(`  notice ${result.notice.id}: ${result.notice.text}\n`);
}
out(
  `${JSON.stringify({
    scenario: scenario.id,
    complete: result.complete,
    goals: result.goals,
    wrongAnswers: flagged,
  })}\n`,
);
process.exit(result.complete ? 0 : 1);
