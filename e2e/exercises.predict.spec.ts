import { scenarios, type Scenario } from '../lib/exercises';
import { PROGRESS_KEY } from '../lib/progress';
import { expect, test, TerminalModel } from './fixtures';

// Each test types a reference solution into the simulated machine: minutes on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The reference solution up to and including the line the question is about. */
function upToReveal(scenario: Scenario, line: string) {
  const at = scenario.solution.indexOf(line);
  expect(at, line).toBeGreaterThanOrEqual(0);
  return { before: scenario.solution.slice(0, at), reveal: line };
}

async function runLines(terminal: TerminalModel, lines: readonly string[]) {
  for (const line of lines) {
    await terminal.run(line);
    await expect
      .poll(() => terminal.lastLine(), { timeout: 15_000 })
      .toMatch(/^learner@host:\S*\$ $/);
  }
}

/** Opens the playground's page and its live terminal, ready for typing; returns the playground. */
async function openPlayground(terminal: TerminalModel) {
  await terminal.page.goto(`/${scenarios.find((s) => s.id === terminal.scenario)!.section}/`);
  await terminal.open();
  await terminal.focus();
  await terminal.page.keyboard.press('Control+u');
  return terminal.playground;
}

const mountLimits = scenarios.find((s) => s.id === 'mount-limits')!;
const unionLayers = scenarios.find((s) => s.id === 'union-layers')!;

test('predict, then run: a right prediction is confirmed after the command, and kept', async ({
  page,
  doc,
}) => {
  const predict = mountLimits.predict!;
  const terminal = new TerminalModel(page, mountLimits.id);
  const playground = await openPlayground(terminal);
  const card = playground.getByRole('region', { name: '먼저 예측해 보세요' });
  const choices = card.getByRole('group', { name: predict.question.replaceAll('`', '') });
  await expect(choices.getByRole('radio')).toHaveCount(predict.choices.length);

  // Confirming without a choice asks for one.
  await card.getByRole('button', { name: '예측 확정' }).click();
  await expect(card.getByRole('alert')).toHaveText('답을 하나 고르세요.');
  expect(await doc.axeViolations()).toEqual([]);
  await choices.getByRole('radio', { name: predict.answer }).check();
  await card.getByRole('button', { name: '예측 확정' }).click();
  await expect(card).toContainText(`내 예측: ${predict.answer}`);
  expect(
    await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY),
  ).toMatchObject({ exercises: { [mountLimits.id]: { prediction: predict.answer } } });

  const { before, reveal } = upToReveal(
    mountLimits,
    'docker container run -v v1:/init diamol/ch06-bind-mount',
  );
  await terminal.focus();
  await runLines(terminal, before);
  await expect(playground.locator('[data-verdict]')).toHaveCount(0);
  await runLines(terminal, [reveal]);
  const result = playground.getByRole('region', { name: '예측 결과' });
  await expect(result.locator('[data-verdict="right"]')).toContainText(
    `예측이 맞았습니다 — 정답: ${predict.answer}`,
  );
  await expect(result).toContainText('레이어 보기에서 볼륨 v1에 abc.txt, def.txt가 생긴 것을');
  expect(await doc.axeViolations()).toEqual([]);

  // A reload brings the machine back (in the exercise's directory): the outcome is still there.
  await page.reload();
  // The browser keeps the scroll position, so the playground is in view at load: it starts when
  // the reader reaches for it (a pointer over it), as a playground in view at load does.
  await terminal.playground.scrollIntoViewIfNeeded();
  await terminal.box.hover();
  await expect(terminal.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
  await expect.poll(() => terminal.text()).toContain('저장된 실습 상태를 불러왔습니다');
  await expect(result.locator('[data-verdict="right"]')).toContainText(
    `예측이 맞았습니다 — 정답: ${predict.answer}`,
  );
  await expect(playground.getByRole('radio')).toHaveCount(0);
});

test('predict, then run: a wrong prediction shows the answer and the explanation', async ({
  page,
  doc,
}) => {
  const predict = unionLayers.predict!;
  const wrong = predict.choices.find((c) => c !== predict.answer)!;
  const terminal = new TerminalModel(page, unionLayers.id);
  const playground = await openPlayground(terminal);
  const card = playground.getByRole('region', { name: '먼저 예측해 보세요' });
  await card.getByRole('radio', { name: wrong, exact: true }).check();
  await card.getByRole('button', { name: '예측 확정' }).click();
  const { before, reveal } = upToReveal(
    unionLayers,
    'docker container run --name l1 layered cat /f',
  );
  await terminal.focus();
  await runLines(terminal, [...before, reveal]);
  const result = playground.getByRole('region', { name: '예측 결과' });
  await expect(result.locator('[data-verdict="wrong"]')).toContainText(
    `예측과 달랐습니다 — 정답: ${predict.answer} (내 예측: ${wrong})`,
  );
  await expect(result).toContainText('위쪽(나중) 레이어의 것이 보입니다');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await doc.axeViolations(), colorScheme).toEqual([]);
  }
});

test('run without predicting: the explanation shows anyway', async ({ page }, info) => {
  const predict = unionLayers.predict!;
  const terminal = new TerminalModel(page, unionLayers.id);
  const playground = await openPlayground(terminal);
  await expect(playground.getByRole('region', { name: '먼저 예측해 보세요' })).toBeVisible();
  const { before, reveal } = upToReveal(
    unionLayers,
    'docker container run --name l1 layered cat /f',
  );
  await runLines(terminal, [...before, reveal]);
  const result = playground.getByRole('region', { name: '예측 결과' });
  await expect(result.locator('[data-verdict="none"]')).toContainText(
    `예측하기 전에 실행했습니다 — 정답: ${predict.answer}`,
  );
  await expect(result).toContainText('레이어 보기에서');
  await expect(result.getByRole('radio')).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(result).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await result.screenshot({ path: info.outputPath('predict-none-375.png') });
});

for (const width of [375, 1280]) {
  test(`the question is asked above the terminal, seen before the first command (${width} px)`, async ({
    page,
    doc,
  }, info) => {
    await page.setViewportSize({ width, height: 740 });
    const predict = unionLayers.predict!;
    const terminal = new TerminalModel(page, unionLayers.id);
    await page.goto(`/${unionLayers.section}/`);
    const card = terminal.playground.getByRole('region', { name: '먼저 예측해 보세요' });
    // Server-rendered with the page: the question is there before the machine.
    await expect(card.getByRole('group', { name: shownQuestion(predict.question) })).toBeVisible();
    await terminal.open();
    // Reading the playground from its top, the question and its choices come before the terminal.
    await terminal.playground.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(card.getByRole('button', { name: '예측 확정' })).toBeInViewport();
    const question = (await card.boundingBox())!;
    const screen = (await terminal.box.boundingBox())!;
    expect(question.y + question.height).toBeLessThanOrEqual(screen.y);
    expect(await doc.horizontalOverflow()).toBeLessThanOrEqual(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await terminal.playground.screenshot({
        path: info.outputPath(`predict-${width}-${colorScheme}.png`),
      });
    }
  });
}

function shownQuestion(text: string) {
  return text.replaceAll('`', '');
}
