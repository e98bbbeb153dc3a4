import { describe, expect, it } from 'vitest';
import { evaluate, startExercise } from './runner';
import { ExerciseState } from './state';
import { scenarios } from './scenarios';

/** learnGitBranching-style: every scenario replayed headless on the simulated machine. */
async function play(id: string, lines: readonly string[]) {
  const scenario = scenarios.find((s) => s.id === id)!;
  const machine = await startExercise(scenario, 7);
  for (const line of lines) {
    const r = await machine.exec(line);
    expect(r.hung, line).toBe(false);
  }
  return { scenario, machine };
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  it('starts with no goal met', async () => {
    const { machine } = await play(id, []);
    expect(evaluate(scenario, machine).met.map((g) => g.id)).toEqual([]);
  });

  it('is completed by its reference solution, line by line, with no mistake flagged', async () => {
    const { machine } = await play(id, []);
    for (const line of scenario.solution) {
      const r = await machine.exec(line);
      expect(r.hung, line).toBe(false);
      expect(evaluate(scenario, machine, line).wrongAnswer?.id, line).toBeUndefined();
    }
    const result = evaluate(scenario, machine, scenario.solution.at(-1));
    expect(Object.entries(result.goals).filter(([, met]) => !met)).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it.each(scenario.wrongAnswers.map((w) => [w.id, w] as const))(
    'recognises the wrong answer %s',
    async (_wid, wrong) => {
      // As the page does: line by line, each evaluation passed on, so a mistake is explained
      // once, after the line that made it, and that must be the example's last line.
      const { machine } = await play(id, []);
      let result: ReturnType<typeof evaluate> | undefined;
      for (const [i, line] of wrong.example.entries()) {
        expect((await machine.exec(line)).hung, line).toBe(false);
        result = evaluate(scenario, machine, line, result);
        if (i < wrong.example.length - 1)
          expect(result.wrongAnswer?.id, `too early, after \`${line}\``).not.toBe(wrong.id);
      }
      result = result!;
      expect(result.wrongAnswer?.id).toBe(wrong.id);
      expect(result.wrongAnswer?.explanation).toBe(wrong.explanation);
      expect(result.complete).toBe(false);
    },
  );
});

describe.each(
  scenarios.flatMap((s) => (s.notices ?? []).map((n) => [`${s.id}/${n.id}`, s, n] as const)),
)('notice %s', (_name, scenario, notice) => {
  it('is said once, after the last line of its example, and is no mistake', async () => {
    const { machine } = await play(scenario.id, []);
    let result: ReturnType<typeof evaluate> | undefined;
    for (const [i, line] of notice.example.entries()) {
      expect((await machine.exec(line)).hung, line).toBe(false);
      result = evaluate(scenario, machine, line, result);
      if (i < notice.example.length - 1) expect(result.notice?.id).not.toBe(notice.id);
    }
    expect(result!.notice?.id).toBe(notice.id);
    expect(result!.wrongAnswer).toBeNull();
    await machine.exec('true');
    expect(evaluate(scenario, machine, 'true', result).notice).toBeNull();
  });
});

describe('evaluate', () => {
  it('explains a mistake after the line that made it, not again after the next line', async () => {
    const { scenario, machine } = await play('bind-mount', []);
    const line = 'docker container run -v databases:/data -d -p 8012:80 diamol/ch06-todo-list';
    await machine.exec(line);
    const first = evaluate(scenario, machine, line);
    expect(first.wrongAnswer?.id).toBe('volume-not-bind');
    await machine.exec('ls');
    const next = evaluate(scenario, machine, 'ls', first);
    expect(next.wrongAnswers.map((w) => w.id)).toEqual(['volume-not-bind']);
    expect(next.wrongAnswer).toBeNull();
  });

  it('gives a setup error for a start that does not run', async () => {
    const broken = { ...scenarios[0]!, start: { cwd: '/home/learner', setup: ['false'] } };
    await expect(startExercise(broken)).rejects.toThrow(/setup of stateless-replicas failed/);
  });
});

/** The line whose outcome each "predict, then run" question is about (its reveal's first line). */
const REVEALED_BY: Record<string, string> = {
  'copy-on-write': 'docker container start --attach f1',
  'anonymous-volume': 'docker container run --name todo2 -d diamol/ch06-todo-list',
  'mount-limits': 'docker container run -v v1:/init diamol/ch06-bind-mount',
  'union-layers': 'docker container run --name l1 layered cat /f',
  'storage-options':
    'docker container run -d -p 8017:80 --volume ch06-lab2:/init-data diamol/ch06-lab',
};

describe('predict, then run', () => {
  const predicting = scenarios.filter((s) => s.predict);

  it('gives every prediction a reveal trigger, and lists each one here', () => {
    expect(predicting.map((s) => s.id).sort()).toEqual(Object.keys(REVEALED_BY).sort());
    for (const s of predicting) expect(typeof s.predict?.reveal, s.id).toBe('function');
  });

  it.each(predicting.map((s) => [s.id, s] as const))(
    '%s: hidden at the start, revealed from the surprising line of its proof on',
    async (id, scenario) => {
      const predict = scenario.predict!;
      const lines = predict.example ?? scenario.solution;
      const { machine } = await play(id, []);
      expect(predict.reveal!(new ExerciseState(machine), '')).toBe(false);
      const revealed: string[] = [];
      for (const line of lines) {
        expect((await machine.exec(line)).hung, line).toBe(false);
        if (predict.reveal!(new ExerciseState(machine), line)) revealed.push(line);
      }
      expect(revealed[0]).toBe(REVEALED_BY[id]);
      // Once the outcome is there it stays there: every later line of the proof keeps it.
      expect(revealed).toEqual(lines.slice(lines.indexOf(REVEALED_BY[id]!)));
    },
  );

  it("does not reveal union-layers' answer when b does not win", async () => {
    const scenario = scenarios.find((s) => s.id === 'union-layers')!;
    const wrong = scenario.wrongAnswers.find((w) => w.id === 'wrong-order')!;
    const { machine } = await play('union-layers', wrong.example);
    expect(scenario.predict!.reveal!(new ExerciseState(machine), wrong.example.at(-1)!)).toBe(
      false,
    );
  });

  it('shows an example only where the reference solution does not reveal the answer', async () => {
    for (const s of predicting) {
      if (!s.predict!.example) continue;
      const { machine } = await play(s.id, s.solution);
      const state = new ExerciseState(machine);
      expect(s.predict!.reveal!(state, s.solution.at(-1)!), s.id).toBe(false);
    }
  });
});
