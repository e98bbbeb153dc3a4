import { describe, expect, it } from 'vitest';
import { parseKeys } from './keys';
import { formatColumns, layoutLine, moveCursor } from './layout';
import { screen } from '../../scripts/testing/xterm-screen';
import { charWidth, stringWidth, stripAnsi } from './width';

describe('cell widths', () => {
  it.each([
    ['a', 1],
    ['~', 1],
    ['é', 1],
    ['한', 2],
    ['ㄱ', 2],
    ['ᄀ', 2],
    ['\u1161', 0],
    ['\u0301', 0],
    ['中', 2],
    ['あ', 2],
    ['Ａ', 2],
    ['€', 1],
    ['\u200b', 0],
    ['\x1b', 0],
    ['𠀀', 2],
  ])('%s is %i cells', (char, width) => {
    expect(charWidth(char)).toBe(width);
  });

  it('agrees with xterm on every Hangul, CJK and symbol sample', async () => {
    const samples = [...'가힣ㄱㅎ一龥ぁァ〇〿ｱＡ￦→★♥é\u0301ñ∑✓', '😀', '𠀀'];
    const s = screen(80, 4);
    for (const char of samples) {
      await s.write('\r\x1b[K' + 'x' + char);
      expect(s.cursor().x - 1, `U+${char.codePointAt(0)!.toString(16)}`).toBe(charWidth(char));
    }
  });

  it('measures strings without their escape sequences', () => {
    expect(stringWidth('\x1b[32mlearner@host:~$ \x1b[0m')).toBe(16);
    expect(stringWidth('안녕 volume')).toBe(11);
    expect(stripAnsi('\x1b]0;title\x07ok')).toBe('ok');
  });
});

describe('keys', () => {
  it('splits text, controls and escape sequences', () => {
    expect(parseKeys('ab한\x1b[D\x7f\t\x1b[3~\x1bOH\x1b[1;5C\x1bb\x03')).toEqual([
      { kind: 'text', text: 'ab한' },
      { kind: 'seq', name: 'left' },
      { kind: 'backspace' },
      { kind: 'tab' },
      { kind: 'seq', name: 'delete' },
      { kind: 'seq', name: 'home' },
      { kind: 'seq', name: 'word-right' },
      { kind: 'seq', name: 'word-left' },
      { kind: 'ctrl', char: 'c' },
    ]);
  });

  it('turns each line ending of a paste into one Enter', () => {
    expect(parseKeys('a\r\nb\nc\r')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'enter' },
      { kind: 'text', text: 'b' },
      { kind: 'enter' },
      { kind: 'text', text: 'c' },
      { kind: 'enter' },
    ]);
  });

  it('reads a lone Esc and Alt-Backspace', () => {
    expect(parseKeys('\x1b')).toEqual([{ kind: 'escape' }]);
    expect(parseKeys('\x1b\x7f')).toEqual([{ kind: 'ctrl', char: 'w' }]);
  });
});

describe('layout', () => {
  it('places characters after the prompt, wrapping wide ones whole', () => {
    expect(layoutLine(2, [...'ab한'], 5)).toEqual([
      { row: 0, col: 2 },
      { row: 0, col: 3 },
      { row: 1, col: 0 },
      { row: 1, col: 2 },
    ]);
    expect(layoutLine(4, [...'a'], 5).at(-1)).toEqual({ row: 1, col: 0 });
  });

  it('moves the cursor with relative sequences', () => {
    expect(moveCursor({ row: 2, col: 5 }, { row: 0, col: 0 })).toBe('\x1b[2A\r');
    expect(moveCursor({ row: 0, col: 5 }, { row: 1, col: 7 })).toBe('\x1b[1B\x1b[2C');
    expect(moveCursor({ row: 1, col: 5 }, { row: 1, col: 3 })).toBe('\x1b[2D');
    expect(moveCursor({ row: 1, col: 5 }, { row: 1, col: 5 })).toBe('');
  });

  it('lists candidates down the columns like bash', () => {
    expect(formatColumns(['a', 'bb', 'c', 'd', 'e'], 10)).toBe('a   c   e\r\nbb  d');
    expect(formatColumns([], 10)).toBe('');
  });
});
