import type { Page } from '@playwright/test';
import { expect, HOST_PROMPT, test, type TerminalModel } from './fixtures';

/** One playground on each page with terminals, and its first command. */
const PAGES = [
  { path: '/container-state/', scenario: 'stateless-replicas' },
  { path: '/volumes-and-mounts/', scenario: 'writable-layer-lifetime' },
  { path: '/container-filesystem/', scenario: 'union-layers' },
  { path: '/playground/', scenario: 'sandbox' },
];

/** The rows from the last one that starts with `line` at the host prompt to the end. */
async function after(t: TerminalModel, line: string) {
  const rows = await t.lines();
  return rows.slice(rows.lastIndexOf(`${HOST_PROMPT}${line}`));
}

/** Holds every script the page asks for from now on until `release` (a slow connection). */
async function holdScripts(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('typing into a playground terminal as a newcomer does', () => {
  for (const { path, scenario } of PAGES) {
    test(`click and type: only what was typed runs (${path})`, async ({ page, terminal }, info) => {
      await page.goto(path);
      const t = terminal(scenario);
      await t.open();
      await t.focus();
      await t.playground.screenshot({ path: info.outputPath('suggestion.png') });
      await page.keyboard.type('docker volume ls');
      await page.keyboard.press('Enter');
      await t.waitForPrompt();
      expect(await after(t, 'docker volume ls')).toEqual([
        `${HOST_PROMPT}docker volume ls`,
        'DRIVER    VOLUME NAME',
        HOST_PROMPT,
      ]);
    });
  }

  test('the suggested first command is taken with →, and only then is it in history', async ({
    page,
    terminal,
  }) => {
    await page.goto('/playground/');
    const t = terminal('sandbox');
    await t.open();
    await t.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await t.run('echo done');
    await t.waitForPrompt();
    // ↑ found no history and → had nothing to take: the suggestion went with the first key.
    expect(await t.text()).not.toContain('REPOSITORY');
    expect((await t.lines()).slice(-5)).toEqual([
      HOST_PROMPT,
      HOST_PROMPT,
      `${HOST_PROMPT}echo done`,
      'done',
      HOST_PROMPT,
    ]);
    // A fresh start (nothing saved): the suggestion again, and → takes it.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await t.open();
    await t.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await t.waitForPrompt();
    expect((await after(t, 'docker image ls'))[1]).toMatch(/^REPOSITORY\s+TAG/);
  });

  test('keys typed before the terminal is ready are all kept, Hangul too', async ({
    page,
    terminal,
  }, info) => {
    await page.goto('/container-state/');
    const t = terminal('writable-layers');
    // No terminal has started on this page yet, and its code cannot arrive before the last key.
    for (const box of await page.locator('[data-terminal]').all())
      await expect(box).toHaveAttribute('data-terminal', 'idle');
    const release = await holdScripts(page);
    await t.box.click();
    await expect(t.earlyInput).toBeFocused();
    await t.box.screenshot({ path: info.outputPath('preview.png') });
    await page.keyboard.type('docker ps');
    await page.keyboard.press('Enter');
    await t.type('echo 안녕하세요 > 인사.txt');
    await page.keyboard.press('Enter');
    await page.keyboard.type('cat 인사.txt\r');
    await expect(t.playground.getByRole('group', { name: '실습 터미널 미리 보기' })).toContainText(
      'cat 인사.txt',
    );
    await t.box.screenshot({ path: info.outputPath('preview-typed.png') });
    release();
    await expect(t.box).toHaveAttribute('data-terminal', 'ready', { timeout: 20_000 });
    await t.waitForPrompt();
    const text = await t.text();
    expect(text).toContain(`${HOST_PROMPT}docker ps\nCONTAINER ID   IMAGE`);
    expect(text).toContain(`${HOST_PROMPT}cat 인사.txt\n안녕하세요\n${HOST_PROMPT}`);
    await expect(t.input).toBeFocused();
  });

  test('Hangul inserted without a composition (dictation, emoji panel) and pasted text arrive', async ({
    page,
    terminal,
  }) => {
    await page.goto('/playground/');
    const t = terminal('sandbox');
    await t.open();
    await t.focus();
    await page.keyboard.type('echo ');
    await page.keyboard.insertText('안녕하세요');
    await page.keyboard.type(' > ');
    await page.keyboard.insertText('인사.txt');
    await page.keyboard.press('Enter');
    await t.waitForPrompt();
    await t.input.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'cat 인사.txt; echo 붙여넣기 👍');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await page.keyboard.press('Enter');
    await t.waitForPrompt();
    expect(await after(t, 'echo 안녕하세요 > 인사.txt')).toEqual([
      `${HOST_PROMPT}echo 안녕하세요 > 인사.txt`,
      `${HOST_PROMPT}cat 인사.txt; echo 붙여넣기 👍`,
      '안녕하세요',
      '붙여넣기 👍',
      HOST_PROMPT,
    ]);
    const screenReader = await page.evaluate(
      () => window.__layerlabTerminals?.sandbox?.options.screenReaderMode,
    );
    expect(screenReader).toBe(true);
  });

  test('a long path is shortened in the prompt as PROMPT_DIRTRIM=2 does', async ({
    page,
    terminal,
  }) => {
    await page.goto('/playground/');
    const t = terminal('sandbox');
    await t.open();
    await t.focus();
    await t.run('cd ch06/exercises/todo-list');
    await t.waitForPrompt('learner@host:~/.../exercises/todo-list$ ');
  });
});

test.describe('room for docker tables', () => {
  test('full screen gives 120+ columns at 1280 px, and is remembered', async ({
    page,
    terminal,
  }, info) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/container-state/');
    const t = terminal('writable-layers');
    await t.open();
    const narrow = await t.cols();
    expect(narrow).toBeLessThan(100);
    await t.fullScreenToggle.click();
    await expect(t.fullScreenToggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => t.cols()).toBeGreaterThanOrEqual(120);
    await t.focus();
    await t.run('docker run -d --name web -p 8080:80 diamol/ch06-todo-list');
    await t.waitForPrompt();
    await t.run('docker ps -a');
    await t.waitForPrompt();
    const rows = await after(t, 'docker ps -a');
    expect(rows[1]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
    expect(rows[2]).toMatch(/ web$/);
    await page.screenshot({ path: info.outputPath('full-screen-1280.png') });

    await page.reload();
    await expect(t.playground).not.toHaveAttribute('data-full-screen');
    await t.box.click();
    await expect(t.playground).toHaveAttribute('data-full-screen', '');
    await expect(t.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
    await expect.poll(() => t.cols()).toBeGreaterThanOrEqual(120);
    await t.fullScreenToggle.click();
    await expect(t.playground).not.toHaveAttribute('data-full-screen');
    await expect.poll(() => t.cols()).toBe(narrow);
    expect(await page.evaluate(() => localStorage.getItem('layerlab:terminal:full-screen'))).toBe(
      null,
    );
  });

  test('no key row on a desktop window', async ({ page, terminal }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/playground/');
    await expect(terminal('sandbox').keyRow).toBeHidden();
  });
});

test.describe('phones', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the key row recalls history with ↑, interrupts with Ctrl-C, takes the suggestion', async ({
    page,
    terminal,
  }, info) => {
    await page.goto('/playground/');
    const t = terminal('sandbox');
    await t.open();
    const key = (name: string) => t.keyRow.getByRole('button', { name });
    await expect(t.keyRow).toBeVisible();
    await key('제안 넣기 (→)').tap();
    await key('Ctrl-C: 실행 중인 명령 중단').tap();
    await t.waitForPrompt();
    // Taken, then dropped by Ctrl-C: it was on the line (a suggestion would have vanished).
    expect((await t.logicalLines()).slice(-2)).toEqual([
      `${HOST_PROMPT}docker image ls^C`,
      HOST_PROMPT,
    ]);
    await t.focus();
    await t.run('echo one');
    await t.waitForPrompt();
    await key('이전 명령').tap();
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}echo one`);
    await key('Ctrl-C: 실행 중인 명령 중단').tap();
    await t.waitForPrompt();
    await t.run('sleep 100');
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}sleep 100`);
    await key('Ctrl-C: 실행 중인 명령 중단').tap();
    await t.waitForPrompt();
    expect((await t.lines()).slice(-2)).toEqual(['^C', HOST_PROMPT]);
    await expect(t.input).toBeFocused();
    await page.screenshot({ path: info.outputPath('key-row-375.png'), fullPage: false });
  });
});
