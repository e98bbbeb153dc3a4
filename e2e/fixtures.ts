import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { sections } from '../content/sections';

/** Every route of the site, for tests that sweep all pages. */
export const routes = ['/', ...sections.map((s) => `/${s.slug}/`)];
export { sections };

/** A section page as a reader sees it. */
export class DocPageModel {
  constructor(readonly page: Page) {}

  async open(slug: string) {
    await this.page.goto(`/${slug}/`);
    await expect(this.heading).toBeVisible();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get sidebar() {
    return this.page.getByRole('navigation', { name: '노트 목차', exact: true });
  }

  get toc() {
    return this.page.getByRole('navigation', { name: '이 페이지의 목차' });
  }

  get prevNext() {
    return this.page.getByRole('navigation', { name: '이전 글, 다음 글' });
  }

  get themeToggle() {
    return this.page.getByTestId('theme-toggle');
  }

  theme() {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  async axeViolations() {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }

  async horizontalOverflow() {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }
}

/**
 * Every test fails if the page logged a console error or an uncaught exception, or asked any
 * host other than the local server for anything.
 */
export const test = base.extend<{ doc: DocPageModel; hygiene: void }>({
  hygiene: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
  doc: async ({ page }, use) => {
    await use(new DocPageModel(page));
  },
});

export { expect };
