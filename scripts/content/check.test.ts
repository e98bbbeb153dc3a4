import { describe, expect, it } from 'vitest';
import { checkFile, checkScenarios, type ContentFile } from './check';

const tags = ['Callout', 'DeepDive', 'Figure', 'Playground', 'StorageDiagram'];
const file = (source: string, exercises = true): ContentFile => ({ slug: 'page', source, exercises });
const messages = (f: ContentFile) => checkFile(f, tags).map((p) => `${p.line}: ${p.message}`);

describe('checkFile', () => {
  it('accepts a well-formed exercise section', () => {
    const src = '소개.\n\n## 볼륨 {/*volume*/}\n\n본문.\n\n<Playground scenario="a" />\n';
    expect(messages(file(src))).toEqual([]);
  });

  it('rejects headings without ids, bad ids, duplicates and h1', () => {
    const src = '# 제목\n## 하나\n## 둘 {/*Two_Words*/}\n## 셋 {/*same*/}\n### 넷 {/*same*/}\n';
    expect(messages(file(src, false))).toEqual([
      '1: no "#" h1 in content: the page title comes from content/sections.ts',
      '2: heading "하나" has no id: add {/*ascii-id*/}',
      '3: heading id "Two_Words" must be lowercase ASCII words joined by "-"',
      '5: heading id "same" is already used on line 4',
    ]);
  });

  it('rejects imports, unknown tags and resources from other hosts', () => {
    const src = [
      "import X from './x'",
      '<Sandpack />',
      '<img src="https://github.com/a.png" />',
      '![그림](//cdn.example.com/a.png)',
      '[링크는 괜찮습니다](https://docs.docker.com/)',
    ].join('\n');
    expect(messages(file(src, false))).toEqual([
      '1: content files never import or export; use a registry tag',
      '2: unknown tag <Sandpack>: not in the MDX registry',
      '3: loads a resource from another host; the site serves everything itself',
      '4: loads a resource from another host; the site serves everything itself',
    ]);
  });

  it('keeps one term per idea: replaced words are reported with what to write', () => {
    const src = '나중 레이어가 이깁니다.\n\n```text\n띠 in a code block is fine\n```\n위쪽 레이어의 것이 보입니다.\n';
    expect(messages(file(src, false))).toEqual([
      '1: "나중 레이어": write 위쪽 레이어 / 아래쪽 레이어',
      '1: "이깁니다": write …의 것이 보입니다',
    ]);
  });

  it('keeps one heading voice: noun phrases, no questions or sentences', () => {
    const src = '## 볼륨이 뭐야? {/*a*/}\n## 마운트는 가린다 {/*b*/}\n## 볼륨 정리하기 {/*c*/}\n';
    expect(messages(file(src, false))).toEqual([
      '1: heading "볼륨이 뭐야?" is a question or a sentence: write a noun phrase',
      '2: heading "마운트는 가린다" is a question or a sentence: write a noun phrase',
    ]);
  });

  it('requires a playground in every subsection of an exercise section', () => {
    const src = '## 하나 {/*one*/}\n<Playground scenario="a" />\n## 둘 {/*two*/}\n본문\n';
    expect(messages(file(src))).toEqual(['3: subsection "둘" has no <Playground scenario="..." />']);
  });
});

describe('checkScenarios', () => {
  it('flags unknown, unused, missing and doubly used scenarios', () => {
    const files = [
      file('<Playground scenario="a" />\n<Playground scenario="nope" />\n<Playground />'),
      file('<Playground scenario="a" />'),
    ];
    expect(checkScenarios(files, ['a', 'b']).map((p) => p.message)).toEqual([
      'unknown scenario "nope": add it to lib/exercises/catalog.ts',
      '<Playground> needs a scenario="..." attribute',
      'scenario "a" is used 2 times: content/page.mdx:1, content/page.mdx:1',
      'scenario "b" is not used by any page',
    ]);
  });
});
