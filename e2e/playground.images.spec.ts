import type { Page } from '@playwright/test';
import { expect, test, TerminalModel } from './fixtures';

const SCENARIO = 'sandbox';

async function openPlayground(page: Page) {
  await page.goto('/playground/');
  const terminal = new TerminalModel(page, SCENARIO);
  await terminal.open();
  await terminal.focus();
  await page.keyboard.press('Control+u');
  return terminal;
}

async function run(terminal: TerminalModel, line: string) {
  await terminal.run(line);
  await terminal.waitForPrompt();
}

test('nginx serves a bind-mounted folder in the browser pane, and an edit on the host shows', async ({
  page,
}) => {
  const terminal = await openPlayground(page);
  await run(terminal, "mkdir site && echo '<h1>첫 번째 판</h1>' > site/index.html");
  await terminal.run(
    'docker run -d --name web -p 8080:80 -v "$(pwd)/site":/usr/share/nginx/html:ro nginx',
  );
  await expect.poll(() => terminal.lastLine(), { timeout: 30_000 }).toBe('learner@host:~/diamol$ ');
  const pane = page
    .locator(`[data-playground="${SCENARIO}"]`)
    .getByRole('region', { name: '브라우저' });
  await expect(pane.getByRole('textbox', { name: '주소' })).toHaveValue('http://localhost:8080/');
  const frame = pane.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: '첫 번째 판' })).toBeVisible();

  await run(terminal, "echo '<h1>두 번째 판</h1>' > site/index.html");
  // the pane reloads after a command: nginx reads the host's file through the bind mount
  await expect(frame.getByRole('heading', { name: '두 번째 판' })).toBeVisible();
  await run(terminal, 'docker logs web 2>/dev/null | tail -n 1');
  expect(await terminal.text()).toMatch(/"GET \/ HTTP\/1\.1" 200 \d+ "-" "Mozilla\/5\.0/);
});

test('redis data survives a new container on the same volume, and redis-cli has its prompt', async ({
  page,
}) => {
  const terminal = await openPlayground(page);
  await terminal.run('docker run -d --name rd1 -v rdata:/data redis');
  await expect.poll(() => terminal.lastLine(), { timeout: 30_000 }).toBe('learner@host:~/diamol$ ');
  // the server needs a moment after `run -d` returns, as a real one does
  await run(terminal, 'sleep 1; docker exec rd1 redis-cli SET greeting hello');
  await run(terminal, 'docker stop rd1');
  await run(terminal, 'docker run -d --name rd2 -v rdata:/data redis; sleep 1');
  await terminal.run('docker exec -it rd2 redis-cli');
  await terminal.waitForPrompt('127.0.0.1:6379> ');
  await terminal.run('GET greeting');
  await terminal.waitForPrompt('127.0.0.1:6379> ');
  expect((await terminal.lines()).slice(-2)).toEqual(['"hello"', '127.0.0.1:6379> ']);
  await terminal.run('quit');
  await terminal.waitForPrompt();
  // a fresh container has a fresh anonymous volume: nothing there
  await run(terminal, 'docker run -d --name rd3 redis');
  await run(terminal, 'sleep 1; docker exec rd3 redis-cli GET greeting | wc -c');
  expect(await terminal.lastLine()).toBe('learner@host:~/diamol$ ');
  expect((await terminal.lines()).at(-2)).toBe('1');
});
