/**
 * lib/terminal — the terminal's behaviour without the DOM: a readline-like line editor and the
 * driver that connects it to the simulated shells. The browser component only moves bytes
 * between xterm and these.
 *
 * Invariants:
 * - Cell widths are counted exactly as xterm counts them (Hangul and CJK = 2 cells), so the
 *   editor's idea of the cursor is the terminal's, also across wrapped rows.
 * - The editor never runs anything itself: it answers each input with actions (echo, submit,
 *   interrupt, end of input), so it is tested against a real headless xterm.
 * - Output is written as it is produced, LF turned into CR LF; a prompt always starts a row.
 * - `docker exec -it` stacks the container's shell on the host's; `exit` pops it.
 */
export { LineEditor, type EditorAction, type LineEditorOptions } from './line-editor';
export { TerminalDriver, type CommandInfo, type DriverOptions, type TerminalIo } from './driver';
export { charWidth, stringWidth } from './width';
