import { expect, HOST_PROMPT, test } from './fixtures';

test('the free playground waits for the reader: its code is downloaded, not run, until a pointer reaches it', async ({
  page,
  terminal,
}) => {
  await page.goto('/playground/');
  await page.waitForLoadState('networkidle');
  const t = terminal('sandbox');
  await expect(t.box).toHaveAttribute('data-terminal', 'idle');
  // The warm-up preloaded the live terminal's chunks (the build's hints); no xterm exists.
  expect(await page.locator('link[rel="preload"][as="script"]').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__layerlabTerminals)).toBeUndefined();
  await t.box.hover();
  await expect(t.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
  await expect.poll(() => t.text()).toContain(HOST_PROMPT);
});

test('an address pointing at a playground starts that one at once, and not its neighbours', async ({
  page,
  terminal,
}) => {
  await page.goto('/volumes-and-mounts/#playground-writable-layer-lifetime');
  const t = terminal('writable-layer-lifetime');
  await expect(t.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
  await expect.poll(() => t.text()).toContain(HOST_PROMPT);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-terminal]:not([data-terminal="idle"])')).toHaveCount(1);
});
