import { expect, HOST_PROMPT, test } from './fixtures';

const PAGE = 'container-state';
const SCENARIO = 'writable-layers';
const FIRST = 'docker container run --name rn1 diamol/ch06-random-number';

test.describe('playground terminal: starting and typing', () => {
  test('loads near the viewport with the first command suggested in grey, and runs Hangul', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await expect(t.box).toHaveAttribute('data-terminal', 'idle');
    await t.open();
    expect(await t.lastLine()).toBe(`${HOST_PROMPT}${FIRST}`);
    // Grey (palette 8) after the prompt, and the cursor right after the prompt: not typed.
    const suggestion = await page.evaluate(
      ([id, x]) => {
        const buffer = window.__layerlabTerminals![id]!.buffer.active;
        const cell = buffer.getLine(buffer.baseY + buffer.cursorY)!.getCell(x)!;
        return { colour: cell.getFgColor(), cursor: buffer.cursorX };
      },
      [SCENARIO, HOST_PROMPT.length] as const,
    );
    expect(suggestion).toEqual({ colour: 8, cursor: HOST_PROMPT.length });
    await expect(t.input).toHaveAccessibleName(/실습 터미널/);
    await t.focus();
    await t.run('echo 안녕 volume');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-3)).toEqual([
      `${HOST_PROMPT}echo 안녕 volume`,
      '안녕 volume',
      HOST_PROMPT,
    ]);
  });

  test('runs the first command with Enter, lists the container, recalls history', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await t.waitForPrompt();
    await t.run('docker ps -a');
    await t.waitForPrompt();
    expect(await t.text()).toMatch(/Exited \(0\)[^\n]*\n?[^\n]*rn1/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}docker ps -a`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}${FIRST}`);
  });

  test('completes docker and paths with Tab', async ({ doc, terminal, page }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');
    await page.keyboard.type('dock');
    await page.keyboard.press('Tab');
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}docker `);
    await page.keyboard.type('vol');
    await page.keyboard.press('Tab');
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}docker volume `);
  });
});

test.describe('playground terminal: what commands do with it', () => {
  test('Ctrl-C stops a running sleep', async ({ doc, terminal, page }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');
    await t.run('sleep 100');
    await page.waitForTimeout(300);
    expect(await t.lastLine()).toBe(`${HOST_PROMPT}sleep 100`);
    await page.keyboard.press('Control+C');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-2)).toEqual(['^C', HOST_PROMPT]);
  });

  test('a prune command asks [y/N] and the reader answers it on the same line', async ({
    doc,
    terminal,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    // As a learner: straight over the grey suggestion, nothing cleared first.
    await t.focus();
    await t.run('docker container create --name gone diamol/ch06-random-number');
    await t.waitForPrompt();
    await t.run('docker container prune');
    await expect.poll(() => t.lastLine()).toBe('Are you sure you want to continue? [y/N] ');
    await t.run('y');
    await t.waitForPrompt();
    const lines = await t.lines();
    expect(lines).toContain('Are you sure you want to continue? [y/N] y');
    expect(lines).toContain('Deleted Containers:');
    expect(lines.at(-2)).toBe('Total reclaimed space: 0B');
    // The answer was the question's, not a command of its own.
    expect(lines.join('\n')).not.toContain('y: command not found');
  });

  test('docker exec -it enters the container and exit comes back', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');
    await t.run('docker run -d --name t1 diamol/ch06-todo-list');
    await t.waitForPrompt();
    await t.run('docker exec -it t1 sh');
    await t.waitForPrompt('/app # ');
    await t.run('ls /data');
    await t.waitForPrompt('/app # ');
    await t.run('exit');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-2)).toEqual(['/app # exit', HOST_PROMPT]);
  });

  test('Esc leaves the terminal; the hint says so', async ({ doc, terminal, page }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await expect(t.playground).toContainText('Esc를 누르면 터미널 밖으로 나갑니다');
    await t.focus();
    await page.keyboard.press('Escape');
    await expect(t.input).not.toBeFocused();
    await expect(t.box).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(t.input).not.toBeFocused();
  });
});

test.describe('playground terminal: its box', () => {
  test("the live terminal takes the preview's place at the same size", async ({
    doc,
    terminal,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await expect(t.box).toHaveAttribute('data-terminal', 'idle');
    // The preview as drawn: until the reader comes near, its section is skipped and counts only
    // as an estimate (content-visibility, app/globals.css).
    const before = await t.playground.evaluate((section: HTMLElement) => {
      section.style.contentVisibility = 'visible';
      const box = section.querySelector('[data-terminal]');
      const sizes = {
        box: box ? box.getBoundingClientRect().height : 0,
        all: section.getBoundingClientRect().height,
      };
      section.style.contentVisibility = '';
      return sizes;
    });
    await t.open();
    const after = { box: await t.box.boundingBox(), all: await t.playground.boundingBox() };
    expect(after.box!.height).toBe(before.box);
    expect(after.all!.height).toBe(before.all);
  });

  test('follows the page theme', async ({ doc, terminal, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    const background = () =>
      page.evaluate((id) => window.__layerlabTerminals?.[id]?.options.theme?.background, SCENARIO);
    expect(await background()).toBe('#15181e');
    await doc.themeToggle.click();
    await expect.poll(background).toBe('#0d0f13');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the terminal open (${colorScheme})`, async ({
      doc,
      terminal,
      page,
    }, info) => {
      await page.emulateMedia({ colorScheme });
      await doc.open(PAGE);
      const t = terminal(SCENARIO);
      await t.open();
      await t.focus();
      await page.keyboard.press('Control+U');
      // Hangul is 2 cells: the two rows below must end in the same column.
      await t.run("printf '가나다라마|\\nabcdefghij|\\n'; echo 한글 정렬 확인: 볼륨 volume");
      await t.waitForPrompt();
      await page.waitForLoadState('networkidle');
      expect(await doc.axeViolations()).toEqual([]);
      await t.playground.screenshot({ path: info.outputPath(`terminal-${colorScheme}.png`) });
    });
  }

  test('no horizontal overflow at 375 px with the terminal open', async ({
    doc,
    terminal,
    page,
  }, info) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');
    await t.run('echo 좁은 화면에서도 한글이 칸에 맞게 줄바꿈됩니다 volume');
    await page.waitForLoadState('networkidle');
    expect(await doc.horizontalOverflow()).toBeLessThanOrEqual(0);
    await t.playground.screenshot({ path: info.outputPath('terminal-375.png') });
  });
});
