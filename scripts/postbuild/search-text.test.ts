import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { HAIR_SPACE, separateGlosses } from './search-text.mjs';

describe('separateGlosses: English glosses glued to Korean start a word of their own', () => {
  it('separates a gloss after bold Korean text, and after plain Korean text', () => {
    expect(separateGlosses('<strong>기록 중 복사</strong>(copy-on-write)를')).toBe(
      `<strong>기록 중 복사</strong>${HAIR_SPACE}(copy-on-write)를`,
    );
    expect(separateGlosses('읽기 전용(--read-only)인 공유(/mnt/nfs)에 하나(123.txt)를')).toBe(
      `읽기 전용${HAIR_SPACE}(--read-only)인 공유${HAIR_SPACE}(/mnt/nfs)에 하나${HAIR_SPACE}(123.txt)를`,
    );
    expect(separateGlosses('경로(<code>/data</code>)에')).toBe(
      `경로${HAIR_SPACE}(<code>/data</code>)에`,
    );
  });

  it('leaves Korean in parentheses, English before them and spaced glosses alone', () => {
    for (const text of ['레이어(읽기 전용)', 'docker(1)', '복사 (copy-on-write)', '(copy-up)'])
      expect(separateGlosses(text)).toBe(text);
  });

  it('uses a character Pagefind splits words at and that a page would not otherwise hold', () => {
    expect(/^\s$/u.test(HAIR_SPACE)).toBe(true);
    expect('복사\u200A(copy-on-write)를'.split(/\s+/)).toEqual(['복사', '(copy-on-write)를']);
  });
});
