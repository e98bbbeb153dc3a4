import { expect, HOST_PROMPT, test } from './fixtures';

/** The element that has the focus, described by its accessible name or text. */
async function focused(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40);
  });
}

test('keyboard only: tab into the terminal, run, Esc out, undo from the toolbar, back in', async ({
  page,
  terminal,
  doc,
}) => {
  await page.goto('/playground/');
  const t = terminal('sandbox');
  const visited: string[] = [];
  const focusIn = (selector: string) =>
    page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  const live = '[data-playground="sandbox"] textarea.xterm-helper-textarea';
  for (let i = 0; i < 30 && !(await focusIn(live)); i++) {
    await page.keyboard.press('Tab');
    visited.push(await focused(page));
    // The preview's text field: the terminal starts there and takes the focus once it is live.
    if (await focusIn('[data-playground="sandbox"] [data-terminal] textarea')) break;
  }
  await expect(t.input, `tab stops: ${visited.join(' → ')}`).toBeFocused({ timeout: 15_000 });
  await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}docker image ls`);

  await page.keyboard.press('Control+U');
  await t.run('docker volume create by-keyboard');
  await t.waitForPrompt();

  await page.keyboard.press('Escape');
  await expect(t.input).not.toBeFocused();
  await page.keyboard.press('Tab');
  const undo = t.playground.getByRole('button', { name: '되돌리기' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => t.text()).toContain('[되돌렸습니다: docker volume create by-keyboard]');

  // Back into the terminal from the toolbar, and the volume is gone.
  await page.keyboard.press('Shift+Tab');
  await expect(t.input).toBeFocused();
  await t.run('docker volume ls -q');
  await t.waitForPrompt();
  expect((await t.lines()).slice(-2)).toEqual([`${HOST_PROMPT}docker volume ls -q`, HOST_PROMPT]);

  // With the live terminal, the toolbar and the timeline open, axe finds nothing.
  await t.playground.getByText('명령 기록').click();
  expect(await doc.axeViolations()).toEqual([]);
});
