import { expect, HOST_PROMPT, test } from './fixtures';

const PAGE = 'container-state';
const SCENARIO = 'writable-layers';

test.describe('docker -it in a playground terminal', () => {
  test('runs the command on a TTY, and only a shell takes the terminal until exit', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');

    await t.run('docker run -it --rm diamol/base echo hi');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-3)).toEqual([
      `${HOST_PROMPT}docker run -it --rm diamol/base echo hi`,
      'hi',
      HOST_PROMPT,
    ]);

    await t.run('docker run -dit --name it1 diamol/base sh');
    await t.waitForPrompt();
    await t.run('docker exec -it it1 ls /');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-3)).toEqual([
      `${HOST_PROMPT}docker exec -it it1 ls /`,
      'bin   dev   etc   home  proc  root  sys   tmp   usr   var',
      HOST_PROMPT,
    ]);

    await t.run('docker run -it diamol/base sh');
    await t.waitForPrompt('/ # ');
    await t.run('exit');
    await t.waitForPrompt();
    expect((await t.lines()).slice(-3)).toEqual([
      `${HOST_PROMPT}docker run -it diamol/base sh`,
      '/ # exit',
      HOST_PROMPT,
    ]);
  });

  test('Ctrl-P Ctrl-Q leaves the container running and returns to the host', async ({
    doc,
    terminal,
    page,
  }) => {
    await doc.open(PAGE);
    const t = terminal(SCENARIO);
    await t.open();
    await t.focus();
    await page.keyboard.press('Control+U');
    await t.run('docker run -it --name it2 diamol/base sh');
    await t.waitForPrompt('/ # ');
    await page.keyboard.press('Control+P');
    await page.keyboard.press('Control+Q');
    await t.waitForPrompt();
    await t.run("docker ps --format '{{.Names}} {{.Command}}'");
    await t.waitForPrompt();
    expect((await t.lines()).slice(-2)).toEqual(['it2 "sh"', HOST_PROMPT]);
  });
});
