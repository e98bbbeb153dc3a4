import { describe, expect, it } from 'vitest';
import { screen } from '../../scripts/testing/xterm-screen';
import { LineEditor, type EditorAction } from './line-editor';

/** An editor on a headless xterm whose width changes (the window, full screen, a phone). */
function rig(cols: number) {
  const s = screen(cols);
  let width = cols;
  const editor = new LineEditor({ columns: () => width });
  const apply = async (actions: EditorAction[]) => {
    for (const a of actions) if (a.type === 'write') await s.write(a.data);
  };
  return {
    ...s,
    editor,
    type: (data: string) => apply(editor.feed(data)),
    prompt: (text: string, suggestion = '') => apply(editor.prompt(text, '', suggestion)),
    async resize(next: number) {
      width = next;
      s.term.resize(next, s.term.rows);
      await apply(editor.resize());
    },
  };
}

const PROMPT = 'learner@host:~/diamol$ ';

describe('line editor: the terminal changes width', () => {
  it('draws a typed line again, wrapped at the new width, and goes on editing', async () => {
    const t = rig(50);
    await t.prompt(PROMPT);
    await t.type('docker volume ls -q');
    await t.resize(12);
    expect(t.lines()).toEqual(['learner@host', ':~/diamol$ d', 'ocker volume', ' ls -q']);
    expect(t.cursor()).toEqual({ x: 6, y: 3 });
    await t.resize(50);
    expect(t.lines()).toEqual([`${PROMPT}docker volume ls -q`]);
    await t.type('\x7f\x7f\x7f볼륨');
    expect(t.lines()).toEqual([`${PROMPT}docker volume ls볼륨`]);
    expect(t.editor.line).toBe('docker volume ls볼륨');
  });

  it('keeps the suggestion, and the cursor after the prompt', async () => {
    const t = rig(83);
    await t.prompt(PROMPT, 'docker container run --name f1 diamol/ch06-file-display');
    for (const width of [2, 20, 83]) await t.resize(width);
    expect(t.lines()).toEqual([`${PROMPT}docker container run --name f1 diamol/ch06-file-display`]);
    expect(t.cursor()).toEqual({ x: PROMPT.length, y: 0 });
    await t.type('ls');
    expect(t.lines()).toEqual([`${PROMPT}ls`]);
  });
});
