/**
 * Test harness: a line editor (or driver) writing into a real headless xterm, so tests check
 * what the terminal really shows and where its cursor really is.
 */

import { Terminal } from '@xterm/headless';
import {
  LineEditor,
  type EditorAction,
  type LineEditorOptions,
} from '../../lib/terminal/line-editor';

export interface Screen {
  term: Terminal;
  write(data: string): Promise<void>;
  /** Visible rows, trailing spaces trimmed, trailing empty rows dropped. */
  lines(): string[];
  cursor(): { x: number; y: number };
}

export function screen(cols: number, rows = 12): Screen {
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 100 });
  return {
    term,
    write: (data) => new Promise((resolve) => term.write(data, resolve)),
    lines() {
      const buffer = term.buffer.active;
      const out: string[] = [];
      for (let y = 0; y < term.rows; y++)
        out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
      while (out.length > 0 && out.at(-1) === '') out.pop();
      return out;
    },
    cursor: () => ({ x: term.buffer.active.cursorX, y: term.buffer.active.cursorY }),
  };
}

export interface EditorRig extends Screen {
  editor: LineEditor;
  submitted: string[];
  events: string[];
  type(data: string): Promise<void>;
  prompt(text?: string, initial?: string, suggestion?: string): Promise<void>;
}

export function editorRig(cols = 40, options: Partial<LineEditorOptions> = {}): EditorRig {
  const s = screen(cols);
  const editor = new LineEditor({ columns: () => cols, ...options });
  const submitted: string[] = [];
  const events: string[] = [];
  async function apply(actions: EditorAction[]) {
    for (const a of actions) {
      if (a.type === 'write') await s.write(a.data);
      else if (a.type === 'submit') submitted.push(a.line);
      else events.push(a.type);
    }
  }
  return {
    ...s,
    editor,
    submitted,
    events,
    type: (data) => apply(editor.feed(data)),
    prompt: (text = '$ ', initial = '', suggestion = '') =>
      apply(editor.prompt(text, initial, suggestion)),
  };
}

export const KEY = {
  left: '\x1b[D',
  right: '\x1b[C',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  delete: '\x1b[3~',
  backspace: '\x7f',
  enter: '\r',
  tab: '\t',
  ctrl: (c: string) => String.fromCharCode(c.toUpperCase().charCodeAt(0) - 64),
} as const;
