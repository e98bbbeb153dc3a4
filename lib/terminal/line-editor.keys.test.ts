import { describe, expect, it } from 'vitest';
import { editorRig, KEY } from '../../scripts/testing/xterm-screen';

const history = ['docker ps -a', 'echo 안녕', 'docker volume ls'];

describe('line editor: history and search', () => {
  it('walks the history with ↑/↓ (and Ctrl-P/N) and keeps the line being typed', async () => {
    const t = editorRig(40, { history: () => history });
    await t.prompt('$ ');
    await t.type('dra');
    await t.type(KEY.up);
    expect(t.lines()).toEqual(['$ docker volume ls']);
    await t.type(KEY.up + KEY.ctrl('p'));
    expect(t.lines()).toEqual(['$ docker ps -a']);
    await t.type(KEY.up); // oldest: bell, line unchanged
    expect(t.lines()).toEqual(['$ docker ps -a']);
    await t.type(KEY.down);
    expect(t.lines()).toEqual(['$ echo 안녕']);
    expect(t.cursor().x).toBe(11);
    await t.type(KEY.ctrl('n') + KEY.down);
    expect(t.lines()).toEqual(['$ dra']);
    await t.type(KEY.up + KEY.up + KEY.enter);
    expect(t.submitted).toEqual(['echo 안녕']);
  });

  it('recalls a command that spanned several lines as one line', async () => {
    const t = editorRig(40, { history: () => ['echo a \\\nb', "echo 'x\ny'"] });
    await t.prompt('$ ');
    await t.type(KEY.up);
    expect(t.lines()).toEqual(["$ echo 'x y'"]);
    await t.type(KEY.up);
    expect(t.lines()).toEqual(['$ echo a b']);
  });

  it('searches backwards with Ctrl-R and runs the match on Enter', async () => {
    const t = editorRig(60, { history: () => history });
    await t.prompt('$ ');
    await t.type(KEY.ctrl('r'));
    expect(t.lines()).toEqual(["(reverse-i-search)`': "]);
    await t.type('dock');
    expect(t.lines()).toEqual(["(reverse-i-search)`dock': docker volume ls"]);
    expect(t.cursor().x).toBe("(reverse-i-search)`dock': ".length);
    await t.type(KEY.ctrl('r'));
    expect(t.lines()).toEqual(["(reverse-i-search)`dock': docker ps -a"]);
    await t.type('x');
    expect(t.lines()).toEqual(["(failed reverse-i-search)`dockx': docker ps -a"]);
    await t.type(KEY.backspace);
    expect(t.lines()).toEqual(["(reverse-i-search)`dock': docker volume ls"]);
    await t.type(KEY.enter);
    expect(t.lines()[0]).toBe('$ docker volume ls');
    expect(t.submitted).toEqual(['docker volume ls']);
  });

  it('finds Hangul, and Ctrl-G gives back the line typed before the search', async () => {
    const t = editorRig(60, { history: () => history });
    await t.prompt('$ ');
    await t.type('ls' + KEY.ctrl('r') + '안녕');
    expect(t.lines()).toEqual(["(reverse-i-search)`안녕': echo 안녕"]);
    await t.type(KEY.ctrl('g'));
    expect(t.lines()).toEqual(['$ ls']);
    await t.type(KEY.ctrl('r') + '안' + KEY.ctrl('e'));
    expect(t.lines()).toEqual(['$ echo 안녕']);
    expect(t.cursor().x).toBe(11);
    await t.type(KEY.up);
    expect(t.lines()).toEqual(['$ docker ps -a']);
  });
});

describe('line editor: completion', () => {
  const words = ['docker', 'dockerd', 'df', 'diff'];
  const complete = (line: string, cursor: number) => {
    const start = line.slice(0, cursor).lastIndexOf(' ') + 1;
    const prefix = line.slice(start, cursor);
    const names = line.slice(0, start).trim() === '' ? words : ['볼륨/', '볼륨.txt', 'data/'];
    return { start, candidates: names.filter((w) => w.startsWith(prefix)).sort() };
  };

  it('completes a single match and adds a space (none after a directory)', async () => {
    const t = editorRig(40, { complete });
    await t.prompt('$ ');
    await t.type('di' + KEY.tab);
    expect(t.lines()).toEqual(['$ diff ']);
    await t.type('da' + KEY.tab);
    expect(t.lines()).toEqual(['$ diff data/']);
  });

  it('completes the common prefix, then lists the candidates and redraws the prompt', async () => {
    const t = editorRig(40, { complete });
    await t.prompt('$ ');
    await t.type('echo 볼' + KEY.tab);
    expect(t.lines()).toEqual(['$ echo 볼륨']);
    await t.type(KEY.tab);
    expect(t.lines()).toEqual(['$ echo 볼륨', '볼륨.txt  볼륨/', '$ echo 볼륨']);
    expect(t.cursor()).toEqual({ x: 11, y: 2 });
  });

  it('completes in the middle of a line and lists when nothing can be added', async () => {
    const t = editorRig(40, { complete });
    await t.prompt('$ ');
    await t.type('d ps' + KEY.left.repeat(3) + KEY.tab);
    expect(t.lines()).toEqual(['$ d ps', 'df       diff     docker   dockerd', '$ d ps']);
    expect(t.cursor()).toEqual({ x: 3, y: 2 });
    await t.type('ock' + KEY.tab);
    expect(t.lines().at(-1)).toBe('$ docker ps');
  });

  it('rings the bell when nothing matches', async () => {
    const t = editorRig(40, { complete });
    await t.prompt('$ ');
    await t.type('zz' + KEY.tab);
    expect(t.lines()).toEqual(['$ zz']);
  });
});

describe('line editor: control keys, continuation and paste', () => {
  it('Ctrl-C drops the line and shows a new prompt', async () => {
    const t = editorRig();
    await t.prompt('$ ', 'docker ps');
    await t.type(KEY.home + KEY.ctrl('c'));
    expect(t.lines()).toEqual(['$ docker ps^C', '$ ']);
    expect(t.submitted).toEqual([]);
    expect(t.editor.line).toBe('');
  });

  it('Ctrl-C while a command runs interrupts it and drops the type-ahead', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('sleep 100' + KEY.enter + 'ls');
    await t.type(KEY.ctrl('c'));
    expect(t.events).toEqual(['interrupt']);
    expect(t.lines()).toEqual(['$ sleep 100', '^C']);
    await t.prompt('$ ');
    expect(t.editor.line).toBe('');
  });

  it('Ctrl-L clears the screen and keeps the line being typed', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('one' + KEY.enter);
    await t.prompt('$ ');
    await t.type('two' + KEY.left + KEY.ctrl('l'));
    expect(t.lines()).toEqual(['$ two']);
    expect(t.cursor()).toEqual({ x: 4, y: 0 });
  });

  it('asks for more with "> " while the command is unfinished', async () => {
    const open = (text: string) => (text.split("'").length - 1) % 2 === 1 || text.endsWith('\\');
    const t = editorRig(40, { needsMore: open });
    await t.prompt('$ ');
    await t.type("echo '볼륨" + KEY.enter);
    expect(t.lines()).toEqual(["$ echo '볼륨", '> ']);
    expect(t.editor.mode).toBe('edit');
    await t.type("끝'" + KEY.enter);
    expect(t.submitted).toEqual(["echo '볼륨\n끝'"]);
  });

  it('Ctrl-C at a continuation prompt goes back to the first prompt', async () => {
    const t = editorRig(40, { needsMore: (text) => text.endsWith('|') });
    await t.prompt('$ ');
    await t.type('ls |' + KEY.enter + KEY.ctrl('c'));
    expect(t.lines()).toEqual(['$ ls |', '> ^C', '$ ']);
    await t.type('pwd' + KEY.enter);
    expect(t.submitted).toEqual(['pwd']);
  });

  it('runs a multi-line paste line by line, each after the previous one ends', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('echo 하나\recho 둘\r\nec');
    expect(t.submitted).toEqual(['echo 하나']);
    await t.prompt('$ ');
    expect(t.submitted).toEqual(['echo 하나', 'echo 둘']);
    await t.prompt('$ ');
    expect(t.lines().at(-1)).toBe('$ ec');
    expect(t.editor.mode).toBe('edit');
  });

  it('Ctrl-D on an empty line is end of input; otherwise it deletes', async () => {
    const t = editorRig();
    await t.prompt('$ ');
    await t.type('ab' + KEY.home + KEY.ctrl('d'));
    expect(t.lines()).toEqual(['$ b']);
    await t.type(KEY.ctrl('d') + KEY.ctrl('d'));
    expect(t.events).toEqual(['eof']);
    expect(t.editor.mode).toBe('running');
  });
});
