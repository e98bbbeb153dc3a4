import { describe, expect, it } from 'vitest';
import { bashLines, checkRunnable } from './runnable';

describe('checkRunnable', () => {
  it('reads the lines of bash fences only, with their line numbers', () => {
    const src = '글\n```bash\ndocker ps\n\n```\n```text\nnot a command\n```\n';
    expect(bashLines(src)).toEqual([{ line: 'docker ps', number: 3 }]);
  });

  it('flags unknown commands, unknown flags and syntax errors, not errors shown on purpose', async () => {
    const src = [
      '```bash',
      'docker container rm f1',
      'dockr ps',
      'docker run --nope diamol/base true',
      'echo "unclosed',
      'docker volume ls',
      '```',
    ].join('\n');
    const problems = await checkRunnable('page.mdx', src);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5]);
  });
});
