import { expect, holdBack, HOST_PROMPT, test } from './fixtures';

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

test('a pointer already over the playground when the page gets its scripts starts it', async ({
  page,
  terminal,
}) => {
  // The scripts come after the first paint (scripts/postbuild/paint-first.mjs); held back here,
  // the pointer reaches the box before any handler exists: its state is what starts it.
  const release = await holdBack(page, '**/_next/static/chunks/*.js');
  await page.goto('/playground/', { waitUntil: 'domcontentloaded' });
  const t = terminal('sandbox');
  await t.box.hover();
  release();
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

test('a playground far down the page is skipped until it is reached, then starts and keeps its size', async ({
  page,
  terminal,
}) => {
  // Its section is not laid out until then (content-visibility, app/globals.css); its
  // observers watch the section, so none reports a place it does not have.
  await page.goto('/volumes-and-mounts/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-terminal]:not([data-terminal="idle"])')).toHaveCount(0);
  const t = terminal('volume-backup');
  await t.playground.scrollIntoViewIfNeeded();
  await expect(t.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
  await expect.poll(() => t.text()).toContain(HOST_PROMPT);
  const cols = await t.cols();
  expect(cols).toBeGreaterThan(40);
  // Far away and back: a started playground is always laid out, so xterm keeps its columns.
  await page.evaluate(() => window.scrollTo(0, 0));
  await t.playground.scrollIntoViewIfNeeded();
  expect(await t.cols()).toBe(cols);
  await t.focus();
  await t.run('echo 다시 왔다');
  await t.waitForPrompt();
  expect(await t.lines()).toContain('다시 왔다');
});

test.describe('when the live terminal’s code cannot be downloaded', () => {
  test.use({
    serviceWorkers: 'block',
    expectedErrors: /^(Failed to load resource: net::ERR_FAILED$|ChunkLoadError: )/,
  });

  test('the preview stays and the box says so in Korean, instead of a broken page', async ({
    page,
    request,
    terminal,
  }) => {
    // The live terminal's chunks, as the page's preload script lists them, fail to download.
    const html = await (await request.get('/playground/')).text();
    const live = new Set(
      [...html.matchAll(/\["script","(\/_next\/static\/chunks\/[^"]+\.js)"\]/g)].map((m) => m[1]),
    );
    expect(live.size).toBeGreaterThan(0);
    await page.route('**/_next/static/chunks/**', (route) =>
      live.has(new URL(route.request().url()).pathname) ? route.abort() : route.continue(),
    );
    await page.goto('/playground/');
    const t = terminal('sandbox');
    await t.box.hover();
    await expect(t.box.getByRole('alert')).toHaveText(
      '터미널을 불러오지 못했습니다. 네트워크를 확인하고 페이지를 새로 고쳐 주세요.',
    );
    await expect(t.box.getByRole('group', { name: '실습 터미널 미리 보기' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/couldn’t load/);
  });
});

test.describe('when a panel’s code cannot be downloaded', () => {
  test.use({
    serviceWorkers: 'block',
    expectedErrors: /^(Failed to load resource: net::ERR_FAILED$|ChunkLoadError: )/,
  });

  test('the layer view says so and the terminal goes on working', async ({
    page,
    request,
    terminal,
  }) => {
    // The page's own scripts and the live terminal's load; every other chunk (the panels') fails.
    const html = await (await request.get('/playground/')).text();
    const allowed = new Set([
      ...[...html.matchAll(/\/_next\/static\/chunks\/[^"'\\]+\.js/g)].map((m) => m[0]),
    ]);
    await page.route('**/_next/static/chunks/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      return path.endsWith('.js') && !allowed.has(path) ? route.abort() : route.continue();
    });
    await page.goto('/playground/');
    const t = terminal('sandbox');
    await t.open();
    await expect(page.getByRole('alert').filter({ hasText: '레이어 보기:' })).toHaveText(
      '레이어 보기: 이 부분을 불러오지 못했습니다. 네트워크를 확인하고 페이지를 새로 고쳐 주세요.',
    );
    await t.focus();
    await t.run('echo still here');
    await expect.poll(() => t.text()).toContain('still here');
  });
});
