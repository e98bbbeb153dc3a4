import type { Page } from '@playwright/test';
import { expect, routes, test, TerminalModel } from './fixtures';
import { SearchModel } from './search-model';

/**
 * The Content-Security-Policy of the static export (scripts/postbuild/csp.mjs) lets the whole
 * site work: no `securitypolicyviolation` event on any page, with the terminal, Monaco, the
 * browser pane and search in use. (The fixture also fails a test on any console error, which
 * is where a browser reports a blocked script, style, worker or fetch.)
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation of the page from its first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return () => page.evaluate(() => window.__cspViolations ?? ['(listener missing)']);
}

function policyOf(page: Page) {
  return page
    .locator('head meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 2_000 });
}

for (const route of routes) {
  test(`csp: ${route} carries a strict policy and breaks nothing`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(route);
    const html = (await response?.text()) ?? '';
    // The policy comes before the first script, so it covers every one of them.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.indexOf('<script'),
    );
    const policy = (await policyOf(page)) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/'unsafe-eval'|https?:|\*/);
    await page.waitForLoadState('networkidle');
    // The theme script (inline) ran: it is allowed by its hash.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(
      /^(light|dark)$/,
    );
    expect(await violations()).toEqual([]);
  });
}

test('csp: terminal, Monaco and search on one page, no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/container-filesystem/');
  const terminal = new TerminalModel(page, 'union-layers');
  await terminal.open();
  await terminal.focus();
  await page.keyboard.press('Control+u');
  await terminal.run('docker image ls');
  await terminal.waitForPrompt();
  expect(await terminal.text()).toContain('REPOSITORY');

  const editor = page.locator('[data-playground="union-layers"] [data-editor]');
  await editor.getByRole('button', { name: /편집기 열기/ }).click();
  await expect(editor).toHaveAttribute('data-editor', 'open', { timeout: 15_000 });
  const monaco = editor.locator('.monaco-editor');
  await expect(monaco).toBeVisible({ timeout: 15_000 });
  await expect(monaco.locator('.view-lines')).toContainText('COPY', { timeout: 15_000 });
  await monaco.locator('.view-lines').click();
  await page.keyboard.type('# 메모');
  await expect(monaco.locator('.view-lines')).toContainText('메모');
  const search = new SearchModel(page);
  await page.keyboard.press('Escape');
  await search.find('화이트아웃');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#/);
  await page.waitForLoadState('networkidle');
  // Pagefind searched in its own worker, also a file of the site.
  expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
  expect(await violations()).toEqual([]);
});

test('csp: the browser pane shows an app and submits its form, no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/volumes-and-mounts/');
  const terminal = new TerminalModel(page, 'anonymous-volume');
  await terminal.open();
  await terminal.focus();
  await page.keyboard.press('Control+u');
  await terminal.run('docker container run --name todo1 -d -p 8010:80 diamol/ch06-todo-list');
  await terminal.waitForPrompt();
  const pane = page
    .locator('[data-playground="anonymous-volume"]')
    .getByRole('region', { name: '브라우저' });
  const frame = pane.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'To-Do List' })).toBeVisible();
  await frame.getByRole('textbox').fill('우유 사기');
  await frame.getByRole('button', { name: 'Add' }).click();
  await expect(frame.getByRole('listitem')).toHaveText(['우유 사기']);
  // Its stylesheet was inlined into the srcdoc (which inherits this policy): styles applied.
  await expect(frame.locator('body')).toHaveCSS('font-family', /sans-serif/);
  expect(await violations()).toEqual([]);
});
