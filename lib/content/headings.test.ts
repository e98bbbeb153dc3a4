import { describe, expect, it } from 'vitest';
import { parseHeadings, parsePlaygrounds } from './index';

describe('parseHeadings', () => {
  it('reads depth, text and the explicit id', () => {
    const src = '## 도커 볼륨이 뭐야? {/*what-is-a-volume*/}\n\n### `VOLUME` 인스트럭션 {/* volume-instruction */}\n';
    expect(parseHeadings(src)).toEqual([
      { depth: 2, text: '도커 볼륨이 뭐야?', id: 'what-is-a-volume', line: 1 },
      { depth: 3, text: 'VOLUME 인스트럭션', id: 'volume-instruction', line: 3 },
    ]);
  });

  it('reports a heading without an id as null', () => {
    expect(parseHeadings('## 마운트의 한계점')[0]?.id).toBeNull();
  });

  it('ignores "#" lines inside fenced code blocks', () => {
    const src = '```bash\n# a shell comment\n## not a heading\n```\n## 진짜 제목 {/*real*/}\n~~~\n# also code\n~~~\n';
    expect(parseHeadings(src).map((h) => h.id)).toEqual(['real']);
  });

  it('does not end a fence on a shorter or different marker', () => {
    const src = '````md\n```\n## inside\n````\n## outside {/*out*/}';
    expect(parseHeadings(src).map((h) => h.text)).toEqual(['outside']);
  });
});

describe('parsePlaygrounds', () => {
  it('finds scenario attributes with their lines, not in code', () => {
    const src = 'text\n<Playground scenario="bind-mount" />\n```mdx\n<Playground scenario="x" />\n```\n<Playground />';
    expect(parsePlaygrounds(src)).toEqual([
      { scenario: 'bind-mount', line: 2 },
      { scenario: null, line: 6 },
    ]);
  });
});
