import { describe, expect, it } from 'vitest';
import { editorRig, KEY } from '../../scripts/testing/xterm-screen';
import { historyLine } from './edit-ops';

describe('line editor: typing and moving', () => {
  it('echoes typed text after the prompt and submits it on Enter', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('echo hi');
    expect(t.lines()).toEqual(['$ echo hi']);
    expect(t.cursor()).toEqual({ x: 9, y: 0 });
    await t.type(KEY.enter);
    expect(t.submitted).toEqual(['echo hi']);
    expect(t.cursor()).toEqual({ x: 0, y: 1 });
    expect(t.editor.mode).toBe('running');
  });

  it('shows text typed in advance at the prompt without running it', async () => {
    const t = editorRig();
    await t.prompt('user@host:~$ ', 'docker ps');
    expect(t.lines()).toEqual(['user@host:~$ docker ps']);
    expect(t.submitted).toEqual([]);
    await t.type(KEY.enter);
    expect(t.submitted).toEqual(['docker ps']);
  });

  it('counts a prompt with colours by its visible cells only', async () => {
    const t = editorRig();
    await t.prompt('\x1b[32m$ \x1b[0m', 'ab');
    expect(t.cursor().x).toBe(4);
    await t.type(KEY.left + 'X');
    expect(t.lines()).toEqual(['$ aXb']);
    expect(t.cursor().x).toBe(4);
  });

  it('keeps the cursor right in Hangul (2 cells each)', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('echo 안녕 volume');
    expect(t.lines()).toEqual(['$ echo 안녕 volume']);
    expect(t.cursor().x).toBe(2 + 5 + 4 + 1 + 6);
    await t.type(KEY.left.repeat(8)); // before 녕
    expect(t.cursor().x).toBe(2 + 5 + 2);
    await t.type('하세요 ');
    expect(t.lines()).toEqual(['$ echo 안하세요 녕 volume']);
    expect(t.cursor().x).toBe(2 + 5 + 2 + 6 + 1);
    await t.type(KEY.backspace + KEY.backspace);
    expect(t.lines()).toEqual(['$ echo 안하세녕 volume']);
    expect(t.cursor().x).toBe(2 + 5 + 6);
    await t.type(KEY.enter);
    expect(t.submitted).toEqual(['echo 안하세녕 volume']);
  });

  it('moves with Home/End, Ctrl-A/E, Ctrl-B/F and by words', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('docker volume ls');
    await t.type(KEY.home);
    expect(t.cursor().x).toBe(2);
    await t.type(KEY.end);
    expect(t.cursor().x).toBe(18);
    await t.type(KEY.ctrl('a') + KEY.ctrl('f') + KEY.ctrl('f'));
    expect(t.cursor().x).toBe(4);
    await t.type(KEY.ctrl('e') + KEY.ctrl('b'));
    expect(t.cursor().x).toBe(17);
    await t.type('\x1bb'); // Alt-B
    expect(t.cursor().x).toBe(16);
    await t.type('\x1b[1;5D'); // Ctrl-←
    expect(t.cursor().x).toBe(9);
    await t.type('\x1bf'); // Alt-F
    expect(t.cursor().x).toBe(15);
  });

  it('deletes with Backspace and Delete, and ignores them at the ends', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('abc' + KEY.home + KEY.backspace + KEY.delete);
    expect(t.lines()).toEqual(['$ bc']);
    await t.type(KEY.end + KEY.delete + KEY.backspace);
    expect(t.lines()).toEqual(['$ b']);
    expect(t.cursor().x).toBe(3);
    await t.type('\b'); // Ctrl-H
    expect(t.lines()).toEqual(['$ ']);
  });

  it('kills and yanks with Ctrl-U, Ctrl-K, Ctrl-W and Ctrl-Y', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('docker run  --name rn1');
    await t.type(KEY.ctrl('w'));
    expect(t.lines()).toEqual(['$ docker run  --name ']);
    await t.type(KEY.ctrl('w'));
    expect(t.lines()).toEqual(['$ docker run  ']);
    await t.type(KEY.ctrl('y'));
    expect(t.lines()).toEqual(['$ docker run  --name ']);
    await t.type(KEY.home + KEY.right.repeat(6) + KEY.ctrl('k'));
    expect(t.lines()).toEqual(['$ docker']);
    await t.type(KEY.left.repeat(3) + KEY.ctrl('u'));
    expect(t.lines()).toEqual(['$ ker']);
    expect(t.cursor().x).toBe(2);
  });

  it('rings the bell for keys it does not bind', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('a' + KEY.ctrl('t') + '\x1b[99~');
    expect(t.lines()).toEqual(['$ a']);
  });
});

describe('line editor: lines that wrap', () => {
  it('wraps at the margin and moves the cursor across rows', async () => {
    const t = editorRig(10);
    await t.prompt('$ ');
    await t.type('abcdefghijkl');
    expect(t.lines()).toEqual(['$ abcdefgh', 'ijkl']);
    expect(t.cursor()).toEqual({ x: 4, y: 1 });
    await t.type(KEY.left.repeat(5));
    expect(t.cursor()).toEqual({ x: 9, y: 0 });
    await t.type('X');
    expect(t.lines()).toEqual(['$ abcdefgX', 'hijkl']);
    expect(t.cursor()).toEqual({ x: 0, y: 1 });
    await t.type(KEY.home);
    expect(t.cursor()).toEqual({ x: 2, y: 0 });
    await t.type(KEY.ctrl('k'));
    expect(t.lines()).toEqual(['$ ']);
  });

  it('puts the cursor on the next row when the line ends exactly at the margin', async () => {
    const t = editorRig(10);
    await t.prompt('$ ');
    await t.type('abcdefgh');
    expect(t.cursor()).toEqual({ x: 0, y: 1 });
    await t.type('i');
    expect(t.lines()).toEqual(['$ abcdefgh', 'i']);
    await t.type(KEY.backspace + KEY.backspace);
    expect(t.lines()).toEqual(['$ abcdefg']);
    expect(t.cursor()).toEqual({ x: 9, y: 0 });
  });

  it('moves a Hangul syllable that does not fit in the last cell to the next row', async () => {
    const t = editorRig(10);
    await t.prompt('$ ');
    await t.type('abcdefg한글');
    expect(t.lines()).toEqual(['$ abcdefg', '한글']);
    expect(t.cursor()).toEqual({ x: 4, y: 1 });
    await t.type(KEY.left + KEY.left);
    expect(t.cursor()).toEqual({ x: 0, y: 1 });
    await t.type(KEY.left + KEY.delete);
    expect(t.lines()).toEqual(['$ abcdef한', '글']);
    await t.type(KEY.ctrl('e'));
    expect(t.cursor()).toEqual({ x: 2, y: 1 });
  });

  it('redraws a long line in the middle without losing rows', async () => {
    const t = editorRig(12);
    await t.prompt('$ ');
    const text = '볼륨은 컨테이너와 따로 산다 volume';
    await t.type(text);
    await t.type(KEY.home + '가');
    const joined = t.lines().join('');
    expect(joined.replace(/ /g, '')).toBe(`$가${text}`.replace(/ /g, ''));
    await t.type(KEY.enter);
    expect(t.submitted).toEqual([`가${text}`]);
  });
});

describe('line editor: wrapped rows', () => {
  it('keeps a long line typed key by key one wrapped line for xterm (copy, reflow)', async () => {
    const t = editorRig(20);
    await t.prompt('$ ');
    for (const ch of 'echo 0123456789abcdefghijklmnop') await t.type(ch);
    await t.type(KEY.left.repeat(12) + 'X'); // an edit in the middle repaints the tail
    expect(t.lines()).toEqual(['$ echo 0123456789abc', 'dXefghijklmnop']);
    expect(t.term.buffer.active.getLine(1)?.isWrapped).toBe(true);
  });
});

describe('historyLine joins a multi-line command as bash does', () => {
  it.each([
    ['for i in 1 2\ndo echo $i\ndone', 'for i in 1 2; do echo $i; done'],
    ['for i in 1 2; do\necho $i\ndone', 'for i in 1 2; do echo $i; done'],
    ['if true\nthen echo a\nelse echo b\nfi', 'if true; then echo a; else echo b; fi'],
    ['case x in\na) echo a;;\n*) echo b;;\nesac', 'case x in a) echo a;; *) echo b;; esac'],
    ['( cd /tmp )\necho after', '( cd /tmp ); echo after'],
    ['echo a |\nwc -l', 'echo a | wc -l'],
    ['echo one \\\ntwo', 'echo one two'],
  ])('%j', (entry, line) => {
    expect(historyLine(entry)).toBe(line);
  });
});
