/**
 * Mounts xterm in an element and wires it to a playground's terminal driver (lib/terminal).
 * Browser-only: loaded with the terminal's lazy chunk, never in a page's first load.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { Sandbox } from '@/lib/shell/sandbox';
import { scenarios } from '@/lib/exercises';
import { startPlaygroundTerminal } from '@/lib/terminal';
import { RUN_EVENT, type RunRequest } from '@/components/mdx/RunButton';
import { onThemeChange, terminalTheme } from './theme';

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
  initial: string;
  /** Asked once the terminal is up: should it take the focus (the reader clicked it)? */
  focus(): boolean;
  onEscape(): void;
  /** The machine behind the terminal, once it exists (the layer view reads it). */
  onMachine?(sandbox: Sandbox): void;
  /** After every command line has finished. */
  onCommandFinished?(line: string): void;
  /** Lines a "▶ 실행" button asked to run before the terminal existed. */
  takePendingRun?(): string[] | null;
}

/** Waits (briefly) for the terminal font, so xterm measures its cells with it. */
async function fontsReady(sample: string): Promise<void> {
  const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
  await Promise.race([document.fonts.load(`14px "Nanum Gothic Coding"`, sample), timeout]);
}

function keyHandler(term: Terminal, onEscape: () => void) {
  return (event: KeyboardEvent): boolean => {
    if (event.key === 'Escape') {
      if (event.type === 'keydown') onEscape();
      return false;
    }
    // Ctrl-C with a selection copies (the browser's copy); without one it interrupts.
    if (event.ctrlKey && event.key === 'c' && term.hasSelection()) return false;
    return true;
  };
}

/** Creates the terminal in `element`; resolves to a function that tears it down. */
export async function mountTerminal(element: HTMLElement, options: MountOptions) {
  await fontsReady(`a가${options.initial}`);
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
  fit.fit();
  const textarea = term.textarea;
  textarea?.setAttribute('aria-label', options.label);
  textarea?.setAttribute('aria-describedby', options.describedBy);

  const { driver, sandbox } = await startPlaygroundTerminal(
    { write: (data) => term.write(data), columns: () => term.cols },
    {
      initial: options.initial,
      scenario: scenarios.find((x) => x.id === options.scenario),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      onCommandFinished: (line) => options.onCommandFinished?.(line),
    },
  );
  options.onMachine?.(sandbox);
  const subscriptions = [
    term.onData((data) => driver.input(data)),
    term.onResize(() => driver.resize()),
  ];
  driver.start();
  if (options.focus()) term.focus();

  // "▶ 실행" on a code block: clear the typed line, then run the block's lines as if pasted.
  const runLines = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    driver.input('\x15');
    driver.input(`${lines.join('\r')}\r`);
    term.focus();
  };
  const onRun = (event: Event) => {
    const request = (event as CustomEvent<RunRequest>).detail;
    if (request?.scenario === options.scenario) runLines(request.lines);
  };
  window.addEventListener(RUN_EVENT, onRun);
  runLines(options.takePendingRun?.() ?? []);

  const resize = new ResizeObserver(() => fit.fit());
  resize.observe(element);
  const stopTheme = onThemeChange(() => (term.options.theme = terminalTheme()));
  const registry = (window.__layerlabTerminals ??= {});
  registry[options.scenario] = term;

  return () => {
    window.removeEventListener(RUN_EVENT, onRun);
    if (registry[options.scenario] === term) delete registry[options.scenario];
    stopTheme();
    resize.disconnect();
    for (const s of subscriptions) s.dispose();
    term.dispose();
  };
}
