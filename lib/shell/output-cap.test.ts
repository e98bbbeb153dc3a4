import { describe, expect, it } from 'vitest';
import { createHostSession } from '../machine';
import { standardCommands } from './commands';
import { MAX_OUTPUT_BYTES } from './io';

// One cap for every command's output to the terminal (io.ts): past it the rest is dropped and
// the command reports a full disk, whether it is a file command or a text command.
describe('the per-command output cap', () => {
  const session = () => createHostSession(standardCommands);

  it.each([
    ['sed', "seq 1 100000 | sed 's/$/ padding to make the lines longer/'"],
    ['grep', "seq 1 100000 | sed 's/$/ padding to make the lines longer/' > /tmp/l; grep a /tmp/l"],
    ['cat', "seq 1 100000 | sed 's/$/ padding to make the lines longer/' > /tmp/l; cat /tmp/l"],
  ])('%s: cut at 1 MiB with a write error, status 1', async (name, line) => {
    const r = await session().exec(line);
    expect(r.stdout.length).toBe(MAX_OUTPUT_BYTES);
    expect(r.stderr).toBe(`${name}: write error: No space left on device\n`);
    expect(r.exitCode).toBe(1);
  });

  it('a pipe takes more than the terminal cap: the reader sees it all', async () => {
    const r = await session().exec(
      "seq 1 100000 | sed 's/$/ padding to make the lines longer/' | wc -c",
    );
    // 488,895 digits of 1..100000, plus 100,000 times 33 characters of padding and a newline.
    expect(r).toMatchObject({ stdout: '3888895\n', stderr: '', exitCode: 0 });
  });
});
