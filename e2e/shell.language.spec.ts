import { expect, HOST_PROMPT, test } from './fixtures';

/**
 * The shell language typed into a page's terminal as a learner improvises: loops, a pipeline
 * into `while read`, a here-document over continuation lines, a pasted script, and a busy loop
 * that the page survives and Ctrl-C ends.
 */
const PAGE = 'container-state';
const SCENARIO = 'writable-layers';

test.describe('shell language in the terminal', () => {
  test.beforeEach(async ({ doc, terminal, page }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');
  });

  test('a for loop and a while-read pipeline', async ({ terminal }) => {
    const t = terminal(SCENARIO);
    await t.run('for i in 1 2 3; do echo "n=$i"; done');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-4)).toEqual(['n=1', 'n=2', 'n=3', HOST_PROMPT]);
    await t.run(`printf 'a\\nb\\n' | while read -r l; do echo "<$l>"; done`);
    await t.waitForPrompt();
    expect((await t.lines()).slice(-3)).toEqual(['<a>', '<b>', HOST_PROMPT]);
  });

  test('a here-document continues on > lines and writes the file', async ({ terminal }) => {
    const t = terminal(SCENARIO);
    await t.run('cat > notes.txt <<EOF');
    await expect.poll(() => t.lastLine()).toBe('> ');
    await t.run('hello $USER');
    await expect.poll(() => t.lastLine()).toBe('> ');
    await t.run('EOF');
    await t.waitForPrompt();
    await t.run('cat notes.txt');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-2)).toEqual(['hello learner', HOST_PROMPT]);
  });

  test('a loop typed over three lines is one history entry', async ({ terminal, page }) => {
    const t = terminal(SCENARIO);
    await t.run('for i in 1 2');
    await expect.poll(() => t.lastLine()).toBe('> ');
    await t.run('do echo "i=$i"');
    await t.run('done');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-3)).toEqual(['i=1', 'i=2', HOST_PROMPT]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}for i in 1 2; do echo "i=$i"; done`);
  });

  test('a pasted ten-line script runs as bash would run it', async ({ terminal, page }) => {
    const t = terminal(SCENARIO);
    const script = [
      'count=0',
      'for f in a b c; do',
      '  echo "$f" > "file-$f.txt"',
      '  count=$((count + 1))',
      'done',
      'if [ "$count" -eq 3 ]; then',
      '  echo "made $count files"',
      'fi',
      'ls file-*.txt | wc -l',
      'echo done',
      '',
    ].join('\n');
    await page.evaluate(({ id, text }) => window.__layerlabTerminals?.[id]?.paste(text), {
      id: SCENARIO,
      text: script,
    });
    await expect.poll(() => t.lastLine()).toBe(HOST_PROMPT);
    await expect
      .poll(async () => (await t.lines()).slice(-9))
      .toEqual([
        `${HOST_PROMPT}if [ "$count" -eq 3 ]; then`,
        '>   echo "made $count files"',
        '> fi',
        'made 3 files',
        `${HOST_PROMPT}ls file-*.txt | wc -l`,
        '3',
        `${HOST_PROMPT}echo done`,
        'done',
        HOST_PROMPT,
      ]);
  });

  test('a busy loop leaves the page responsive and Ctrl-C ends it', async ({ terminal, page }) => {
    const t = terminal(SCENARIO);
    await t.run('while true; do :; done');
    // Keys typed while it runs reach the page (it is not frozen); Ctrl-C then flushes them, as
    // a terminal's line discipline does, and ends the loop with status 130.
    await page.keyboard.type('echo typed');
    await page.keyboard.press('Control+C');
    await t.waitForPrompt();
    expect(await t.text()).toContain('^C');
    await t.run('echo $?');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-2)).toEqual(['130', HOST_PROMPT]);
  });
});
