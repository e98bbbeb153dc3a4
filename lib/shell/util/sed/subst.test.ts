import { describe, expect, it } from 'vitest';
import { parseSed } from './parse';
import { replaceMatches } from './subst';

function s(script: string, ps: string): string | null {
  const [cmd] = parseSed(script, false, true);
  return replaceMatches(ps, cmd!.re!, cmd!);
}

describe('replaceMatches (s///)', () => {
  it.each([
    ['s/x*/-/g', 'x', '-'], // POSIX: no empty match right after a match (String.replace: "--")
    ['s/x*/-/g', 'abc', '-a-b-c-'],
    ['s/o/0/2', 'foo boo', 'fo0 boo'],
    ['s/o/0/2g', 'foo boo', 'fo0 b00'],
    ['s/\\(a\\)\\(b\\)/\\2\\1&/', 'ab', 'baab'],
  ])('%s on %j gives %j', (script, ps, out) => {
    expect(s(script, ps)).toBe(out);
  });

  it('says null when nothing matched, so t does not jump', () => {
    expect(s('s/z/y/', 'abc')).toBeNull();
  });
});
