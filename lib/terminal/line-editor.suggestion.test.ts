import { describe, expect, it } from 'vitest';
import { editorRig, KEY } from '../../scripts/testing/xterm-screen';

const SUGGESTION = 'docker volume ls';

/** The colour of the cell at (x, y) of the screen: palette index, or -1 for the default. */
function colour(t: ReturnType<typeof editorRig>, x: number, y = 0): number {
  const cell = t.term.buffer.active.getLine(y)!.getCell(x)!;
  return cell.isFgDefault() ? -1 : cell.getFgColor();
}

describe('line editor: the suggested first command', () => {
  it('is shown grey after the prompt, the cursor stays at the empty line', async () => {
    const t = editorRig();
    await t.prompt('$ ', '', SUGGESTION);
    expect(t.lines()).toEqual([`$ ${SUGGESTION}`]);
    expect(t.cursor()).toEqual({ x: 2, y: 0 });
    expect(colour(t, 2)).toBe(8);
    expect(t.editor.line).toBe('');
  });

  it('is wiped by a typed key, which goes in', async () => {
    const t = editorRig();
    await t.prompt('$ ', '', SUGGESTION);
    await t.type('docker ps');
    expect(t.lines()).toEqual(['$ docker ps']);
    expect(colour(t, 2)).toBe(-1);
    await t.type(KEY.enter);
    expect(t.submitted).toEqual(['docker ps']);
  });

  it('is wiped by keys that type nothing, and is not submitted by Enter', async () => {
    for (const key of [KEY.left, KEY.up, KEY.backspace, KEY.ctrl('u')]) {
      const t = editorRig();
      await t.prompt('$ ', '', SUGGESTION);
      await t.type(key);
      expect(t.lines(), JSON.stringify(key)).toEqual(['$ ']);
      expect(t.cursor()).toEqual({ x: 2, y: 0 });
    }
    const t = editorRig();
    await t.prompt('$ ', '', SUGGESTION);
    await t.type(KEY.enter);
    expect(t.submitted).toEqual(['']);
    expect(t.lines()).toEqual(['$ ']);
  });

  it.each([
    ['→', KEY.right],
    ['Tab', KEY.tab],
    ['End', KEY.end],
    ['Ctrl-E', KEY.ctrl('e')],
  ])('is taken by %s, as if typed', async (_, key) => {
    const t = editorRig();
    await t.prompt('$ ', '', SUGGESTION);
    await t.type(key);
    expect(t.lines()).toEqual([`$ ${SUGGESTION}`]);
    expect(colour(t, 2)).toBe(-1);
    expect(t.cursor()).toEqual({ x: 2 + SUGGESTION.length, y: 0 });
    await t.type(' -q' + KEY.enter);
    expect(t.submitted).toEqual([`${SUGGESTION} -q`]);
  });

  it('wraps past the margin with the cursor kept after the prompt; a key wipes every row', async () => {
    const t = editorRig(12);
    await t.prompt('$ ', '', '볼륨을 만들어 보세요 now');
    expect(t.lines()).toEqual(['$ 볼륨을 만', '들어 보세요 ', 'now']);
    expect(t.cursor()).toEqual({ x: 2, y: 0 });
    await t.type('x');
    expect(t.lines()).toEqual(['$ x']);
    await t.type(KEY.backspace + KEY.enter);
    expect(t.submitted).toEqual(['']);
  });

  it('is never a command line typed ahead: queued keys wipe it first', async () => {
    const t = editorRig();
    await t.type('ls' + KEY.enter);
    await t.prompt('$ ', '', SUGGESTION);
    expect(t.submitted).toEqual(['ls']);
    expect(t.lines()).toEqual(['$ ls']);
  });
});
