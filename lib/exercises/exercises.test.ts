import { describe, expect, it } from 'vitest';
import { evaluate, startExercise } from './runner';
import { scenarios } from './scenarios';

/** learnGitBranching-style: every scenario replayed headless on the simulated machine. */
async function play(id: string, lines: readonly string[]) {
  const scenario = scenarios.find((s) => s.id === id)!;
  const sandbox = await startExercise(scenario, 7);
  for (const line of lines) {
    const r = await sandbox.exec(line);
    expect(r.hung, line).toBe(false);
  }
  return { scenario, sandbox };
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  it('starts with no goal met', async () => {
    const { sandbox } = await play(id, []);
    expect(evaluate(scenario, sandbox).met.map((g) => g.id)).toEqual([]);
  });

  it('is completed by its reference solution, line by line, with no mistake flagged', async () => {
    const { sandbox } = await play(id, []);
    for (const line of scenario.solution) {
      const r = await sandbox.exec(line);
      expect(r.hung, line).toBe(false);
      expect(evaluate(scenario, sandbox, line).wrongAnswer?.id, line).toBeUndefined();
    }
    const result = evaluate(scenario, sandbox, scenario.solution.at(-1));
    expect(Object.entries(result.goals).filter(([, met]) => !met)).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it.each(scenario.wrongAnswers.map((w) => [w.id, w] as const))(
    'recognises the wrong answer %s',
    async (_wid, wrong) => {
      const { sandbox } = await play(id, wrong.example);
      const result = evaluate(scenario, sandbox, wrong.example.at(-1));
      expect(result.wrongAnswer?.id).toBe(wrong.id);
      expect(result.wrongAnswer?.explanation).toBe(wrong.explanation);
      expect(result.complete).toBe(false);
    },
  );
});

describe('evaluate', () => {
  it('explains a mistake after the line that made it, not again after the next line', async () => {
    const { scenario, sandbox } = await play('bind-mount', []);
    const line = 'docker container run -v databases:/data -d -p 8012:80 diamol/ch06-todo-list';
    await sandbox.exec(line);
    const first = evaluate(scenario, sandbox, line);
    expect(first.wrongAnswer?.id).toBe('volume-not-bind');
    await sandbox.exec('ls');
    const next = evaluate(scenario, sandbox, 'ls', first);
    expect(next.wrongAnswers.map((w) => w.id)).toEqual(['volume-not-bind']);
    expect(next.wrongAnswer).toBeNull();
  });

  it('gives a setup error for a start that does not run', async () => {
    const broken = { ...scenarios[0]!, start: { cwd: '/home/learner', setup: ['false'] } };
    await expect(startExercise(broken)).rejects.toThrow(/setup of stateless-replicas failed/);
  });
});
