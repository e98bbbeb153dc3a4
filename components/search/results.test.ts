import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from './pagefind';
import { excerptParts, tokens, toGroups } from './results';

/** A page as Pagefind returns it: `locations` index the whitespace-separated words of content. */
function page(content: string, subs: Array<[string, string, string[]]>): PagefindResultData {
  const words = content.split(/\s+/);
  const sub_results: PagefindSubResult[] = subs.map(([url, title, matched]) => ({
    url,
    title,
    excerpt: `${title} <mark>x</mark>`,
    locations: matched.map((w) => words.indexOf(w)),
  }));
  return { url: '/p/', content, excerpt: '', meta: { title: 'Page' }, sub_results };
}

describe('excerptParts', () => {
  it('keeps marks as marked runs and decodes what Pagefind escaped', () => {
    expect(excerptParts('a &lt;b&gt; <mark>레이어는</mark> &amp; c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '레이어는', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  it('never passes other tags through as markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>hi')).toEqual([{ text: 'hi', mark: false }]);
  });
});

describe('tokens', () => {
  it('splits a Korean word with its English original in parentheses', () => {
    expect(tokens('복사(copy-on-write)라는')).toEqual(['복사', 'copy', 'on', 'write', '라는']);
  });
});

describe('toGroups', () => {
  const content =
    '소개 기록 가능 레이어 기록 가능 레이어 ' +
    '본문 기록 중 복사(copy-on-write)라는 방법 화이트아웃(whiteout) ' +
    '실습 docker diff f1 중요한가요?';
  const data = page(content, [
    ['/p/', 'Page', ['기록', '레이어']],
    ['/p/#cow', '기록 중 복사', ['기록', '중', '복사(copy-on-write)라는']],
    ['/p/#diff', 'docker diff', ['docker', 'diff', '중요한가요?']],
  ]);

  it('puts the subsection with the whole phrase first', () => {
    const [group] = toGroups([data], '기록 중 복사');
    expect(group?.hits.map((h) => h.url)).toEqual(['/p/#cow', '/p/#diff', '/p/']);
  });

  it('finds an English original inside a Korean word', () => {
    expect(toGroups([data], 'copy-on-write')[0]?.hits[0]?.url).toBe('/p/#cow');
    expect(toGroups([data], 'copy on write')[0]?.hits[0]?.url).toBe('/p/#cow');
  });

  it('ranks a command by its words in order', () => {
    expect(toGroups([data], 'docker diff')[0]?.hits[0]?.url).toBe('/p/#diff');
  });

  it('shows at most maxPerPage subsections, and the page itself when it has none', () => {
    expect(toGroups([data], '기록', 1)[0]?.hits).toHaveLength(1);
    const bare = { ...data, sub_results: [], excerpt: '<mark>x</mark>' };
    expect(toGroups([bare], 'x')[0]?.hits).toEqual([
      { url: '/p/', title: 'Page', excerpt: [{ text: 'x', mark: true }] },
    ]);
  });
});

describe('toGroups: the subsection that teaches an English term', () => {
  it('prefers the words of the query as words over the same words inside a path', () => {
    const content =
      '마운트 ./ch06/exercises/bind-mount diamol/ch06-bind-mount diamol/ch06-bind-mount ' +
      '바인드 마운트 (bind mount)입니다.';
    const data = page(content, [
      [
        '/p/#mount-hides-directory',
        '마운트가 가리는 내용',
        ['./ch06/exercises/bind-mount', 'diamol/ch06-bind-mount'],
      ],
      ['/p/#what-is-a-mount', '바인드 마운트', ['(bind', 'mount)입니다.']],
    ]);
    // Two of the path, one of the gloss: without the split the path would win by count.
    data.sub_results[0]!.locations = [1, 2, 3];
    expect(toGroups([data], 'bind mount')[0]?.hits[0]?.url).toBe('/p/#what-is-a-mount');
    expect(toGroups([data], 'bind-mount')[0]?.hits[0]?.url).toBe('/p/#mount-hides-directory');
  });

  it('prefers the subsection named after the term when the introduction glosses it too', () => {
    const content = '소개 복사 (copy-on-write)를 본문 복사 (copy-on-write)라는 방법';
    const data = page(content, [
      ['/p/', 'Page', ['(copy-on-write)를']],
      ['/p/#copy-on-write', '읽기 전용 레이어의 파일 고치기', ['(copy-on-write)라는']],
    ]);
    expect(toGroups([data], 'copy-on-write')[0]?.hits[0]?.url).toBe('/p/#copy-on-write');
  });
});

describe('toGroups across pages', () => {
  it('lists the teaching pages before the glossary and the references, keeping their order', () => {
    const at = (url: string): PagefindResultData => ({
      ...page('copy-on-write', [[`${url}#x`, 'x', ['copy-on-write']]]),
      url,
    });
    const urls = toGroups(
      [at('/glossary/'), at('/container-state/'), at('/references/'), at('/container-filesystem/')],
      'copy-on-write',
    ).map((g) => g.url);
    expect(urls).toEqual([
      '/container-state/',
      '/container-filesystem/',
      '/glossary/',
      '/references/',
    ]);
  });
});
