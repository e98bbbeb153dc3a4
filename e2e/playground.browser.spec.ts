import type { Page } from '@playwright/test';
import { expect, test, TerminalModel } from './fixtures';

const SCENARIO = 'anonymous-volume';
const RUN = 'docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list';

/** The browser pane below a playground's terminal. */
function pane(page: Page, scenario: string) {
  const root = page.locator(`[data-playground="${scenario}"]`).getByRole('region', {
    name: '브라우저',
  });
  return {
    root,
    address: root.getByRole('textbox', { name: '주소' }),
    back: root.getByRole('button', { name: '뒤로' }),
    reload: root.getByRole('button', { name: '새로 고침' }),
    frame: root.frameLocator('iframe'),
    iframe: root.locator('iframe'),
  };
}

async function startTodo(page: Page) {
  await page.goto('/volumes-and-mounts/');
  const terminal = new TerminalModel(page, SCENARIO);
  await terminal.open();
  await expect(pane(page, SCENARIO).root).toHaveCount(0);
  await terminal.focus();
  await page.keyboard.press('Control+u');
  await terminal.run(RUN);
  await terminal.waitForPrompt();
  return terminal;
}

test('the to-do app opens in the browser pane and shares its state with curl', async ({ page }) => {
  const terminal = await startTodo(page);
  const browser = pane(page, SCENARIO);
  await expect(browser.root).toBeVisible();
  await expect(browser.address).toHaveValue('http://localhost:8010/');
  await expect(browser.root).toContainText('todo1 컨테이너의 80번 포트');
  await expect(browser.iframe).toHaveAttribute('title', /To-Do List/);
  // The app's stylesheet is inlined from the engine, never requested from the site's server.
  await expect(browser.iframe).toHaveAttribute(
    'srcdoc',
    /<style>body \{ font-family: sans-serif; \}/,
  );
  await expect(browser.frame.getByRole('heading', { name: 'To-Do List' })).toBeVisible();
  await expect(browser.frame.getByRole('listitem')).toHaveCount(0);

  // The app's own form, submitted through the engine: POST /new, 302, GET /list.
  await browser.frame.getByRole('textbox').fill('우유 사기');
  await browser.frame.getByRole('button', { name: 'Add' }).click();
  await expect(browser.address).toHaveValue('http://localhost:8010/list');
  await expect(browser.frame.getByRole('listitem')).toHaveText(['우유 사기']);
  await browser.frame.getByRole('textbox').fill('buy milk');
  await browser.frame.getByRole('textbox').press('Enter');
  await expect(browser.frame.getByRole('listitem')).toHaveText(['우유 사기', 'buy milk']);

  // The same machine answers curl in the terminal.
  await terminal.focus();
  await terminal.run('curl -s http://localhost:8010/list | grep li');
  await terminal.waitForPrompt();
  expect(await terminal.text()).toContain('<li>buy milk</li>');
  await terminal.run('curl -s -d item=eggs http://localhost:8010/new');
  await terminal.waitForPrompt();
  // The pane reloads after every command.
  await expect(browser.frame.getByRole('listitem')).toHaveText(['우유 사기', 'buy milk', 'eggs']);

  await terminal.run('docker container stop todo1');
  await terminal.waitForPrompt();
  await expect(browser.root).toContainText('localhost에서 연결을 거부했습니다.');
  await expect(browser.root).toContainText('ERR_CONNECTION_REFUSED');
  await expect(browser.iframe).toHaveCount(0);

  await terminal.run('docker container start todo1');
  await terminal.waitForPrompt();
  await expect(browser.frame.getByRole('listitem')).toHaveCount(3);
});

test('the address bar, back and reload work from the keyboard; the pane fits 375 px', async ({
  page,
  doc,
}) => {
  test.slow(); // many page loads and an axe run: past 30 s on a busy machine
  await startTodo(page);
  const browser = pane(page, SCENARIO);
  await expect(browser.frame.getByRole('heading', { name: 'To-Do List' })).toBeVisible();
  await expect(browser.back).toBeDisabled();

  await browser.address.fill('localhost:8010/css/site.css');
  await browser.address.press('Enter');
  await expect(browser.root.locator('pre')).toHaveText('body { font-family: sans-serif; }');
  await expect(browser.back).toBeEnabled();

  await browser.address.fill('http://example.com');
  await browser.address.press('Enter');
  await expect(browser.root).toContainText('example.com의 서버 IP 주소를 찾을 수 없습니다.');

  await browser.address.fill('localhost:8011');
  await browser.address.press('Enter');
  await expect(browser.root).toContainText('ERR_CONNECTION_REFUSED');

  await browser.back.focus();
  await page.keyboard.press('Enter');
  await expect(browser.address).toHaveValue('http://example.com/');
  await page.keyboard.press('Enter');
  await expect(browser.address).toHaveValue('http://localhost:8010/css/site.css');
  await browser.reload.click();
  await expect(browser.root.locator('pre')).toBeVisible();

  expect(await doc.axeViolations()).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  await browser.address.fill('localhost:8010/list');
  await browser.address.press('Enter');
  await expect(browser.frame.getByRole('heading', { name: 'To-Do List' })).toBeVisible();
  expect(await doc.horizontalOverflow()).toBe(0);
});
