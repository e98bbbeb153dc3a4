import { expect, HOST_PROMPT, test, type TerminalModel } from './fixtures';

const PAGE = 'volumes-and-mounts';
const SCENARIO = 'named-volume';
const KEY = `layerlab:playground:${SCENARIO}`;

/** Clears the pre-typed line, runs `line`, waits for the host prompt. */
async function run(t: TerminalModel, line: string) {
  await t.page.keyboard.press('Control+U');
  await t.run(line);
  await t.waitForPrompt();
}

async function output(t: TerminalModel, line: string) {
  const before = (await t.lines()).length;
  await run(t, line);
  return (await t.lines()).slice(before, -1).join('\n');
}

test.describe('playground state', () => {
  test('undo and reset change the machine; the timeline lists the commands', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    const tools = t.playground.getByRole('toolbar', { name: '실습 도구' });
    await expect(tools.getByRole('button', { name: '되돌리기' })).toBeDisabled(); // server-rendered
    await t.open();
    await t.focus();
    await run(t, 'docker volume create first');
    await run(t, 'docker volume create second');
    await t.playground.getByText('명령 기록 (2)').click();
    await expect(
      t.playground
        .getByRole('list', { name: '명령 기록' })
        .getByRole('listitem')
        .filter({ hasText: 'create second' }),
    ).toBeVisible();

    await tools.getByRole('button', { name: '되돌리기' }).click();
    await expect.poll(() => t.text()).toContain('[되돌렸습니다: docker volume create second]');
    await t.focus();
    expect(await output(t, 'docker volume ls -q')).toContain('first');
    expect(await output(t, 'docker volume ls -q')).not.toContain('second');

    await tools.getByRole('button', { name: '처음부터' }).click();
    await expect.poll(() => t.text()).toContain('[처음 상태로 돌아왔습니다]');
    await expect(t.playground.getByText('명령 기록 (0)')).toBeVisible();
    await t.focus();
    expect(await output(t, 'docker volume ls -q')).toBe('');
    void page;
  });

  test('a reload brings the machine back; a corrupt save starts fresh with a notice', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await run(t, 'docker volume create kept-over-reload');
    await page.reload();
    await t.open();
    await expect
      .poll(() => t.text())
      .toContain('[저장된 실습 상태를 불러왔습니다: 지금까지 1단계]');
    await t.focus();
    expect(await output(t, 'docker volume ls -q')).toBe('kept-over-reload');

    await page.evaluate((key) => localStorage.setItem(key, '{"format":"layerlab-playgr'), KEY);
    await page.reload();
    await t.open();
    await expect(t.playground.getByRole('status').first()).toContainText('읽을 수 없어');
    // A fresh prompt (its grey suggestion may wrap onto the next row), nothing restored.
    await expect.poll(() => t.text()).toContain(HOST_PROMPT);
    expect(await t.text()).not.toContain('저장된 실습 상태를 불러왔습니다');
    await t.focus();
    expect(await output(t, 'docker volume ls -q')).toBe('');
  });

  test('a share link replays the session in another browser', async ({
    doc,
    terminal,
    page,
    browser,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await run(t, 'echo 공유 > memo.txt');
    await run(t, 'docker run --name shared -v shared-vol:/data diamol/base touch /data/x');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await t.playground.getByRole('button', { name: '공유 링크' }).click();
    const link = await t.playground.getByRole('textbox', { name: '공유 링크' }).inputValue();
    expect(link).toMatch(/#play=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);

    const other = await browser.newPage();
    await other.goto(link);
    const copy = new (t.constructor as typeof TerminalModel)(other, SCENARIO);
    await expect(copy.box).toHaveAttribute('data-terminal', 'ready', { timeout: 15_000 });
    await expect
      .poll(() => copy.text(), { timeout: 15_000 })
      .toContain(`${HOST_PROMPT}echo 공유 > memo.txt`);
    await copy.waitForPrompt();
    expect(new URL(other.url()).hash).toBe(''); // taken once; a reload uses the save
    await copy.focus();
    expect(await output(copy, 'docker ps -a --format "{{.Mounts}}"')).toBe('shared-vol');
    expect(await output(copy, 'cat memo.txt')).toBe('공유');
    await other.close();
  });

  test('export to a file and import it into a fresh playground', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await run(t, 'docker volume create exported');
    const download = page.waitForEvent('download');
    await t.playground.getByRole('button', { name: '내보내기' }).click();
    const file = await (await download).path();
    await t.playground.getByRole('button', { name: '처음부터' }).click();
    await expect.poll(() => t.text()).toContain('[처음 상태로 돌아왔습니다]');

    await t.playground.locator('input[type=file]').setInputFiles(file);
    await expect(t.playground.getByRole('status').first()).toContainText('실습을 불러왔습니다');
    await t.focus();
    expect(await output(t, 'docker volume ls -q')).toBe('exported');

    await t.playground.locator('input[type=file]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    await expect(t.playground.getByRole('status').first()).toContainText('불러오지 못했습니다');
    await t.focus();
    expect(await output(t, 'docker volume ls -q')).toBe('exported');
  });
});
