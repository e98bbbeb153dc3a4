import { expect, routes, test } from './fixtures';

for (const route of routes) {
  test(`${route}: axe finds no violations in light and dark`, async ({ doc, page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      expect(await doc.theme()).toBe(colorScheme);
      expect(await doc.axeViolations(), colorScheme).toEqual([]);
    }
  });

  test(`${route}: no horizontal overflow at 375 px and 1280 px`, async ({ doc, page }, info) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      expect(await doc.horizontalOverflow(), `${width}px`).toBeLessThanOrEqual(0);
      const name = `${route === '/' ? 'home' : route.replaceAll('/', '')}-${width}.png`;
      await page.screenshot({ path: info.outputPath(name), fullPage: true });
    }
  });
}

test('no page moves under the reader while it loads, at 375 px and 1280 px', async ({
  browser,
}) => {
  // Layout shifts as the browser reports them, from the first byte (Lighthouse's CLS counts
  // these): the notes' off-screen blocks are only estimated (content-visibility), and an
  // estimate on the first screen once moved a heading by 27 px.
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 823 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    for (const route of routes) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      expect(shift, `${route} at ${width} px`).toBe(0);
    }
    await context.close();
  }
});

test('a page shows its text before it asks for its scripts, unless it is opened at a playground', async ({
  page,
}) => {
  // scripts/postbuild/paint-first.mjs: the page's own scripts are added once the browser reports
  // its first contentful paint; a reader who follows a link to an exercise gets them at once.
  const timing = () =>
    page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const starts = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/_next/static/chunks/'))
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
        .map((e) => e.startTime);
      return { fcp, first: Math.min(...starts), scripts: starts.length };
    });
  for (const route of routes) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const t = await timing();
    expect(t.scripts, route).toBeGreaterThan(3);
    expect(t.first, route).toBeGreaterThanOrEqual(t.fcp);
  }
  await page.goto('/volumes-and-mounts/#playground-writable-layer-lifetime');
  await page.waitForLoadState('networkidle');
  const atPlayground = await timing();
  expect(atPlayground.first).toBeLessThan(atPlayground.fcp);
  await expect(page.locator('[data-playground="writable-layer-lifetime"] .xterm')).toBeVisible();
});
