import type { Page, Response } from '@playwright/test';
import { expect, holdBack, test, TerminalModel } from './fixtures';

/** A playground's file editor (below its terminal). */
class EditorModel {
  constructor(
    readonly page: Page,
    readonly scenario: string,
  ) {}

  get root() {
    return this.page.locator(`[data-playground="${this.scenario}"] [data-editor]`);
  }

  get toggle() {
    return this.root.getByRole('button', { name: /편집기 (열기|닫기)/ });
  }

  get panel() {
    return this.root.locator('[data-editor-kind]');
  }

  tab(name: string) {
    return this.root.getByRole('tab', { name: new RegExp(`^${name.replace('.', '\\.')}`) });
  }

  get monaco() {
    return this.root.locator('.monaco-editor');
  }

  /** Monaco's text as it renders it (non-breaking spaces made plain, last empty lines cut). */
  async monacoText() {
    const text = await this.monaco.locator('.view-lines').innerText();
    return text.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
  }

  /** The token colour classes Monaco gave the visible text (one for plain text). */
  tokenClasses() {
    return this.monaco
      .locator('.view-line span[class^="mtk"]')
      .evaluateAll((spans) => [...new Set(spans.map((s) => s.className))]);
  }

  async open() {
    await this.toggle.click();
    await expect(this.root).toHaveAttribute('data-editor', 'open', { timeout: 15_000 });
  }

  /** Puts the caret into Monaco (the page may scroll it under the sticky header otherwise). */
  async focusMonaco() {
    await expect(this.monaco).toBeVisible({ timeout: 15_000 });
    await this.monaco.locator('.view-lines').click();
    await expect(this.monaco).toHaveClass(/focused/);
  }
}

/**
 * Watches the scripts the page downloads and tells whether one of them is Monaco (its editor
 * API reads `MonacoEnvironment`; chunk names are hashes, so the content is what identifies it).
 */
function watchMonaco(page: Page) {
  const seen: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    const url = response.url();
    if (!url.endsWith('.js')) return;
    pending.push(
      response
        .text()
        .then((body) => {
          if (body.includes('MonacoEnvironment')) seen.push(url);
        })
        .catch(() => {}),
    );
  });
  return async () => {
    await Promise.all(pending);
    return seen;
  };
}

async function run(t: TerminalModel, line: string) {
  await t.run(line);
  await t.waitForPrompt();
}

test.describe('playground editor: what the machine reads', () => {
  test('a host file saved with Ctrl+S shows at once in a container that bind-mounts it', async ({
    doc,
    page,
  }) => {
    await doc.open('container-filesystem');
    const t = new TerminalModel(page, 'union-layers');
    const editor = new EditorModel(page, 'union-layers');
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+u');
    await run(
      t,
      'docker run -d --name dev -v "$(pwd)/ch06/exercises/layers:/src" diamol/base sleep 1d',
    );

    await editor.open();
    await expect(editor.panel).toHaveAttribute('data-editor-kind', 'monaco');
    await expect(editor.tab('Dockerfile')).toHaveAttribute('aria-selected', 'true');
    await expect(editor.tab('Dockerfile')).toHaveAttribute(
      'title',
      '/home/learner/diamol/ch06/exercises/layers/Dockerfile',
    );
    await editor.tab('a.txt').click();
    await expect(editor.root.getByText('~/diamol/ch06/exercises/layers/a.txt')).toBeVisible();
    await expect.poll(() => editor.monacoText()).toBe('a');

    await editor.focusMonaco();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('edited in the editor');
    await page.keyboard.press('Enter');
    await expect(editor.tab('a.txt')).toHaveAccessibleName('a.txt (저장 안 됨)');
    await page.keyboard.press('ControlOrMeta+s');
    await expect(editor.tab('a.txt')).toHaveAccessibleName('a.txt');
    await expect(editor.root.getByRole('status')).toHaveText(
      '저장했습니다: ch06/exercises/layers/a.txt',
    );

    await t.focus();
    await run(t, 'docker exec dev cat /src/a.txt');
    expect((await t.lines()).slice(-3)).toEqual([
      'learner@host:~/diamol$ docker exec dev cat /src/a.txt',
      'edited in the editor',
      'learner@host:~/diamol$ ',
    ]);
    // The learner's editor writes as the learner.
    await run(t, 'ls -l ch06/exercises/layers/a.txt');
    expect((await t.lines()).at(-2)).toMatch(/^-rw-r--r-- 1 learner learner 21 /);
  });

  test('an edited Dockerfile is what docker build uses', async ({ doc, page }) => {
    await doc.open('volumes-and-mounts');
    const t = new TerminalModel(page, 'named-volume');
    const editor = new EditorModel(page, 'named-volume');
    await t.open();
    await editor.open();
    await expect(editor.tab('Dockerfile')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => editor.monacoText()).toBe('FROM diamol/base\nCMD ["ls", "/data"]');

    await editor.focusMonaco();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('VOLUME /data');
    await page.keyboard.press('Enter');
    await editor.root.getByRole('button', { name: '저장', exact: true }).click();
    await expect(editor.tab('Dockerfile')).toHaveAccessibleName('Dockerfile');

    await t.focus();
    await page.keyboard.press('Control+u');
    await run(t, 'cat ch06/exercises/volume-image/Dockerfile');
    expect((await t.lines()).at(-2)).toBe('VOLUME /data');
    await run(t, 'docker build -t volume-image ch06/exercises/volume-image');
    expect(await t.text()).toContain('Step 3/3 : VOLUME /data');
    await run(t, "docker image inspect --format '{{.Config.Volumes}}' volume-image");
    expect((await t.lines()).at(-2)).toBe('map[/data:{}]');
    await run(t, 'docker run --name vi1 volume-image');
    await run(t, 'docker volume ls -q');
    expect((await t.lines()).at(-2)).toMatch(/^[0-9a-f]{64}$/);
    const goals = t.playground.getByRole('group', { name: '실습 목표' });
    await expect(goals.locator('[data-goal="volume-instruction"]')).toHaveAttribute('data-met', '');
  });

  test('unsaved edits are saved when a command runs, so docker build reads them', async ({
    doc,
    page,
  }, info) => {
    await doc.open('volumes-and-mounts');
    const t = new TerminalModel(page, 'named-volume');
    const editor = new EditorModel(page, 'named-volume');
    await t.open();
    await editor.open();
    await expect.poll(() => editor.monacoText()).toBe('FROM diamol/base\nCMD ["ls", "/data"]');
    await editor.focusMonaco();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('VOLUME /data');
    await page.keyboard.press('Enter');
    await expect(editor.tab('Dockerfile')).toHaveAccessibleName('Dockerfile (저장 안 됨)');

    // No Ctrl+S: Enter in the terminal saves the tab before the line runs.
    await t.focus();
    await page.keyboard.press('Control+u');
    await run(t, 'docker build -t volume-image ch06/exercises/volume-image');
    expect(await t.text()).toContain('Step 3/3 : VOLUME /data');
    await expect(editor.tab('Dockerfile')).toHaveAccessibleName('Dockerfile');
    await expect(editor.root.getByRole('status')).toHaveText(
      '명령을 실행하기 전에 저장했습니다: ch06/exercises/volume-image/Dockerfile',
    );
    await run(t, 'tail -n 1 ch06/exercises/volume-image/Dockerfile');
    expect((await t.lines()).at(-2)).toBe('VOLUME /data');
    await editor.root.screenshot({ path: info.outputPath('editor-saved-before-command.png') });
  });
});

test.describe('playground editor: the panel', () => {
  test('a narrow screen gets the plain textarea, and Monaco is never downloaded', async ({
    doc,
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const monacoScripts = watchMonaco(page);
    await doc.open('volumes-and-mounts');
    const t = new TerminalModel(page, 'bind-mount');
    const editor = new EditorModel(page, 'bind-mount');
    // Opened before the machine is up: it starts the playground, waits for it, then takes the
    // focus back from the terminal. Scrolling to the button already starts the playground, so
    // its code is held back until the button has been clicked, or a fast machine could be up
    // first. The tab taking the focus shows that the editor was opened early (only then).
    const release = await holdBack(page, '**/_next/static/chunks/*');
    await editor.toggle.click();
    release();
    await expect(editor.root).toHaveAttribute('data-editor', 'open', { timeout: 15_000 });
    await expect(editor.panel).toHaveAttribute('data-editor-kind', 'textarea');
    await expect(editor.tab('Dockerfile')).toBeFocused();
    const field = editor.root.getByRole('textbox', {
      name: '~/diamol/ch06/exercises/logger/Dockerfile',
    });
    await expect(field).toHaveValue(/^FROM diamol\/base\nUSER 2000\n/);
    await field.fill('FROM diamol/base\nUSER 1000\nCMD ["sh", "-c", "echo ok > /logs/run.txt"]\n');
    await expect(editor.tab('Dockerfile')).toHaveAccessibleName('Dockerfile (저장 안 됨)');
    await field.press('Control+s');
    await expect(editor.tab('Dockerfile')).toHaveAccessibleName('Dockerfile');
    expect(await doc.horizontalOverflow()).toBeLessThanOrEqual(0);
    expect(await doc.axeViolations()).toEqual([]);

    await t.open();
    await t.focus();
    await page.keyboard.press('Control+u');
    await run(t, 'grep USER ch06/exercises/logger/Dockerfile');
    expect((await t.lines()).at(-2)).toBe('USER 1000');
    await page.waitForLoadState('networkidle');
    await expect(editor.monaco).toHaveCount(0);
    expect(await monacoScripts()).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Monaco loads only when the editor opens; axe finds nothing (${colorScheme})`, async ({
      doc,
      page,
    }, info) => {
      await page.emulateMedia({ colorScheme });
      const monacoScripts = watchMonaco(page);
      await doc.open('container-filesystem');
      const t = new TerminalModel(page, 'union-layers');
      const editor = new EditorModel(page, 'union-layers');
      await t.open();
      await page.waitForLoadState('networkidle');
      expect(await monacoScripts(), 'Monaco before the editor was opened').toEqual([]);

      await editor.open();
      await expect(editor.monaco).toBeVisible({ timeout: 15_000 });
      await expect.poll(() => editor.monacoText()).toContain('COPY notes.txt /notes.txt');
      expect((await monacoScripts()).length).toBeGreaterThan(0);
      // Dockerfile highlighting: the keywords get their own token colour.
      await expect.poll(async () => (await editor.tokenClasses()).length).toBeGreaterThan(1);

      await editor.focusMonaco();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('COPY b.txt /f');
      await expect(editor.tab('Dockerfile')).toHaveAccessibleName('Dockerfile (저장 안 됨)');
      // Esc leaves Monaco; the next Tab goes on past the editor.
      await page.keyboard.press('Escape');
      await expect(editor.root.locator('[data-editor-hint]')).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await editor.root.evaluate((el) => el.contains(document.activeElement))).toBe(false);
      await page.waitForLoadState('networkidle');
      expect(await doc.axeViolations()).toEqual([]);
      await editor.root.screenshot({ path: info.outputPath(`editor-${colorScheme}.png`) });
    });
  }
});

test.describe('playground editor: tabs and saving', () => {
  test('tabs follow the arrow keys and show what the terminal changed', async ({ doc, page }) => {
    await doc.open('container-filesystem');
    const t = new TerminalModel(page, 'union-layers');
    const editor = new EditorModel(page, 'union-layers');
    await t.open();
    await editor.open();
    await expect(editor.monaco).toBeVisible({ timeout: 15_000 });
    await t.focus();
    await page.keyboard.press('Control+u');
    await run(t, 'echo from the terminal > ch06/exercises/layers/b.txt');

    await editor.tab('Dockerfile').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(editor.tab('b.txt')).toBeFocused();
    await expect(editor.tab('b.txt')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => editor.monacoText()).toBe('from the terminal');
    await page.keyboard.press('End');
    await expect(editor.tab('notes.txt')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(editor.tab('Dockerfile')).toHaveAttribute('aria-selected', 'true');
  });

  test('saving over a directory shows the error and keeps the edit', async ({ doc, page }) => {
    await doc.open('container-filesystem');
    const t = new TerminalModel(page, 'union-layers');
    const editor = new EditorModel(page, 'union-layers');
    await t.open();
    await editor.open();
    await editor.tab('notes.txt').click();
    await expect.poll(() => editor.monacoText()).toBe('draft notes');

    await t.focus();
    await page.keyboard.press('Control+u');
    await run(t, 'rm ch06/exercises/layers/notes.txt && mkdir ch06/exercises/layers/notes.txt');
    await editor.focusMonaco();
    await page.keyboard.type('draft notes v2');
    await expect(editor.tab('notes.txt')).toHaveAccessibleName('notes.txt (저장 안 됨)');
    await editor.root.getByRole('button', { name: '저장', exact: true }).click();
    await expect(editor.root.getByRole('alert')).toHaveText(
      '저장하지 못했습니다: ch06/exercises/layers/notes.txt: 디렉터리입니다 (Is a directory)',
    );
    await expect(editor.tab('notes.txt')).toHaveAccessibleName('notes.txt (저장 안 됨)');
    expect(await editor.monacoText()).toBe('draft notes v2');
  });
});

test.describe('playground editor on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 900 } });

  test('a wide touch screen also gets the plain textarea', async ({ doc, page }) => {
    const monacoScripts = watchMonaco(page);
    await doc.open('container-filesystem');
    const editor = new EditorModel(page, 'union-layers');
    await editor.open();
    await expect(editor.panel).toHaveAttribute('data-editor-kind', 'textarea');
    await editor.tab('b.txt').click();
    await expect(
      editor.root.getByRole('textbox', { name: '~/diamol/ch06/exercises/layers/b.txt' }),
    ).toHaveValue('b\n');
    await page.waitForLoadState('networkidle');
    expect(await monacoScripts()).toEqual([]);
  });
});
