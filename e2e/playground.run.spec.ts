import { expect, test, TerminalModel } from './fixtures';

test('▶ 실행 types a code block into its section’s terminal and runs it, loaded or not', async ({
  page,
}) => {
  await page.goto('/container-state/');
  const block = page.locator('[data-code-block][data-runnable]').first();
  await expect(block).toContainText('docker container run --name f1 diamol/ch06-file-display');
  const terminal = new TerminalModel(page, 'stateless-replicas');
  await expect(terminal.box).toHaveAttribute('data-terminal', 'idle');

  await block.getByRole('button', { name: '이 명령을 아래 실습 터미널에서 실행' }).click();
  await expect(terminal.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
  const url = 'https://www.manning.com/books/learn-docker-in-a-month-of-lunches';
  await expect
    .poll(() => terminal.text(), { timeout: 10_000 })
    .toContain(`$ docker container run --name f2 diamol/ch06-file-display\n${url}`);
  const text = await terminal.text();
  expect(text.split(url).length - 1).toBe(2);
  // the pre-typed first command was replaced, not prefixed
  expect(text).not.toContain('diamol/ch06-file-displaydocker');

  // Once running, the same button runs the block again: the names are taken now, as in Docker.
  await block.getByRole('button', { name: '이 명령을 아래 실습 터미널에서 실행' }).click();
  await expect
    .poll(() => terminal.text(), { timeout: 10_000 })
    .toContain('Conflict. The container name "/f1"');
});

test('text blocks (expected output) have no run button', async ({ page }) => {
  await page.goto('/container-state/');
  const textBlocks = page.locator('[data-code-block]:not([data-runnable])');
  expect(await textBlocks.count()).toBeGreaterThan(0);
  await expect(textBlocks.getByRole('button', { name: /실행/ })).toHaveCount(0);
});
