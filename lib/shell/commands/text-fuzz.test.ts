import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../testing';
import { MAX_OUTPUT_BYTES } from '../io';
import { translateRegex } from '../util/text/regex';
import { fixtureFs } from '../util/text/replay';
import { textCommands } from './text-family';

const files = { 'a.txt': 'hello\nworld\nfoo bar\n', 'b.txt': 'x\ny\n', d: null };

/** Words learners (and typos) produce: options, regex and printf syntax, paths, unicode. */
const word = fc.oneof(
  fc.constantFrom('-n', '-c', '-e', '-E', '-i', '-v', '-k2', '-t:', '-d', '-f', '-s', '-r'),
  fc.constantFrom('a.txt', 'b.txt', 'd', 'nosuch', '-', '--', '%d', '%s', '%', '\\', '[', '(', '*'),
  fc.constantFrom('s/a/b/', 's/(a+)+$/x/g', 'p;p', '1,$d', '\\(', 'x\\{2,', '[[:alpha:]]', 'a-z'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

describe('text commands never throw and always finish with a status', () => {
  it.each(
    textCommands.filter((c) => c.name !== 'xargs' && c.name !== 'env').map((c) => [c.name, c]),
  )('%s', async (_, command) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(word, { maxLength: 5 }),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('bash', 'busybox'),
        async (args, stdin, flavor) => {
          const r = await runCommand(command, args, {
            fs: fixtureFs(files, false),
            cwd: '/w',
            flavor: flavor as 'bash' | 'busybox',
            stdin,
          });
          expect(Number.isInteger(r.exitCode)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('regex translation', () => {
  it('yields a valid JS RegExp or a GNU error for any BRE/ERE', () => {
    const meta = fc.constantFrom(
      ...'ab^$.*+?()[]{}|\\-,:1209 '.split(''),
      '[:alpha:]',
      '\\(',
      '\\{',
    );
    fc.assert(
      fc.property(fc.array(meta, { maxLength: 12 }), fc.boolean(), (parts, extended) => {
        const r = translateRegex(parts.join(''), { extended });
        if (r.ok) expect(() => new RegExp(r.source, 'gs')).not.toThrow();
        else expect(r.error).toMatch(/^[A-Z]/);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('bounds', () => {
  const run = (name: string, args: string[], stdin = '') =>
    runCommand(
      textCommands.find((c) => c.name === name)!,
      args,
      { stdin },
    );

  it('nested quantifiers are rewritten and cannot backtrack exponentially', async () => {
    const r = await run('grep', ['-E', '(a+)+b'], `${'a'.repeat(5000)}c\naab\n`);
    expect(r).toMatchObject({ stdout: 'aab\n', exitCode: 0 });
  });

  it('a sed loop that never ends is stopped with a message', async () => {
    const r = await run('sed', [':a;s/^/x/;ba'], 'a\n');
    expect(r).toMatchObject({
      stdout: '',
      stderr: "sed: couldn't finish: the script keeps looping (stopped by the simulator)\n",
      exitCode: 1,
    });
  });

  it('a huge field width is capped just past the 1 MiB a command may print', async () => {
    // The session cuts the output there and reports a full disk (shell.test.ts, limits).
    const r = await run('printf', ['%999999999d', '1']);
    expect(r.stdout.length).toBe(MAX_OUTPUT_BYTES + 1);
  });
});
