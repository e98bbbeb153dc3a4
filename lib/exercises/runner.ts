/** Starts an exercise on a fresh machine and judges its state after each line. */
import { LEARNER, createMachine, type Machine, type MachineOptions } from '../machine';
import type { Goal, Notice, Scenario, WrongAnswer } from './model';
import { ExerciseState } from './state';

export interface SetupError {
  line: string;
  output: string;
  exitCode: number;
}

/** A machine in the scenario's start state: files written, setup lines run, cwd set. */
export async function startExercise(
  scenario: Scenario,
  seed = 1,
  /** The browser passes real time and the terminal's hooks; tests use virtual time. */
  options: Omit<MachineOptions, 'seed' | 'cwd'> = {},
): Promise<Machine> {
  const machine = createMachine({ ...options, seed, cwd: scenario.start.cwd });
  const fs = machine.engine.host;
  for (const [path, content] of Object.entries(scenario.start.files ?? {})) {
    const dir = path.slice(0, path.lastIndexOf('/'));
    fs.mkdir(dir, { recursive: true });
    fs.writeFile(path, content);
    fs.chown(path, LEARNER.uid, LEARNER.gid);
    chownUp(fs, dir, scenario.start.cwd);
  }
  for (const line of scenario.start.setup) {
    const r = await machine.exec(line);
    if (r.hung || r.exitCode !== 0)
      throw new Error(`setup of ${scenario.id} failed at \`${line}\` (${r.exitCode}): ${r.output}`);
  }
  return machine;
}

/** New folders for editable files belong to the learner, like the rest of the checkout. */
function chownUp(fs: Machine['engine']['host'], dir: string, stop: string): void {
  for (let d = dir; d.length > stop.length && d.startsWith(`${stop}/`);) {
    fs.chown(d, LEARNER.uid, LEARNER.gid);
    d = d.slice(0, d.lastIndexOf('/'));
  }
}

export interface Evaluation {
  /** Goal id → met. */
  goals: Record<string, boolean>;
  met: Goal[];
  complete: boolean;
  /** Every known mistake the state and the last line show. */
  wrongAnswers: WrongAnswer[];
  /** The first of them that is new since `previous`: the one to explain after this line. */
  wrongAnswer: WrongAnswer | null;
  /** Every surprising-but-correct moment the state and the last line show. */
  notices: Notice[];
  /** The first of them that is new since `previous`: the note to show after this line. */
  notice: Notice | null;
}

/**
 * Which goals the machine meets and which known mistake the last line made. Many mistakes stay
 * visible in the state (a stray volume remains), so pass the previous line's evaluation to
 * explain each one once, after the line that made it.
 */
export function evaluate(
  scenario: Scenario,
  machine: Machine,
  lastLine = '',
  previous?: Evaluation,
): Evaluation {
  const state = new ExerciseState(machine);
  const met = scenario.goals.filter((g) => safely(() => g.check(state)));
  const detected = <T extends WrongAnswer | Notice>(all: readonly T[]) =>
    lastLine.trim() === '' ? [] : all.filter((w) => safely(() => w.detect(state, lastLine)));
  const wrongAnswers = detected(scenario.wrongAnswers);
  const notices = detected(scenario.notices ?? []);
  return {
    goals: Object.fromEntries(scenario.goals.map((g) => [g.id, met.includes(g)])),
    met,
    complete: met.length === scenario.goals.length,
    wrongAnswers,
    wrongAnswer: firstNew(wrongAnswers, previous?.wrongAnswers),
    notices,
    notice: firstNew(notices, previous?.notices),
  };
}

/** The first of `now` not already in `before` (compared by id): said once, after its line. */
function firstNew<T extends { id: string }>(now: T[], before: readonly T[] = []): T | null {
  const seen = new Set(before.map((x) => x.id));
  return now.find((x) => !seen.has(x.id)) ?? null;
}

/** A predicate that trips over a missing file or container simply does not hold. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
