/**
 * Steps the layer view's e2e specs share (playground.layers, playground.layer-inspect): the
 * copy-on-write playground opened with an empty line, commands run to their prompt, the view's
 * highlights waited out, and the axe and screenshot checks.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, type DocPageModel, type LayerViewModel, type TerminalModel } from './fixtures';

export const PAGE = 'container-state';
export const SCENARIO = 'copy-on-write';
/** A host folder of the bind-mount exercise (abc.txt is not in it; 123.txt is). */
export const BIND = '$(pwd)/ch06/exercises/bind-mount/new';

export interface LayerFixtures {
  doc: DocPageModel;
  terminal: (scenario: string) => TerminalModel;
  layers: (scenario: string) => LayerViewModel;
  page: Page;
}

/** Runs each line at the host prompt and waits for it to finish. */
export async function runAll(t: TerminalModel, ...lines: string[]) {
  for (const line of lines) {
    await t.run(line);
    await t.waitForPrompt();
  }
}

/**
 * Opens the copy-on-write playground and focuses its terminal. `clear`: the suggested first
 * command is taken off the line (Ctrl-U), so the lines run are only the test's.
 */
export async function openPlayground({ doc, terminal, layers, page }: LayerFixtures, clear = true) {
  await doc.open(PAGE);
  const t = terminal(SCENARIO);
  const view = layers(SCENARIO);
  await t.open();
  await t.focus();
  if (clear) await page.keyboard.press('Control+U');
  return { t, view };
}

/** The suggested first command, run: f1 from diamol/ch06-file-display. */
export async function runSuggestion(page: Page, t: TerminalModel) {
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await t.waitForPrompt();
}

/** Waits until the view's highlights of the last change have played out (their end state). */
export async function motionsDone(view: LayerViewModel) {
  await expect
    .poll(() =>
      view.root.evaluate(
        (el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length,
      ),
    )
    .toBe(0);
}

/** No axe violations on the page, then a picture of the view at `width` (tall: no sticky header). */
export async function axeAndPicture(
  { doc, page }: LayerFixtures,
  view: LayerViewModel,
  info: TestInfo,
  shot: { name: string; width: number; height: number },
) {
  expect(await doc.axeViolations()).toEqual([]);
  await page.setViewportSize({ width: shot.width, height: shot.height });
  await view.root.screenshot({ path: info.outputPath(shot.name) });
}
