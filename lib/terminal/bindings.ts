/** What each key does in the line editor (bash's emacs-mode defaults). */
import {
  commonPrefix,
  displayName,
  historyLine,
  ruboutStart,
  searchBackward,
  wordLeft,
  wordRight,
} from './edit-ops';
import type { Key, SeqName } from './keys';
import { formatColumns } from './layout';
import type { LineEditor } from './line-editor';

type Editor = LineEditor;

export function handleKey(ed: Editor, key: Key): void {
  if (ed.suggestion !== '') {
    const suggestion = ed.dropSuggestion();
    if (takesSuggestion(key)) return insert(ed, [...suggestion]);
  }
  if (ed.search) return handleSearchKey(ed, key);
  switch (key.kind) {
    case 'text':
      return insert(ed, [...key.text]);
    case 'enter':
      return ed.submit();
    case 'backspace':
      if (ed.cursor > 0) ed.replace(ed.cursor - 1, ed.cursor, [], ed.cursor - 1);
      return;
    case 'tab':
      return complete(ed);
    case 'escape':
      return;
    case 'seq':
      return handleSeq(ed, key.name);
    case 'ctrl':
      return handleCtrl(ed, key.char);
  }
}

/** The keys that move right at the end of the line (and Tab) take the suggestion. */
function takesSuggestion(key: Key): boolean {
  if (key.kind === 'tab') return true;
  if (key.kind === 'seq') return key.name === 'right' || key.name === 'end';
  return key.kind === 'ctrl' && (key.char === 'f' || key.char === 'e');
}

function insert(ed: Editor, chars: string[]): void {
  ed.replace(ed.cursor, ed.cursor, chars, ed.cursor + chars.length);
}

function kill(ed: Editor, start: number, end: number): void {
  if (start >= end) return;
  ed.killed = ed.chars.slice(start, end).join('');
  ed.replace(start, end, [], start);
}

function setLine(ed: Editor, text: string, cursor?: number): void {
  const chars = [...text];
  ed.replace(0, ed.chars.length, chars, cursor ?? chars.length);
}

function handleSeq(ed: Editor, name: SeqName): void {
  const moves: Partial<Record<SeqName, () => number>> = {
    left: () => Math.max(0, ed.cursor - 1),
    right: () => Math.min(ed.chars.length, ed.cursor + 1),
    home: () => 0,
    end: () => ed.chars.length,
    'word-left': () => wordLeft(ed.chars, ed.cursor),
    'word-right': () => wordRight(ed.chars, ed.cursor),
  };
  const move = moves[name];
  if (move) return ed.moveTo(move());
  if (name === 'delete' && ed.cursor < ed.chars.length)
    ed.replace(ed.cursor, ed.cursor + 1, [], ed.cursor);
  if (name === 'up') historyStep(ed, -1);
  if (name === 'down') historyStep(ed, 1);
}

function handleCtrl(ed: Editor, char: string): void {
  const seqs: Record<string, SeqName> = {
    a: 'home',
    e: 'end',
    b: 'left',
    f: 'right',
    p: 'up',
    n: 'down',
  };
  const seq = seqs[char];
  if (seq) return handleSeq(ed, seq);
  switch (char) {
    case 'c':
      return ed.abandon();
    case 'd':
      if (ed.chars.length === 0 && ed.pending === '') return ed.endOfFile();
      return handleSeq(ed, 'delete');
    case 'k':
      return kill(ed, ed.cursor, ed.chars.length);
    case 'u':
      return kill(ed, 0, ed.cursor);
    case 'w':
      return kill(ed, ruboutStart(ed.chars, ed.cursor), ed.cursor);
    case 'y':
      return insert(ed, [...ed.killed]);
    case 'l':
      ed.write('\x1b[H\x1b[2J');
      return ed.redrawAll();
    case 'r':
      return startSearch(ed);
    default:
      ed.write('\x07');
  }
}

function historyStep(ed: Editor, step: -1 | 1): void {
  const history = ed.history();
  const next = ed.historyPos + step;
  if (next < 0 || next > history.length) return ed.write('\x07');
  if (ed.historyPos === history.length) ed.draft = ed.line;
  ed.historyPos = next;
  setLine(ed, next === history.length ? ed.draft : historyLine(history[next]!));
}

function complete(ed: Editor): void {
  const complete = ed.options.complete;
  if (!complete) return insert(ed, ['\t']);
  const before = ed.chars.slice(0, ed.cursor).join('');
  const { start, candidates } = complete(ed.line, before.length);
  const startIndex = [...before.slice(0, start)].length;
  const word = before.slice(start);
  const replaceWord = (text: string) =>
    ed.replace(startIndex, ed.cursor, [...text], startIndex + [...text].length);
  if (candidates.length === 0) return ed.write('\x07');
  if (candidates.length === 1) {
    const only = candidates[0]!;
    return replaceWord(only.endsWith('/') ? only : `${only} `);
  }
  const common = commonPrefix(candidates);
  if (common.length > word.length) return replaceWord(common);
  const cursor = ed.cursor;
  ed.newline();
  ed.write(`${formatColumns(candidates.map(displayName), ed.options.columns())}\r\n`);
  ed.cursor = cursor;
  ed.redrawAll();
}

// ---- Ctrl-R: reverse incremental search ----

function searchPrompt(ed: Editor): string {
  const s = ed.search!;
  return `(${s.failed ? 'failed ' : ''}reverse-i-search)\`${s.query}': `;
}

function startSearch(ed: Editor): void {
  ed.search = { query: '', index: ed.history().length, failed: false, original: [...ed.chars] };
  ed.redrawAll(searchPrompt(ed));
}

function findMatch(ed: Editor, from: number): void {
  const s = ed.search!;
  const history = ed.history();
  const found = s.query === '' ? -1 : searchBackward(history, s.query, from);
  s.failed = s.query !== '' && found < 0;
  if (found >= 0) {
    s.index = found;
    const text = historyLine(history[found]!);
    ed.chars = [...text];
    ed.cursor = [...text.slice(0, text.indexOf(s.query))].length;
  }
  ed.redrawAll(searchPrompt(ed));
}

function endSearch(ed: Editor, restore: boolean): void {
  const s = ed.search!;
  ed.search = null;
  if (restore) {
    ed.chars = s.original;
    ed.cursor = s.original.length;
  } else if (s.index < ed.history().length) {
    ed.historyPos = s.index;
  }
  ed.redrawAll(ed.primaryPrompt);
}

function handleSearchKey(ed: Editor, key: Key): void {
  const s = ed.search!;
  if (key.kind === 'text') {
    s.query += key.text;
    return findMatch(ed, s.index);
  }
  if (key.kind === 'backspace') {
    s.query = [...s.query].slice(0, -1).join('');
    return findMatch(ed, ed.history().length);
  }
  if (key.kind === 'ctrl' && key.char === 'r') return findMatch(ed, s.index - 1);
  if (key.kind === 'ctrl' && key.char === 'g') return endSearch(ed, true);
  endSearch(ed, false);
  if (key.kind !== 'escape') handleKey(ed, key);
}
