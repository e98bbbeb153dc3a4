/**
 * Every exercise on its real page, driven from the keyboard: the reference solution ticks every
 * goal with no mistake explained on the way, and a known wrong answer, played from the start,
 * gets its own explanation without completing the exercise. Data-driven from lib/exercises, so a
 * new scenario is covered without touching this file.
 *
 * By default each exercise plays its first wrong answer (lib/exercises replays all of them
 * headless, line by line as the page does); `E2E_ALL_WRONG_ANSWERS=1` plays every one in the browser.
 */
import { scenarios, type Scenario } from '../lib/exercises';
import { ExerciseModel } from './exercise-model';
import { expect, test } from './fixtures';

const ALL_WRONG_ANSWERS = !!process.env.E2E_ALL_WRONG_ANSWERS;

/** The first wrong answer of each exercise, or every one with E2E_ALL_WRONG_ANSWERS=1. */
const wrongAnswersToPlay = (scenario: Scenario) =>
  ALL_WRONG_ANSWERS ? scenario.wrongAnswers : scenario.wrongAnswers.slice(0, 1);

/** The explanation as the panel shows it: `backticks` become <code>, the text stays. */
const shown = (text: string) => text.replaceAll('`', '');

for (const scenario of scenarios) {
  const total = scenario.goals.length;

  test.describe(`${scenario.id} (/${scenario.section}/)`, () => {
    test('the reference solution meets every goal', async ({ page }) => {
      test.setTimeout(120_000);
      const exercise = new ExerciseModel(page, scenario);
      await exercise.open();
      await exercise.runAll(scenario.solution);

      await expect(exercise.goals).toContainText(`목표 ${total}/${total}`);
      await expect(exercise.goals).toContainText('모두 달성했습니다!');
      for (const goal of scenario.goals)
        await expect(exercise.goal(goal.id), goal.id).toHaveAttribute('data-met', '');
      expect(await exercise.wrongAnswersSeen(), 'wrong answers explained on the way').toEqual([]);
    });

    for (const wrong of wrongAnswersToPlay(scenario)) {
      test(`wrong answer ${wrong.id} gets its own explanation`, async ({ page }) => {
        test.setTimeout(60_000);
        const exercise = new ExerciseModel(page, scenario);
        await exercise.open();
        await exercise.runAll(wrong.example);

        await expect(exercise.wrongAnswer).toHaveAttribute('data-wrong-answer', wrong.id);
        await expect(exercise.wrongAnswer).toBeVisible();
        await expect(exercise.wrongAnswer).toHaveText(shown(wrong.explanation));
        expect(await exercise.wrongAnswersSeen(), 'explained once, after the last line').toEqual([
          wrong.id,
        ]);
        await expect(exercise.goals).not.toContainText('모두 달성했습니다!');
        await expect(exercise.goals.locator('[data-goal]')).toHaveCount(total);
        expect(await exercise.metGoals.count()).toBeLessThan(total);
      });
    }
  });
}

test('lines reach the shell exactly as typed: quotes, $(pwd), > and Hangul', async ({ page }) => {
  const exercise = new ExerciseModel(page, scenarios[0]!);
  await exercise.open();
  await exercise.run(`echo "레이어 '랩' $(pwd)" > 메모.txt`);
  await exercise.run('cat 메모.txt');
  const rows = await exercise.rows();
  expect(rows.at(-2)).toBe(`레이어 '랩' /home/learner/diamol`);
});
