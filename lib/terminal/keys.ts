/**
 * Splits the data a terminal sends for keys and pastes (xterm's onData) into keys: runs of
 * printable text, control characters and escape sequences. A paste arrives as one string with
 * CR (or LF) between its lines; each line ending becomes one Enter.
 */
export type Key =
  | { kind: 'text'; text: string }
  | { kind: 'enter' }
  | { kind: 'ctrl'; char: string }
  | { kind: 'backspace' }
  | { kind: 'tab' }
  | { kind: 'escape' }
  | { kind: 'seq'; name: SeqName };

export type SeqName =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'delete'
  | 'word-left'
  | 'word-right'
  | 'unknown';

const CSI_NAMES: Record<string, SeqName> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '3~': 'delete',
  '1;5C': 'word-right',
  '1;5D': 'word-left',
  '1;3C': 'word-right',
  '1;3D': 'word-left',
};

// eslint-disable-next-line no-control-regex
const CSI = /^\x1b\[([0-9;]*[~A-Za-z])/;
// eslint-disable-next-line no-control-regex
const SS3 = /^\x1bO([A-Za-z])/;

function escapeKey(data: string): { key: Key; length: number } {
  const csi = CSI.exec(data) ?? SS3.exec(data);
  if (csi) {
    return { key: { kind: 'seq', name: CSI_NAMES[csi[1]!] ?? 'unknown' }, length: csi[0].length };
  }
  const next = data[1];
  if (next === 'b' || next === 'B') return { key: { kind: 'seq', name: 'word-left' }, length: 2 };
  if (next === 'f' || next === 'F') return { key: { kind: 'seq', name: 'word-right' }, length: 2 };
  if (next === '\x7f') return { key: { kind: 'ctrl', char: 'w' }, length: 2 };
  if (next === undefined || next === '\x1b') return { key: { kind: 'escape' }, length: 1 };
  return { key: { kind: 'seq', name: 'unknown' }, length: 2 };
}

function controlKey(char: string): Key {
  if (char === '\r' || char === '\n') return { kind: 'enter' };
  if (char === '\x7f' || char === '\b') return { kind: 'backspace' };
  if (char === '\t') return { kind: 'tab' };
  return { kind: 'ctrl', char: String.fromCharCode(char.charCodeAt(0) + 96) };
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** The keys in one chunk of input, in order. CR LF counts as one Enter. */
export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    const char = data[i]!;
    if (char === '\x1b') {
      const { key, length } = escapeKey(data.slice(i));
      keys.push(key);
      i += length;
    } else if (isControl(char)) {
      keys.push(controlKey(char));
      i += char === '\r' && data[i + 1] === '\n' ? 2 : 1;
    } else {
      let end = i;
      while (end < data.length && data[end] !== '\x1b' && !isControl(data[end]!)) end++;
      keys.push({ kind: 'text', text: data.slice(i, end) });
      i = end;
    }
  }
  return keys;
}
