import { expect, type Page } from '@playwright/test';

/** The site search: header button, dialog, query box, results. */
export class SearchModel {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('banner').getByRole('button', { name: '검색' });
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: '노트와 실습 검색' });
  }

  get box() {
    return this.dialog.getByRole('searchbox', { name: '검색어' });
  }

  get results() {
    return this.dialog.getByRole('listbox', { name: '검색 결과' });
  }

  get options() {
    return this.results.getByRole('option');
  }

  get selected() {
    return this.results.getByRole('option', { selected: true });
  }

  /** Waits until React has hydrated the button (its keyboard shortcuts listen from then on). */
  async hydrated() {
    await expect(this.button).toBeVisible();
    await this.page.waitForFunction(() => {
      const button = document.querySelector('[data-testid="search-button"]');
      return !!button && Object.keys(button).some((key) => key.startsWith('__reactProps'));
    });
  }

  /** Opens search with the button, types the query and waits for its results. */
  async find(query: string) {
    if (!(await this.dialog.isVisible())) await this.button.click();
    await expect(this.box).toBeFocused();
    await this.box.fill(query);
    await expect(this.dialog.getByRole('status')).toContainText(/결과 \d+개/);
    await expect(this.options.first()).toBeVisible();
  }

  /** Where each result leads, in the listed order. */
  urls() {
    return this.options.evaluateAll((els) => els.map((el) => el.getAttribute('data-url')));
  }
}
