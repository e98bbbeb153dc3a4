import { describe, expect, it } from 'vitest';
import { hostFs, runCommand } from '../testing';
import { cat } from './cat';

function fs() {
  const f = hostFs();
  f.writeFile('/a.txt', 'hello\n');
  f.mkdir('/dir');
  return f;
}

describe('cat', () => {
  it('prints files and stdin in order', async () => {
    const r = await runCommand(cat, ['/a.txt', '-', '/a.txt'], { fs: fs(), stdin: 'in\n' });
    expect(r).toEqual({
      stdout: 'hello\nin\nhello\n',
      stderr: '',
      output: 'hello\nin\nhello\n',
      exitCode: 0,
    });
  });

  it.each([
    ['bash', 'nosuch', 'cat: nosuch: No such file or directory\n'],
    ['bash', '/dir', 'cat: /dir: Is a directory\n'],
    ['busybox', 'nosuch', "cat: can't open 'nosuch': No such file or directory\n"],
    ['busybox', '/dir', 'cat: read error: Is a directory\n'],
  ] as const)('%s: cat %s', async (flavor, arg, stderr) => {
    const r = await runCommand(cat, [arg, '/a.txt'], { fs: fs(), flavor });
    expect(r).toMatchObject({ stdout: 'hello\n', stderr, exitCode: 1 });
  });
});
