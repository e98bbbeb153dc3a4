/**
 * Mounts xterm in an element and wires it to a playground's terminal driver (lib/terminal).
 * Browser-only: loaded with the terminal's lazy chunk, never in a page's first load.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { scenarios } from '@/lib/exercises';
import { decodeShare, PlaygroundController } from '@/lib/playground';
import { browserStore } from '@/components/playground/storage';
import { browserIdle, flushSaveWhenHidden } from '@/components/playground/save-on-idle';
import { RUN_EVENT, type RunRequest } from '@/components/playground/events';
import { onThemeChange } from '@/components/site/theme';
import { terminalTheme } from './theme';
import { markStart } from './start-marks';
import { yieldToMain } from './yield';

export const TERMINAL_FONT = '"Nanum Gothic Coding", "Noto Sans Mono CJK KR", monospace';

declare global {
  interface Window {
    /** The live terminals by scenario id, for e2e tests to read the buffer. */
    __layerlabTerminals?: Record<string, Terminal>;
  }
}

export interface MountOptions {
  scenario: string;
  /** Accessible name of the terminal's input. */
  label: string;
  /** Id of the visible hint (how to type, how to leave with Esc). */
  describedBy: string;
  /** The exercise's first command, shown grey after the first prompt (not typed). */
  suggestion: string;
  /** Asked once the terminal is up: should it take the focus (the reader clicked it)? */
  focus(): boolean;
  onEscape(): void;
  /** The playground's controller, once its machine exists (the layer view reads it). */
  onController?(controller: PlaygroundController): void;
  /** Lines a "▶ 실행" button asked to run before the terminal existed. */
  takePendingRun?(): string[] | null;
  /** Resolves when the focus may move into the terminal (no IME composition elsewhere). */
  beforeFocus?(): Promise<void>;
  /** Keys typed before the terminal existed; what arrives there later goes to `forward`. */
  takeEarlyInput?(forward: (data: string) => void): string;
}

/** Waits (briefly) for the terminal font, so xterm measures its cells with it. */
async function fontsReady(sample: string): Promise<void> {
  const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
  await Promise.race([document.fonts.load(`14px "Nanum Gothic Coding"`, sample), timeout]);
}

function keyHandler(term: Terminal, onEscape: () => void) {
  return (event: KeyboardEvent): boolean => {
    if (event.key === 'Escape') {
      if (event.type === 'keydown') leave(term, onEscape);
      return false;
    }
    // Ctrl-C with a selection copies (the browser's copy); without one it interrupts.
    if (event.ctrlKey && event.key === 'c' && term.hasSelection()) return false;
    return true;
  };
}

/**
 * Esc: the focus goes to the terminal's box, and the next Tab must go on to the controls below,
 * not back into the terminal's input (it sits inside the box): the input leaves the tab order
 * until the focus has moved on.
 */
function leave(term: Terminal, onEscape: () => void) {
  const input = term.textarea;
  if (input) input.tabIndex = -1;
  onEscape();
  document.addEventListener('focusin', () => input && (input.tabIndex = 0), { once: true });
}

/**
 * Creates the terminal in `element`; resolves to a function that tears it down. The start is a
 * few steps, each its own task (yieldToMain between them): xterm opens, it takes its size, the
 * machine starts, the input is wired. No step waits for another playground's or the page's work.
 */
export async function mountTerminal(element: HTMLElement, options: MountOptions) {
  markStart('mount');
  await fontsReady(`a가${options.suggestion}`);
  markStart('fonts');
  const { term, fit, stopInserted } = openTerminal(element, options);
  markStart('open');
  await yieldToMain();
  fit.fit();
  markStart('fit');
  await yieldToMain();
  const controller = await startController(term, options);
  markStart('machine');
  options.onController?.(controller);
  await yieldToMain();
  const stopInput = await wireInput(term, controller, options);
  markStart('wired');
  const resize = new ResizeObserver(() => fit.fit());
  resize.observe(element);
  const stopTheme = onThemeChange(() => (term.options.theme = terminalTheme()));
  const registry = (window.__layerlabTerminals ??= {});
  registry[options.scenario] = term;

  return () => {
    stopInserted();
    stopInput();
    if (registry[options.scenario] === term) delete registry[options.scenario];
    stopTheme();
    resize.disconnect();
    term.dispose();
  };
}

/** xterm in `element`, labelled for screen readers, not yet fitted to it. */
function openTerminal(element: HTMLElement, options: MountOptions) {
  const term = new Terminal({
    fontFamily: TERMINAL_FONT,
    fontSize: 14,
    lineHeight: 1.2,
    cursorBlink: true,
    screenReaderMode: true,
    scrollback: 2000,
    theme: terminalTheme(),
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.attachCustomKeyEventHandler(keyHandler(term, options.onEscape));
  term.open(element);
  const textarea = term.textarea;
  textarea?.setAttribute('aria-label', options.label);
  textarea?.setAttribute('aria-describedby', options.describedBy);
  const stopInserted = textarea ? forwardInsertedText(term, textarea) : () => {};
  return { term, fit, stopInserted };
}

/** The playground's controller on this terminal: its machine restored, shared or new. */
function startController(term: Terminal, options: MountOptions) {
  return PlaygroundController.start(
    {
      id: options.scenario,
      scenario: scenarios.find((x) => x.id === options.scenario),
      io: { write: (data) => term.write(data), columns: () => term.cols },
      store: browserStore() ?? undefined,
      idle: browserIdle,
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
      suggestion: options.suggestion,
    },
    sharedSession(options.scenario),
  );
}

/**
 * Keys to the controller, the focus when the reader asked for the terminal, then what was asked
 * before it existed: a "▶ 실행" button's lines, the keys typed into the preview. Resolves to the
 * removal of these listeners.
 */
async function wireInput(term: Terminal, controller: PlaygroundController, options: MountOptions) {
  const subscriptions = [
    term.onData((data) => controller.input(data)),
    term.onResize(() => controller.driver.resize()),
  ];
  await options.beforeFocus?.();
  if (options.focus()) term.focus();

  // "▶ 실행" on a code block: clear the typed line, then run the block's lines as if pasted.
  const runLines = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    controller.input('\x15');
    controller.input(`${lines.join('\r')}\r`);
    term.focus();
  };
  const onRun = (event: Event) => {
    const request = (event as CustomEvent<RunRequest>).detail;
    if (request?.scenario === options.scenario) runLines(request.lines);
  };
  window.addEventListener(RUN_EVENT, onRun);
  const stopSaving = flushSaveWhenHidden(controller);
  runLines(options.takePendingRun?.() ?? []);
  // Keys typed while it loaded, in order, before any typed from now on (the focus is here now).
  const early = options.takeEarlyInput?.((data) => controller.input(data)) ?? '';
  if (early !== '') controller.input(early);
  return () => {
    window.removeEventListener(RUN_EVENT, onRun);
    stopSaving();
    for (const s of subscriptions) s.dispose();
  };
}

/**
 * Text inserted without a key press or an IME composition (dictation, the emoji panel, some
 * on-screen keyboards): in screen reader mode xterm 6 ignores such input events (it lets typed
 * keys reach its textarea for the screen reader and would otherwise read them twice, xterm.js
 * #3467). Here they are passed on as xterm itself does without screen reader mode: only when no
 * key is down, so a typed key is never sent twice.
 */
function forwardInsertedText(term: Terminal, textarea: HTMLTextAreaElement): () => void {
  let keyDown = false;
  const down = () => (keyDown = true);
  const up = () => (keyDown = false);
  textarea.addEventListener('blur', up);
  const input = (event: Event) => {
    const { data, inputType, isComposing } = event as InputEvent;
    if (!term.options.screenReaderMode || keyDown || isComposing) return;
    if (inputType === 'insertText' && data) term.input(data, true);
  };
  textarea.addEventListener('keydown', down, true);
  textarea.addEventListener('keyup', up, true);
  textarea.addEventListener('input', input, true);
  return () => {
    textarea.removeEventListener('blur', up);
    textarea.removeEventListener('keydown', down, true);
    textarea.removeEventListener('keyup', up, true);
    textarea.removeEventListener('input', input, true);
  };
}

/** A share link (`#play=...`) for this playground: taken once, then removed from the address. */
function sharedSession(scenario: string) {
  const shared = decodeShare(window.location.hash);
  if (!shared || shared.scenario !== scenario) return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return { share: shared };
}
