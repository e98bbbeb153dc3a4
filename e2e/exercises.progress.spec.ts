import type { Page } from '@playwright/test';
import { RESET_EVENT, SAVE_KEY_PREFIX } from '../components/playground/events';
import { scenarios } from '../lib/exercises';
import { PROGRESS_KEY } from '../lib/progress';
import { expect, test, TerminalModel } from './fixtures';

// Each test types a reference solution into the simulated machine: minutes on a busy machine.
test.describe.configure({ timeout: 180_000 });

const scenario = scenarios.find((s) => s.id === 'writable-layer-lifetime')!;
const PAGE = `/${scenario.section}/`;
const onPage = scenarios.filter((s) => s.section === scenario.section).length;

const goalsOf = (terminal: TerminalModel) =>
  terminal.playground.getByRole('group', { name: '실습 목표' });

/** Types lines into the terminal, each after the last has finished (any working directory). */
async function runLines(terminal: TerminalModel, lines: readonly string[]) {
  for (const line of lines) {
    await terminal.run(line);
    await expect
      .poll(() => terminal.lastLine(), { timeout: 15_000 })
      .toMatch(/^learner@host:\S*\$ $/);
  }
}

async function openTerminal(terminal: TerminalModel) {
  await terminal.open();
  await terminal.focus();
  await terminal.page.keyboard.press('Control+u');
}

function stored(page: Page) {
  return page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
}

/** Progress written before any page script runs, once per test (a reload keeps what the page wrote). */
async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key!, text!);
    },
    [PROGRESS_KEY, value],
  );
}

const record = (exercises: Record<string, unknown>) =>
  JSON.stringify({ format: 'layerlab-progress', version: 1, exercises });

test('progress is saved goal by goal, survives a reload, and shows in the sidebar and on the home page', async ({
  page,
  doc,
}) => {
  await page.goto(PAGE);
  const terminal = new TerminalModel(page, scenario.id);
  const goals = goalsOf(terminal);
  const first = scenario.goals[0]!;
  await expect(goals).toContainText(`목표 0/${scenario.goals.length}`);
  await expect(goals.locator('[data-met-before]')).toHaveCount(0);

  // Mid-exercise: one goal reached, then the page is loaded again.
  await openTerminal(terminal);
  await runLines(terminal, scenario.solution.slice(0, 1));
  await expect(goals.locator(`[data-goal="${first.id}"][data-met]`)).toBeVisible();
  expect(JSON.parse((await stored(page))!).exercises[scenario.id]).toEqual({
    goals: [first.id],
    completed: false,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await expect(doc.heading).toBeVisible();
  // Before the machine loads, the server-rendered checklist shows the saved tick.
  await expect(terminal.box).toHaveAttribute('data-terminal', 'idle');
  await expect(goals.locator(`[data-goal="${first.id}"][data-met-before]`)).toBeVisible();
  await expect(goals).toContainText('지난번에 1개 달성');
  await expect(goals.locator(`[data-goal="${first.id}"]`)).toContainText('(지난번에 달성)');
  expect(await doc.axeViolations()).toEqual([]);

  // After it loads: the saved machine is back, so the goal is met again, live; go on from there.
  await openTerminal(terminal);
  await expect(goals).toContainText(`목표 1/${scenario.goals.length}`);
  await expect(goals.locator(`[data-goal="${first.id}"][data-met]`)).toBeVisible();

  await runLines(terminal, scenario.solution.slice(1));
  await expect(goals.locator('[data-met]')).toHaveCount(scenario.goals.length);
  await expect(goals).toContainText('모두 달성했습니다!');
  await expect(doc.sidebar.getByText(`실습 1/${onPage} 완료`)).toBeVisible();
  expect(JSON.parse((await stored(page))!).exercises[scenario.id].completed).toBe(true);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await expect(terminal.box).toHaveAttribute('data-terminal', 'idle');
  await expect(goals.locator('[data-completed-before]')).toHaveText('✓ 완료한 실습');
  await expect(goals.locator('[data-met-before]')).toHaveCount(scenario.goals.length);
  await expect(
    doc.sidebar.locator(`[data-exercise-done="${scenario.id}"]`),
    'the subsection is ticked',
  ).toContainText('실습 완료');
  // The saved machine comes back with the page: the goals are met live again.
  await openTerminal(terminal);
  await expect(goals).toContainText(`목표 ${scenario.goals.length}/${scenario.goals.length}`);
  await expect(goals).toContainText('모두 달성했습니다!');

  // The home page counts it; "모두 지우기" asks first, then forgets progress and saved machines.
  await page.evaluate((key) => localStorage.setItem(key, '{}'), `${SAVE_KEY_PREFIX}${scenario.id}`);
  await page.goto('/');
  const toc = page.getByRole('region', { name: '목차' });
  await expect(toc.getByText(`실습 ${scenarios.length}개 중 1개 완료`)).toBeVisible();
  await expect(toc.getByText(`실습 1/${onPage} 완료`)).toBeVisible();
  await expect(toc.locator(`[data-exercise-done="${scenario.id}"]`)).toHaveCount(1);
  await toc.getByRole('button', { name: '진행 상황 모두 지우기' }).click();
  const confirm = toc.getByRole('group', { name: /모두 지울까요/ });
  await expect(confirm.getByRole('button', { name: '취소' })).toBeFocused();
  expect(await doc.axeViolations()).toEqual([]);
  await confirm.getByRole('button', { name: '취소' }).click();
  expect(await stored(page)).not.toBeNull();
  await toc.getByRole('button', { name: '진행 상황 모두 지우기' }).click();
  await confirm.getByRole('button', { name: '모두 지우기' }).click();
  await expect(toc.getByRole('status')).toHaveText('진행 상황을 모두 지웠습니다.');
  await expect(toc.getByText(`실습 ${scenarios.length}개 중 0개 완료`)).toBeVisible();
  await expect(toc.locator('[data-exercise-done]')).toHaveCount(0);
  expect(await stored(page)).toBeNull();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith(SAVE_KEY_PREFIX))).toEqual([]);
});

test('a corrupt saved progress is dropped with a notice; the page works and starts empty', async ({
  page,
  doc,
}) => {
  await seed(page, '{"format":"layerlab-progress","version":1,"exercises":{"x":');
  await page.goto(PAGE);
  await expect(doc.heading).toBeVisible();
  const terminal = new TerminalModel(page, scenario.id);
  const goals = goalsOf(terminal);
  await expect(goals).toContainText(`목표 0/${scenario.goals.length}`);
  await expect(doc.sidebar.getByText(`실습 ${onPage}개`)).toBeVisible();
  await openTerminal(terminal);
  await expect(goals.getByRole('status')).toHaveText(
    '저장된 실습 진행 상황을 읽을 수 없어 처음부터 다시 기록합니다.',
  );
  await expect(goals.locator('[data-met-before], [data-completed-before]')).toHaveCount(0);
  expect(await stored(page), 'the unusable record is replaced at once').toBeNull();
  await runLines(terminal, scenario.solution.slice(0, 1));
  await expect(goals.getByRole('status')).toHaveCount(0);
  expect(JSON.parse((await stored(page))!).exercises[scenario.id].goals).toEqual([
    scenario.goals[0]!.id,
  ]);
});

test('an outdated saved progress shows its notice on the home page, once', async ({ page }) => {
  await seed(page, JSON.stringify({ format: 'layerlab-progress', version: 0, exercises: {} }));
  await page.goto('/');
  const toc = page.getByRole('region', { name: '목차' });
  await expect(toc.getByRole('status')).toContainText('예전에 저장한 실습 진행 상황');
  await expect(toc.getByText(`실습 ${scenarios.length}개 중 0개 완료`)).toBeVisible();
  await page.reload();
  await expect(toc.getByText(`실습 ${scenarios.length}개 중 0개 완료`)).toBeVisible();
  await expect(toc.getByRole('status')).toHaveText('');
});

test('"처음부터" (the reset event) forgets that exercise, or every exercise on the page', async ({
  page,
  doc,
  context,
}) => {
  const other = scenarios.find((s) => s.section !== scenario.section)!;
  const neighbour = scenarios.find((s) => s.section === scenario.section && s !== scenario)!;
  const done = { goals: [], completed: true };
  await seed(page, record({ [scenario.id]: done, [neighbour.id]: done, [other.id]: done }));
  await page.goto(PAGE);
  const goals = goalsOf(new TerminalModel(page, scenario.id));
  await expect(goals.locator('[data-completed-before]')).toBeVisible();
  await expect(doc.sidebar.getByText(`실습 2/${onPage} 완료`)).toBeVisible();

  // Another tab (the home page) follows through the storage event.
  const home = await context.newPage();
  await home.goto('/');
  const summary = home.getByRole('region', { name: '목차' });
  await expect(summary.getByText(`실습 ${scenarios.length}개 중 3개 완료`)).toBeVisible();

  await page.evaluate(
    ([type, id]) => window.dispatchEvent(new CustomEvent(type!, { detail: { scenario: id } })),
    [RESET_EVENT, scenario.id],
  );
  await expect(goals.locator('[data-completed-before]')).toHaveCount(0);
  await expect(doc.sidebar.getByText(`실습 1/${onPage} 완료`)).toBeVisible();
  expect(Object.keys(JSON.parse((await stored(page))!).exercises).sort()).toEqual(
    [neighbour.id, other.id].sort(),
  );
  await expect(summary.getByText(`실습 ${scenarios.length}개 중 2개 완료`)).toBeVisible();

  // No scenario: every playground on this page goes back to its start; other pages keep theirs.
  await page.evaluate(
    (type) => window.dispatchEvent(new CustomEvent(type, { detail: {} })),
    RESET_EVENT,
  );
  await expect(doc.sidebar.getByText(`실습 ${onPage}개`)).toBeVisible();
  expect(Object.keys(JSON.parse((await stored(page))!).exercises)).toEqual([other.id]);
  await expect(summary.getByText(`실습 ${scenarios.length}개 중 1개 완료`)).toBeVisible();
  await home.close();
});
