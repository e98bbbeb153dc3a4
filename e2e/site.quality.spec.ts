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
