import { describe, expect, it } from 'vitest';
import { corpus, missedPoints } from './corpus/index';
import { evaluate, startExercise, type Evaluation } from './runner';
import { scenarios } from './scenarios';

/**
 * Correct answers written as learners write them, beside each reference solution: every one
 * completes its exercise with no mistake explained on the way (a goal that rejects one of them,
 * or a wrong answer that fires on one, is a bug).
 */
describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  const answers = corpus[id] ?? [];

  it('has at least three further correct answers', () => {
    expect(answers.length).toBeGreaterThanOrEqual(3);
  });

  it.each(answers.map((a) => [a.name, a.lines] as const))('accepts %s', async (_name, lines) => {
    const machine = await startExercise(scenario, 7);
    let result: Evaluation | undefined;
    const flagged: string[] = [];
    for (const line of lines) {
      const r = await machine.exec(line);
      expect(r.hung, line).toBe(false);
      result = evaluate(scenario, machine, line, result);
      if (result.wrongAnswer) flagged.push(`${result.wrongAnswer.id} after \`${line}\``);
    }
    expect(flagged).toEqual([]);
    expect(Object.entries(result!.goals).filter(([, met]) => !met)).toEqual([]);
  });
});

describe('a goal is not met without its point', () => {
  it.each(missedPoints.map((m) => [`${m.scenario}/${m.goal}`, m.name, m] as const))(
    '%s stays unmet: %s',
    async (_id, _name, missed) => {
      const scenario = scenarios.find((s) => s.id === missed.scenario)!;
      expect(scenario.goals.map((g) => g.id)).toContain(missed.goal);
      const machine = await startExercise(scenario, 7);
      for (const line of missed.lines) expect((await machine.exec(line)).hung, line).toBe(false);
      expect(evaluate(scenario, machine).goals[missed.goal]).toBe(false);
    },
  );
});
