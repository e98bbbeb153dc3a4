/**
 * What a terminal sends for a key (xterm's defaults in normal cursor mode), for the keys a
 * terminal's own input does not see: keys pressed before the live terminal has loaded, and the
 * touch key row. Printable text is not here: it arrives as input events (typing, IME, paste).
 */

/** The parts of a KeyboardEvent that matter (lib/ has no DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export const KEY_DATA = {
  Enter: '\r',
  Backspace: '\x7f',
  Tab: '\t',
  Escape: '\x1b',
  Delete: '\x1b[3~',
  ArrowUp: '\x1b[A',
  ArrowDown: '\x1b[B',
  ArrowRight: '\x1b[C',
  ArrowLeft: '\x1b[D',
  Home: '\x1b[H',
  End: '\x1b[F',
} as const;

export const CTRL_C = '\x03';

/**
 * The data for a named key or a Ctrl-letter, or null for text (an input event brings it), for
 * Ctrl-V (the browser pastes) and for combinations a terminal would not get.
 */
export function keyData(press: KeyPress): string | null {
  const { key, ctrlKey, altKey, metaKey } = press;
  if (metaKey || altKey) return null;
  if (ctrlKey) {
    if (!/^[a-z]$/i.test(key) || /^v$/i.test(key)) return null;
    return String.fromCharCode(key.toLowerCase().charCodeAt(0) - 96);
  }
  return Object.hasOwn(KEY_DATA, key) ? KEY_DATA[key as keyof typeof KEY_DATA] : null;
}

/**
 * The lines as typed so far, for showing keys pressed before the terminal is live: text is
 * added, Backspace takes the last character, Ctrl-U empties the line, Enter starts the next one;
 * other keys show nothing.
 */
export function echoLines(lines: readonly string[], data: string): string[] {
  const out = lines.length > 0 ? [...lines] : [''];
  let line = [...out.pop()!];
  // eslint-disable-next-line no-control-regex
  for (const char of data.replace(/\x1b\[[0-9;]*[~A-Za-z]/g, '')) {
    if (char === '\x7f') line.pop();
    else if (char === '\x15') line = [];
    else if (char === '\r') {
      out.push(line.join(''));
      line = [];
    } else if (char >= ' ') line.push(char);
  }
  return [...out, line.join('')];
}

/** `docker attach`'s detach keys, as the toolbar names them (the shell's own definition). */
export { DETACH_KEYS } from '../shell/container-console';
