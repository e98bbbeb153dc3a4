import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { sections } from '../content/sections';

/** Every route of the site, for tests that sweep all pages. */
export const routes = ['/', ...sections.map((s) => `/${s.slug}/`), '/playground/'];
export { sections };

/** A section page as a reader sees it. */
/**
 * Holds back every response to `url` (a glob) until the returned function is called, as a slow
 * line would: what a reader does before the page's scripts (or a lazy chunk) arrive can then be
 * tested without racing the download.
 */
export async function holdBack(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

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

/** The host shell's prompt in every playground terminal. */
export const HOST_PROMPT = 'learner@host:~/diamol$ ';

/**
 * A playground's live terminal. Its screen is read through xterm's buffer API
 * (`window.__layerlabTerminals[scenario]`), never from pixels.
 */
export class TerminalModel {
  constructor(
    readonly page: Page,
    readonly scenario: string,
  ) {}

  get playground() {
    return this.page.locator(`[data-playground="${this.scenario}"]`);
  }

  get box() {
    return this.playground.locator('[data-terminal]');
  }

  get input() {
    return this.playground.locator('textarea.xterm-helper-textarea');
  }

  /** The preview's text field: where keys go until the terminal is live. */
  get earlyInput() {
    return this.playground.getByRole('textbox', { name: /^실습 터미널/ });
  }

  /** The touch key row (Tab, Ctrl-C, ↑, ↓, Esc, → 제안) on phones and narrow windows. */
  get keyRow() {
    return this.playground.getByRole('toolbar', { name: '터미널 보조 키' });
  }

  get fullScreenToggle() {
    return this.playground.getByRole('button', { name: '터미널 전체 화면' });
  }

  /** The live terminal's width in columns. */
  cols(): Promise<number> {
    return this.page.evaluate((id) => window.__layerlabTerminals?.[id]?.cols ?? 0, this.scenario);
  }

  /**
   * Scrolls to the playground and waits until the live terminal has replaced the preview. One
   * in view when the page opened (the free playground) starts when the reader reaches for it:
   * the pointer goes over it, which moves no focus.
   */
  async open() {
    await this.playground.scrollIntoViewIfNeeded();
    await this.box.hover();
    await expect(this.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
    await expect.poll(() => this.text()).toContain(HOST_PROMPT);
  }

  async focus() {
    await this.playground.locator('.xterm-screen').click();
    await expect(this.input).toBeFocused();
  }

  /** Every row of the buffer (scrollback included), trailing spaces trimmed. */
  lines(): Promise<string[]> {
    return this.page.evaluate((id) => {
      const term = window.__layerlabTerminals?.[id];
      if (!term) return [];
      const buffer = term.buffer.active;
      const rows: string[] = [];
      for (let y = 0; y < buffer.length; y++)
        rows.push(buffer.getLine(y)?.translateToString(true) ?? '');
      while (rows.length > 0 && rows.at(-1) === '') rows.pop();
      return rows;
    }, this.scenario);
  }

  /** Like lines(), with the rows a long line wrapped onto joined back into that line. */
  logicalLines(): Promise<string[]> {
    return this.page.evaluate((id) => {
      const term = window.__layerlabTerminals?.[id];
      if (!term) return [];
      const buffer = term.buffer.active;
      const rows: string[] = [];
      for (let y = 0; y < buffer.length; y++) {
        const line = buffer.getLine(y);
        const text = line?.translateToString(true) ?? '';
        if (line?.isWrapped && rows.length > 0) rows[rows.length - 1] += text;
        else rows.push(text);
      }
      while (rows.length > 0 && rows.at(-1) === '') rows.pop();
      return rows;
    }, this.scenario);
  }

  async text() {
    return (await this.lines()).join('\n');
  }

  async lastLine() {
    return (await this.lines()).at(-1) ?? '';
  }

  /**
   * Types text as a reader does: ASCII key by key, Hangul syllable by syllable through an IME
   * composition (Chrome's Input.imeSetComposition), the way a Korean keyboard delivers it.
   */
  async type(text: string) {
    const cdp = await this.page.context().newCDPSession(this.page);
    for (const run of text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g) ?? []) {
      if (/^[\x20-\x7e]/.test(run)) {
        await this.page.keyboard.type(run);
        continue;
      }
      for (const char of run) {
        await cdp.send('Input.imeSetComposition', {
          text: char,
          selectionStart: 1,
          selectionEnd: 1,
        });
        await cdp.send('Input.insertText', { text: char });
        // A person types a syllable every 100 ms or more. xterm reads the composed text from
        // its textarea on a timer, and a burst of compositions within a few ms can repeat a
        // syllable (seen with xterm 6.0.0), so syllables are typed at a human-like pace.
        await this.page.waitForTimeout(30);
      }
    }
    await cdp.detach();
  }

  /** Types a line and presses Enter. */
  async run(line: string) {
    await this.type(line);
    await this.page.keyboard.press('Enter');
  }

  /** Waits until the last row is exactly `prompt` (the command has finished). */
  async waitForPrompt(prompt = HOST_PROMPT) {
    await expect.poll(() => this.lastLine(), { timeout: 10_000 }).toBe(prompt);
  }
}

/**
 * A playground's live layer view (below its terminal). Its picture is checked through the text
 * equivalent that is always in the DOM (a <details> list of Korean sentences).
 */
export class LayerViewModel {
  constructor(
    readonly page: Page,
    readonly scenario: string,
  ) {}

  get root() {
    return this.page.locator(`[data-layer-view="${this.scenario}"]`);
  }

  get text() {
    return this.root.locator('[data-layer-text]');
  }

  get status() {
    return this.root.getByRole('status');
  }

  get tree() {
    return this.root.getByRole('list', { name: '컨테이너가 보는 파일' });
  }

  row(name: string) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.tree.getByRole('button', { name: new RegExp(`^${escaped}`) });
  }

  get picker() {
    return this.root.getByRole('combobox', { name: '컨테이너' });
  }
}

const TRACE_BLOCKED = "Blocked script execution in 'about:srcdoc'";

/**
 * Every test fails if the page logged a console error or an uncaught exception, or asked any
 * host other than the local server for anything. A test that makes something fail on purpose
 * names the errors it expects (`test.use({ expectedErrors: /…/ })`); only those are let pass.
 */
export const test = base.extend<{
  doc: DocPageModel;
  expectedErrors: RegExp | null;
  hygiene: void;
  terminal: (scenario: string) => TerminalModel;
  layers: (scenario: string) => LayerViewModel;
}>({
  expectedErrors: [null, { option: true }],
  hygiene: [
    async ({ page, baseURL, expectedErrors }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        // Playwright's trace snapshots try to run script in every frame; the browser pane's
        // sandboxed iframe (no allow-scripts) refuses, as it should. Not the page's error.
        const expected = expectedErrors?.test(msg.text());
        if (msg.type() === 'error' && !msg.text().startsWith(TRACE_BLOCKED) && !expected)
          errors.push(msg.text());
      });
      page.on('pageerror', (err) => {
        if (!expectedErrors?.test(String(err))) errors.push(String(err));
      });
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
  terminal: async ({ page }, use) => {
    await use((scenario) => new TerminalModel(page, scenario));
  },
  layers: async ({ page }, use) => {
    await use((scenario) => new LayerViewModel(page, scenario));
  },
});

export { expect };
