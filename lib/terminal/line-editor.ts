/**
 * A readline-like line editor for a terminal, with no DOM: it is fed the data a terminal sends
 * for keys and pastes and answers with actions: text to echo (prompt, typed text, cursor moves
 * as escape sequences), a line to run, a Ctrl-C to deliver to the running command.
 *
 * Invariants: the screen always shows `prompt + line` written from column 0 of the row where
 * the prompt was printed, and `at` is where the terminal's cursor is, relative to that start;
 * widths come from ./width, which counts cells as xterm does (Hangul = 2), so edits in the
 * middle of wide text and lines that wrap keep the cursor right. Input that arrives while a
 * command runs (a multi-line paste, type-ahead) waits and is edited after the next prompt.
 *
 * A suggestion (the exercise's first command) is drawn grey after an empty line's cursor, as
 * fish draws its autosuggestions: it is not part of the line until → (or Tab, End) takes it,
 * and any other key wipes it before doing what it does.
 */
import type { Key } from './keys';
import { parseKeys } from './keys';
import { layoutLine, moveCursor, settleWrap, type Cell } from './layout';
import { handleKey } from './bindings';
import type { Completion } from '../shell';
import { stringWidth } from './width';

export type EditorAction =
  | { type: 'write'; data: string }
  | { type: 'submit'; line: string }
  | { type: 'interrupt' }
  | { type: 'eof' };

export interface LineEditorOptions {
  /** The terminal's width in cells. */
  columns(): number;
  complete?(line: string, cursor: number): Completion;
  /** True when the text is an unfinished command (open quote, trailing `|` or `\`). */
  needsMore?(text: string): boolean;
  /** Earlier lines, oldest first. */
  history?(): readonly string[];
}

export const CONTINUATION_PROMPT = '> ';

/** Bright black: grey, at 7:1 on the terminal's background; the line's own text stays white. */
const SUGGESTION_COLOR = '\x1b[90m';
const RESET = '\x1b[0m';

export interface SearchState {
  query: string;
  /** History index of the current match (history.length before the first match). */
  index: number;
  failed: boolean;
  original: string[];
}

export class LineEditor {
  mode: 'idle' | 'edit' | 'running' = 'idle';
  chars: string[] = [];
  cursor = 0;
  /** Earlier lines of an unfinished command, each ending in "\n". */
  pending = '';
  historyPos = 0;
  draft = '';
  killed = '';
  search: SearchState | null = null;
  /** Shown grey after the empty line until the first key (./bindings takes or drops it). */
  suggestion = '';
  private primary = '';
  private shown = '';
  private at: Cell = { row: 0, col: 0 };
  private queued: Key[] = [];
  private out: EditorAction[] = [];

  constructor(readonly options: LineEditorOptions) {}

  get line(): string {
    return this.chars.join('');
  }

  get prompting(): string {
    return this.shown;
  }

  history(): readonly string[] {
    return this.options.history?.() ?? [];
  }

  /**
   * Shows a fresh prompt (optionally with text already typed, or a suggestion shown after the
   * empty line) and edits queued input.
   */
  prompt(prompt: string, initial = '', suggestion = ''): EditorAction[] {
    this.primary = prompt;
    this.pending = '';
    this.begin(prompt, initial);
    if (initial === '') this.suggest(suggestion);
    return this.drain();
  }

  /** Data from the terminal: keys, pasted text. */
  feed(data: string): EditorAction[] {
    const keys = parseKeys(data);
    if (this.mode === 'running') {
      if (keys.some((k) => k.kind === 'ctrl' && k.char === 'c')) {
        this.queued = [];
        this.write('^C');
        this.out.push({ type: 'interrupt' });
        return this.flush();
      }
    }
    this.queued.push(...keys);
    return this.drain();
  }

  /**
   * The terminal changed width. xterm leaves the rows of the line being edited as they were
   * (cut at a narrower width: its reflowCursorLine is off, as a shell redraws them itself), so
   * the prompt and line are drawn again from their first row, as readline does on SIGWINCH.
   */
  resize(): EditorAction[] {
    if (this.mode !== 'edit') return this.flush();
    const suggestion = this.suggestion;
    this.suggestion = '';
    this.redrawAll();
    this.suggest(suggestion);
    return this.flush();
  }

  // ---- operations for the key bindings (./bindings) ----

  layout(): Cell[] {
    return layoutLine(stringWidth(this.shown), this.chars, this.options.columns());
  }

  write(data: string): void {
    if (data === '') return;
    const last = this.out.at(-1);
    if (last?.type === 'write') last.data += data;
    else this.out.push({ type: 'write', data });
  }

  /** Replaces chars [start, end) and redraws from `start` only. */
  replace(start: number, end: number, insert: readonly string[], cursor: number): void {
    const before = this.layout();
    this.chars.splice(start, end - start, ...insert);
    this.cursor = cursor;
    this.repaint(start, before[start]!);
  }

  moveTo(index: number): void {
    const target = this.layout()[index]!;
    this.write(moveCursor(this.at, target));
    this.at = target;
    this.cursor = index;
  }

  /** Rewrites prompt and line from the first row (a new prompt text, Ctrl-L). */
  redrawAll(prompt: string = this.shown): void {
    this.write(moveCursor(this.at, { row: 0, col: 0 }));
    this.shown = prompt;
    this.at = { row: 0, col: 0 };
    const cells = this.layout();
    this.write(`\x1b[J${prompt}${this.line}`);
    const end = cells.at(-1)!;
    this.write(settleWrap(end, prompt + this.line !== ''));
    this.write(moveCursor(end, cells[this.cursor]!));
    this.at = cells[this.cursor]!;
  }

  /** Leaves the current line (cursor to its end, then a new row). */
  newline(): void {
    this.moveTo(this.chars.length);
    this.write('\r\n');
    this.at = { row: 0, col: 0 };
  }

  submit(): void {
    const text = this.pending + this.line;
    this.newline();
    if (this.options.needsMore?.(text)) {
      this.pending = `${text}\n`;
      this.begin(CONTINUATION_PROMPT, '');
      return;
    }
    this.pending = '';
    this.mode = 'running';
    this.out.push({ type: 'submit', line: text });
  }

  /** Ctrl-C at the prompt: the line is dropped, a new primary prompt. */
  abandon(): void {
    this.moveTo(this.chars.length);
    this.write('^C\r\n');
    this.at = { row: 0, col: 0 };
    this.pending = '';
    this.begin(this.primary, '');
  }

  /** Draws `text` grey after the (empty) line and puts the cursor back where it was. */
  suggest(text: string): void {
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\x00-\x1f\x7f]/g, '');
    if (clean === '' || this.chars.length > 0) return;
    this.suggestion = clean;
    const end = layoutLine(stringWidth(this.shown), [...clean], this.options.columns()).at(-1)!;
    this.write(`${SUGGESTION_COLOR}${clean}${RESET}`);
    this.write(settleWrap(end, true));
    this.write(moveCursor(end, this.at));
  }

  /** Wipes the suggestion from the screen (the cursor is at the end of the empty line). */
  dropSuggestion(): string {
    const text = this.suggestion;
    this.suggestion = '';
    this.write('\x1b[J');
    return text;
  }

  /**
   * Ctrl-C while a program's own question is being answered: `^C` is echoed and the line
   * dropped, and the editor waits as for a running command (the program has ended the question).
   */
  interruptLine(): EditorAction[] {
    this.moveTo(this.chars.length);
    this.write('^C');
    this.mode = 'running';
    this.queued = [];
    return this.flush();
  }

  endOfFile(): void {
    this.mode = 'running';
    this.out.push({ type: 'eof' });
  }

  get primaryPrompt(): string {
    return this.pending === '' ? this.primary : CONTINUATION_PROMPT;
  }

  // ---- internals ----

  private begin(prompt: string, initial: string): void {
    this.mode = 'edit';
    this.search = null;
    this.suggestion = '';
    this.chars = [...initial];
    this.cursor = this.chars.length;
    this.historyPos = this.history().length;
    this.draft = '';
    this.at = { row: 0, col: 0 };
    this.redrawAll(prompt);
  }

  /** The screen is right up to char `start`, drawn at `from`; rewrite everything after it. */
  private repaint(start: number, from: Cell): void {
    this.write(moveCursor(this.at, from));
    const cells = this.layout();
    const tail = this.chars.slice(start).join('');
    // Erase after writing: an erase at the start of a continuation row clears xterm's wrap mark.
    this.write(`${tail}\x1b[J`);
    const end = cells.at(-1)!;
    this.write(settleWrap(end, tail !== ''));
    this.write(moveCursor(end, cells[this.cursor]!));
    this.at = cells[this.cursor]!;
  }

  private drain(): EditorAction[] {
    while (this.mode === 'edit' && this.queued.length > 0) handleKey(this, this.queued.shift()!);
    return this.flush();
  }

  private flush(): EditorAction[] {
    const out = this.out;
    this.out = [];
    return out;
  }
}
