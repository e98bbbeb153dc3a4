import { scenarios } from '../lib/exercises';
import { expect, test, TerminalModel } from './fixtures';

const scenario = scenarios.find((s) => s.id === 'writable-layers')!;

test('goals tick as the simulation reaches them; a known mistake gets its own explanation', async ({
  page,
}) => {
  test.setTimeout(90_000); // the whole reference solution is typed key by key
  await page.goto('/container-state/');
  const terminal = new TerminalModel(page, scenario.id);
  const goals = terminal.playground.getByRole('group', { name: '실습 목표' });
  await expect(goals).toContainText(`목표 0/${scenario.goals.length}`); // server-rendered
  await terminal.open();
  await terminal.focus();
  await page.keyboard.press('Control+u');

  const wrong = scenario.wrongAnswers[0]!;
  for (const line of wrong.example) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(goals.locator(`[data-wrong-answer="${wrong.id}"]`)).toBeVisible({ timeout: 10_000 });

  for (const line of scenario.solution) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => terminal.text(), { timeout: 10_000 })
      .toMatch(/learner@host:~\/diamol\$ $/);
  }
  await expect(goals).toContainText(`목표 ${scenario.goals.length}/${scenario.goals.length}`, {
    timeout: 10_000,
  });
  await expect(goals).toContainText('모두 달성했습니다!');
  await expect(goals.locator('[data-met]')).toHaveCount(scenario.goals.length);
});

test('hints step up, then the solution can be revealed', async ({ page }) => {
  await page.goto('/container-state/');
  const terminal = new TerminalModel(page, scenario.id);
  await terminal.open();
  const goals = terminal.playground.getByRole('group', { name: '실습 목표' });
  await expect(goals.locator('[data-goals-live]')).toBeVisible(); // the live checks have loaded
  await goals.getByRole('button', { name: '힌트 보기' }).click();
  for (let i = 1; i < scenario.hints.length; i++)
    await goals.getByRole('button', { name: '다음 힌트' }).click();
  for (const hint of scenario.hints)
    await expect(goals).toContainText(hint.text.replaceAll('`', ''));
  await goals.getByRole('button', { name: '풀이 보기' }).click();
  const steps = goals.getByRole('list', { name: '풀이 명령' }).getByRole('listitem');
  await expect(steps).toHaveText(scenario.solution);
});

test('"힌트 보기" pressed before the live checks load starts them and shows the first hint', async ({
  page,
}) => {
  await page.goto('/container-state/');
  await page.waitForLoadState('networkidle');
  // The playground's code arrives slowly, so the click lands on the server-rendered panel.
  await page.route('**/_next/static/chunks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  const terminal = new TerminalModel(page, scenario.id);
  const goals = terminal.playground.getByRole('group', { name: '실습 목표' });
  await goals.scrollIntoViewIfNeeded();
  await expect(goals.locator('[data-goals-live]')).toHaveCount(0);
  await goals.getByRole('button', { name: '힌트 보기' }).click();
  await expect(goals.locator('[data-goals-live]')).toBeVisible({ timeout: 15_000 });
  await expect(goals).toContainText(scenario.hints[0]!.text.replaceAll('`', ''));
  await expect(goals.getByRole('button', { name: '다음 힌트' })).toBeVisible();
});
