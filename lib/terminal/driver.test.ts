import { describe, expect, it } from 'vitest';
import { HOST_EXITED } from './driver';
import { createPlaygroundTerminal } from './testing';
import { KEY, screen } from '../../scripts/testing/xterm-screen';

const HOST = 'learner@host:~/diamol$ ';

function rig(suggestion = '', onCommandFinished?: (line: string) => void) {
  const s = screen(80, 30);
  let written = Promise.resolve();
  const io = {
    columns: () => 80,
    write: (data: string) => {
      written = written.then(() => s.write(data));
    },
  };
  const { driver, machine } = createPlaygroundTerminal(io, {
    suggestion,
    seed: 3,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    onCommandFinished,
  });
  driver.start();
  const text = async () => {
    await written;
    return s.lines();
  };
  /** Waits until the last row is a prompt (or `last`), i.e. the command has finished. */
  const until = async (last: string | RegExp = HOST) => {
    for (let i = 0; i < 400; i++) {
      const rows = await text();
      const row = rows.at(-1) ?? '';
      if (typeof last === 'string' ? row === last : last.test(row)) return rows;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no "${last}" in:\n${(await text()).join('\n')}`);
  };
  const type = async (data: string, last?: string | RegExp) => {
    driver.input(data);
    return until(last);
  };
  return { s, driver, machine, text, until, type };
}

describe('terminal driver on the playground sandbox', () => {
  it('shows the host prompt in the book repo with the first command suggested, not typed', async () => {
    const t = rig('docker ps');
    expect(await t.text()).toEqual([`${HOST}docker ps`]);
    expect(t.driver.editor.line).toBe('');
    // A learner who clicks and types gets only what they typed.
    const rows = await t.type('docker volume ls' + KEY.enter);
    expect(rows).toEqual([`${HOST}docker volume ls`, 'DRIVER    VOLUME NAME', HOST]);
    expect(t.machine.host.history).toEqual(['docker volume ls']);
    // The suggestion is gone for good; → took it only while it was shown.
    t.driver.input(KEY.right + KEY.enter);
    await t.driver.settled;
    expect((await t.text()).slice(-2)).toEqual([HOST, HOST]);
    expect(t.machine.host.history).toEqual(['docker volume ls']);
  });

  it('runs the suggested command once → takes it', async () => {
    const t = rig('docker ps');
    const rows = await t.type(KEY.right + KEY.enter);
    expect(rows[0]).toBe(`${HOST}docker ps`);
    expect(rows[1]).toMatch(/^CONTAINER ID\s+IMAGE/);
    expect(t.machine.host.history).toEqual(['docker ps']);
  });

  it('runs a command with Hangul and prints its output on CR LF lines', async () => {
    const t = rig();
    const rows = await t.type('echo 안녕 volume; echo 둘' + KEY.enter);
    expect(rows).toEqual([`${HOST}echo 안녕 volume; echo 둘`, '안녕 volume', '둘', HOST]);
  });

  it('starts a prompt on a new row after output without a final newline', async () => {
    const t = rig();
    const rows = await t.type("printf 'no newline'" + KEY.enter);
    expect(rows.slice(1)).toEqual(['no newline', HOST]);
  });

  it('runs containers and lists them', async () => {
    const t = rig();
    await t.type('docker run --name rn1 diamol/ch06-random-number' + KEY.enter);
    const rows = await t.type('docker ps -a' + KEY.enter);
    // 80 columns: the row wraps, as in a real 80-column terminal.
    expect(rows.slice(0, -1).join('')).toMatch(/diamol\/ch06-random-number.*Exited \(0\).*rn1$/);
  });

  it('completes docker and its subcommands with Tab', async () => {
    const t = rig();
    expect(await t.type('dock' + KEY.tab, `${HOST}docker `)).toEqual([`${HOST}docker `]);
    expect(await t.type('vol' + KEY.tab, `${HOST}docker volume `)).toHaveLength(1);
  });

  it('Ctrl-C stops a running sleep and gives the prompt back', async () => {
    const t = rig();
    t.driver.input('sleep 100' + KEY.enter);
    await new Promise((r) => setTimeout(r, 20));
    expect((await t.text()).at(-1)).toBe(`${HOST}sleep 100`);
    const rows = await t.type(KEY.ctrl('c'));
    expect(rows).toEqual([`${HOST}sleep 100`, '^C', HOST]);
  });

  it("streams a foreground container's output and stops it with Ctrl-C", async () => {
    const t = rig();
    t.driver.input('docker run --name fg diamol/ch06-todo-list' + KEY.enter);
    const rows = await t.until(/^(?!learner@host).*\S/); // log lines while the command runs
    expect(rows.length).toBeGreaterThan(1);
    expect(t.driver.editor.mode).toBe('running');
    await t.type(KEY.ctrl('c'));
    const after = await t.type('docker ps -a --format "{{.Names}} {{.Status}}"' + KEY.enter);
    expect(after).toContainEqual(expect.stringMatching(/^fg Exited/));
  });

  it('enters a container with docker exec -it and comes back on exit', async () => {
    const t = rig();
    await t.type('docker run -d --name t1 diamol/ch06-todo-list' + KEY.enter);
    await t.type('docker exec -it t1 sh' + KEY.enter, '/app # ');
    expect(t.driver.session.flavor).not.toBe('bash');
    let rows = await t.type('pwd; echo 안녕 > /tmp/a; cat /tmp/a' + KEY.enter, '/app # ');
    expect(rows.slice(-4)).toEqual([
      '/app # pwd; echo 안녕 > /tmp/a; cat /tmp/a',
      '/app',
      '안녕',
      '/app # ',
    ]);
    rows = await t.type('exit' + KEY.enter);
    expect(rows.slice(-2)).toEqual(['/app # exit', HOST]);
    expect(t.driver.session).toBe(t.machine.host);
    rows = await t.type('docker diff t1' + KEY.enter);
    expect(rows).toContain('A /tmp/a');
  });

  it('tells after every command line, in the host shell and in a container shell', async () => {
    const finished: string[] = [];
    const t = rig('', (line) => finished.push(line));
    await t.type('docker run -d --name t3 diamol/ch06-todo-list' + KEY.enter);
    expect(finished).toEqual(['docker run -d --name t3 diamol/ch06-todo-list']);
    await t.type('docker exec -it t3 sh' + KEY.enter, '/app # ');
    await t.type('rm /app/ToDoList.dll' + KEY.enter, '/app # ');
    expect(finished.at(-1)).toBe('rm /app/ToDoList.dll');
    await t.type('exit' + KEY.enter);
    expect(finished.slice(1)).toEqual(['rm /app/ToDoList.dll', 'exit', 'docker exec -it t3 sh']);
  });

  it('Ctrl-D leaves a container shell; the host shell ignores it', async () => {
    const t = rig();
    await t.type('docker run -d --name t2 diamol/ch06-todo-list' + KEY.enter);
    await t.type('docker exec -it t2 sh' + KEY.enter, '/app # ');
    let rows = await t.type(KEY.ctrl('d'));
    expect(rows.at(-1)).toBe(HOST);
    rows = await t.type(KEY.ctrl('d'));
    expect(rows.slice(-2)).toEqual(['Use "exit" to leave the shell.', HOST]);
  });

  it('keeps history per shell and clears the screen for `clear`', async () => {
    const t = rig();
    await t.type('echo one' + KEY.enter);
    expect(await t.type(KEY.up, `${HOST}echo one`)).toBeTruthy();
    const rows = await t.type(KEY.ctrl('u') + 'clear' + KEY.enter);
    expect(rows).toEqual([HOST]);
  });

  it('says so when the host shell exits', async () => {
    const t = rig();
    const rows = await t.type('exit' + KEY.enter, /다시 시작합니다/);
    expect(rows.join('\n')).toContain(HOST_EXITED.trim());
  });
});
