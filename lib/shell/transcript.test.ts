import { describe, expect, it } from 'vitest';
import { entries, transcript, type LineRunner } from './transcript';

/** Records what it was asked to run and answers with a fixed output. */
function fakeRunner(): LineRunner & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    exec: (line) => {
      seen.push(line);
      return Promise.resolve({ output: `ran ${line.split('\n').length} line(s)`, exitCode: 3 });
    },
  };
}

describe('transcript', () => {
  it('joins `> ` continuation lines into one command and prints them as a terminal does', async () => {
    const runner = fakeRunner();
    const text = await transcript(runner, ['cat <<EOF', '> a  b', '>', '> EOF', 'echo x']);
    expect(runner.seen).toEqual(['cat <<EOF\na  b\n\nEOF', 'echo x']);
    expect(text).toBe(
      '$ cat <<EOF\n> a  b\n>\n> EOF\nran 4 line(s)\n[exit 3]\n\n$ echo x\nran 1 line(s)\n[exit 3]\n\n',
    );
  });

  it('keeps one-line files as they were: notes copied, blank lines skipped', async () => {
    const runner = fakeRunner();
    const text = await transcript(runner, ['# note', '', 'true']);
    expect(text).toBe('# note\n$ true\nran 1 line(s)\n[exit 3]\n\n');
  });

  it('a `> ` line with no command before it (after a note or blank line) is a command', () => {
    expect(entries(['# n', '> out.txt', '', '> x'])).toEqual([
      { note: '# n' },
      { lines: ['> out.txt'], command: '> out.txt' },
      { lines: ['> x'], command: '> x' },
    ]);
  });

  it('keeps tabs and spaces after the `> ` marker', () => {
    expect(entries(['cat <<-E', '> \tx', '>   y', '> \tE'])).toEqual([
      { lines: ['cat <<-E', '> \tx', '>   y', '> \tE'], command: 'cat <<-E\n\tx\n  y\n\tE' },
    ]);
  });
});
