import type { Page } from '@playwright/test';
import type { Scenario } from '../lib/exercises';
import { expect, TerminalModel } from './fixtures';

/**
 * A prompt alone on the last line: the host's bash (`learner@host:~/diamol/ch06$ `, any cwd) or a
 * container's sh after `docker exec -it` / `docker run -it` (`/ # `, `/app # `).
 */
const PROMPT = /^(?:learner@host:\S*\$|\/\S* #) $/;
const PROMPT_START = /^(?:learner@host:\S*\$|\/\S* #) /;

/** Longest a single command may take before the test calls it hung. */
const COMMAND_TIMEOUT = 15_000;

/** Most commands finish within a few frames: poll the buffer often rather than back off. */
const POLL = { intervals: [20, 50, 100] };

declare global {
  interface Window {
    /** Ids of every wrong-answer explanation that appeared in a playground, by scenario. */
    __layerlabWrongSeen?: Record<string, string[]>;
  }
}

/**
 * One exercise's playground on its real page, driven as a reader drives it: keys into the
 * terminal, the goals panel read from its markup, the terminal read from xterm's buffer.
 */
export class ExerciseModel {
  readonly terminal: TerminalModel;

  constructor(
    readonly page: Page,
    readonly scenario: Scenario,
  ) {
    this.terminal = new TerminalModel(page, scenario.id);
  }

  get goals() {
    return this.terminal.playground.getByRole('group', { name: '실습 목표' });
  }

  get metGoals() {
    return this.goals.locator('[data-met]');
  }

  goal(id: string) {
    return this.goals.locator(`[data-goal="${id}"]`);
  }

  get wrongAnswer() {
    return this.goals.locator('[data-wrong-answer]');
  }

  /**
   * Opens the exercise's page, waits for the live terminal, clears the pre-typed first command
   * and starts recording every wrong-answer explanation that will appear (even one that a later
   * line replaces).
   */
  async open() {
    await this.page.goto(`/${this.scenario.section}/`);
    await this.terminal.open();
    await expect(this.goals).toContainText(`목표 0/${this.scenario.goals.length}`);
    await this.page.evaluate((id) => {
      const seen = ((window.__layerlabWrongSeen ??= {})[id] = [] as string[]);
      const root = document.querySelector(`[data-playground="${id}"]`)!;
      const record = () =>
        root.querySelectorAll<HTMLElement>('[data-wrong-answer]').forEach((el) => {
          const wrong = el.dataset.wrongAnswer ?? '';
          if (seen.at(-1) !== wrong) seen.push(wrong);
        });
      record();
      new MutationObserver(record).observe(root, { subtree: true, childList: true });
    }, this.scenario.id);
    await this.terminal.focus();
    await this.page.keyboard.press('Control+u');
    await expect.poll(() => this.lastLine(), POLL).toMatch(PROMPT);
  }

  /** Wrong-answer explanations shown since `open()`, in order. */
  wrongAnswersSeen(): Promise<string[]> {
    return this.page.evaluate((id) => window.__layerlabWrongSeen?.[id] ?? [], this.scenario.id);
  }

  /** Every row of the buffer (scrollback included), trailing blanks trimmed. */
  rows(): Promise<string[]> {
    return this.terminal.lines();
  }

  async lastLine() {
    return (await this.rows()).at(-1) ?? '';
  }

  /**
   * Types a line as a reader (ASCII key by key, Hangul through the IME), checks the terminal
   * echoed it exactly (quotes, `$(pwd)` and `>` arrive as typed), presses Enter and waits until
   * the command has finished: a prompt is alone on the last line again.
   */
  async run(line: string) {
    if (/^[\x20-\x7e]*$/.test(line)) await this.page.keyboard.type(line);
    else await this.terminal.type(line);
    await expect
      .poll(() => this.typedLine(), { ...POLL, message: `echo of \`${line}\`` })
      .toBe(line);
    await this.page.keyboard.press('Enter');
    await expect
      .poll(() => this.lastLine(), {
        ...POLL,
        message: `prompt after \`${line}\``,
        timeout: COMMAND_TIMEOUT,
      })
      .toMatch(PROMPT);
  }

  /**
   * The line being typed: the rows from the last prompt on, joined. A line longer than the
   * terminal's width wraps over several rows; they are joined without relying on xterm's
   * `isWrapped` flag: xterm clears it when the line editor erases (`ESC [ J`) from column 0
   * of a continuation row, which it does on every key typed there.
   */
  async typedLine() {
    const rows = await this.rows();
    const start = rows.findLastIndex((row) => PROMPT_START.test(row));
    if (start < 0) return `(no prompt) ${rows.at(-1) ?? ''}`;
    // A line that exactly fills its last row is followed by the space the line editor writes to
    // move the cursor onto the next row (as readline does): not typed, so not part of the line.
    return rows.slice(start).join('').replace(PROMPT_START, '').replace(/ $/, '');
  }

  async runAll(lines: readonly string[]) {
    for (const line of lines) await this.run(line);
  }
}
