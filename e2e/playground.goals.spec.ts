import type { Page } from '@playwright/test';
import { scenarios } from '../lib/exercises';
import { expect, test, TerminalModel } from './fixtures';

const scenario = scenarios.find((s) => s.id === 'writable-layers')!;
const copyOnWrite = scenarios.find((s) => s.id === 'copy-on-write')!;

/** Text as the panel shows it: `backticks` become <code>, the text stays. */
const shown = (text: string) => text.replaceAll('`', '');

/** Types lines into a playground's terminal, each waiting for the host prompt to come back. */
async function runLines(page: Page, terminal: TerminalModel, lines: readonly string[]) {
  for (const line of lines) {
    await terminal.run(line);
    await expect
      .poll(() => terminal.lastLine(), { timeout: 15_000 })
      .toMatch(/^learner@host:\S*\$ $/);
  }
}

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

test('each goal has its own hint beside it, opened on demand, also from the keyboard', async ({
  page,
  doc,
}, info) => {
  // Four axe runs and screenshots (two widths, two themes): more than the default on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/container-state/');
  const terminal = new TerminalModel(page, scenario.id);
  const goals = terminal.playground.getByRole('group', { name: '실습 목표' });
  // Server-rendered: the toggles are there before the machine is.
  const first = scenario.goals[0]!;
  const toggle = (i: number) =>
    goals
      .locator(`[data-goal="${scenario.goals[i]!.id}"]`)
      .getByRole('button', { name: `힌트 (목표 ${i + 1})`, exact: true });
  await expect(toggle(0)).toHaveAttribute('aria-expanded', 'false');
  await terminal.open();
  await expect(goals.locator('[data-goals-live]')).toBeVisible();
  await expect(goals.locator('[data-goal-hint]')).toHaveCount(0);

  await toggle(0).focus();
  await page.keyboard.press('Enter');
  await expect(toggle(0)).toHaveAttribute('aria-expanded', 'true');
  const hint = goals.locator(`[data-goal-hint="${first.id}"]`);
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText(shown(first.hint));
  await expect(toggle(0)).toHaveAttribute('aria-controls', (await hint.getAttribute('id'))!);
  await page.keyboard.press('Space');
  await expect(toggle(0)).toHaveAttribute('aria-expanded', 'false');
  await expect(hint).toHaveCount(0);

  for (let i = 0; i < scenario.goals.length; i++) await toggle(i).click();
  for (const goal of scenario.goals)
    await expect(goals.locator(`[data-goal-hint="${goal.id}"]`)).toHaveText(shown(goal.hint));
  // The stepped hints are still there, after the goals' own.
  await expect(goals.getByRole('button', { name: '힌트 보기' })).toBeVisible();

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await goals.scrollIntoViewIfNeeded();
      expect(await doc.axeViolations(), `${colorScheme} at ${width}px`).toEqual([]);
      expect(await doc.horizontalOverflow()).toBeLessThanOrEqual(0);
      await goals.screenshot({ path: info.outputPath(`goal-hints-${width}-${colorScheme}.png`) });
    }
  }
});

test('every wrong answer stays listed with its explanation, newest first, until reset', async ({
  page,
  doc,
}, info) => {
  test.setTimeout(120_000); // a dozen commands, a reload and two axe runs
  const hostPath = copyOnWrite.wrongAnswers.find((w) => w.id === 'host-path')!;
  const intoImage = copyOnWrite.wrongAnswers.find((w) => w.id === 'cp-into-image')!;
  await page.goto(`/${copyOnWrite.section}/`);
  const terminal = new TerminalModel(page, copyOnWrite.id);
  const goals = terminal.playground.getByRole('group', { name: '실습 목표' });
  const mistakes = goals.locator('[data-wrong-answer]');
  await terminal.open();
  await terminal.focus();
  await page.keyboard.press('Control+u');

  await runLines(page, terminal, hostPath.example);
  await expect(mistakes).toHaveCount(1);
  await expect(mistakes.first()).toHaveText(shown(hostPath.explanation));
  // The next command (no mistake) leaves the explanation where it is.
  await runLines(page, terminal, intoImage.example.slice(0, -1));
  await expect(mistakes.first()).toHaveText(shown(hostPath.explanation));
  await runLines(page, terminal, intoImage.example.slice(-1));
  await expect(goals.locator('[data-mistakes="2"]')).toBeVisible();
  await expect(goals.getByRole('heading', { name: /지금까지 만난 실수 2개/ })).toBeVisible();
  expect(await mistakes.evaluateAll((els) => els.map((e) => e.dataset.wrongAnswer))).toEqual([
    intoImage.id,
    hostPath.id,
  ]);
  await expect(mistakes.nth(1)).toHaveText(shown(hostPath.explanation));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await doc.axeViolations(), colorScheme).toEqual([]);
    await goals.screenshot({ path: info.outputPath(`mistakes-${colorScheme}.png`) });
  }

  // Kept with the progress: a reload brings the list back with the machine.
  await page.reload();
  await terminal.open();
  await expect(goals.locator('[data-goals-live]')).toBeVisible();
  await expect(goals.locator('[data-mistakes="2"]')).toBeVisible();
  expect(await mistakes.evaluateAll((els) => els.map((e) => e.dataset.wrongAnswer))).toEqual([
    intoImage.id,
    hostPath.id,
  ]);

  // "처음부터" forgets them with the rest of the exercise's progress.
  await terminal.playground.getByRole('button', { name: '처음부터' }).click();
  await expect(goals.locator('[data-mistakes="0"]')).toBeAttached();
  await expect(mistakes).toHaveCount(0);
});

test('a surprising but correct moment gets its note where it happens', async ({ page }) => {
  test.setTimeout(60_000);
  const bind = scenarios.find((s) => s.id === 'bind-mount')!;
  const notice = bind.notices!.find((n) => n.id === 'root-owned-folder')!;
  await page.goto('/volumes-and-mounts/');
  const terminal = new TerminalModel(page, bind.id);
  await terminal.open();
  await terminal.focus();
  await runLines(page, terminal, notice.example);
  const note = terminal.playground.locator(`[data-notice="${notice.id}"]`);
  await expect(note).toBeVisible({ timeout: 10_000 });
  await expect(note).toContainText(shown(notice.text).slice(0, 30));
});
