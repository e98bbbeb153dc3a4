/**
 * Content rules for the notes (run by `npm run check:content`):
 * - one MDX file per section in content/sections.ts, no strays;
 * - no `#` h1 (the layout renders the title), every other heading has an explicit ASCII id,
 *   unique within its page;
 * - content files never import or export, and use only the registry's tags;
 * - every `<Playground scenario>` names a catalog entry, every entry is used exactly once, and in
 *   an exercise section every `##` subsection has one;
 * - nothing is loaded from another host (images, iframes, scripts, styles);
 * - one term per idea: words the style guide replaced are not used again (TERMS);
 * - one heading voice: headings are noun phrases, never questions or sentences (-다, -요).
 */
import { parseHeadings, parsePlaygrounds } from '../../lib/content';
import { proseLines } from '../../lib/content/fences';

export interface ContentFile {
  slug: string;
  source: string;
  exercises: boolean;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One term per idea, no translationese: each pattern names what to write instead. Layers are
 * 위쪽/아래쪽 by their place in the stack (Dockerfile steps are 앞/뒤 단계), and the layer view's
 * parts are named as it labels them (it shows no "띠").
 */
export const TERMS: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /(후속|나중|최근|이전) 레이어/, use: '위쪽 레이어 / 아래쪽 레이어' },
  { pattern: /애플리케이션에게/, use: '애플리케이션에 / 애플리케이션 눈에는' },
  { pattern: /업데이트 간/, use: '업데이트를 거쳐도' },
  { pattern: /비용이 비싼/, use: '오래 걸리는 / 비싼' },
  { pattern: /이깁니다|이기므로/, use: '…의 것이 보입니다' },
  { pattern: /띠/, use: '레이어 보기가 붙인 이름 (마운트, 기록 가능 레이어)' },
  { pattern: /쓰기 가능 레이어|컨테이너 레이어/, use: '기록 가능 레이어' },
];

/** Problems for every TERMS pattern found in `text` (one line of prose). */
export function termProblems(text: string): string[] {
  return TERMS.filter((t) => t.pattern.test(text)).map(
    (t) => `"${text.match(t.pattern)![0]}": write ${t.use}`,
  );
}
const EXTERNAL_LOAD =
  /<(img|iframe|script|link|video|audio|source|embed|object)\b[^>]*\b(src|href|srcset|data)\s*=\s*["']?\s*(https?:)?\/\//i;
const MARKDOWN_REMOTE_IMAGE = /!\[[^\]]*\]\(\s*(https?:)?\/\//;

export function checkFile(file: ContentFile, allowedTags: readonly string[]): Problem[] {
  const name = `content/${file.slug}.mdx`;
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file: name, line, message });

  const seen = new Map<string, number>();
  for (const h of parseHeadings(file.source)) {
    if (h.depth === 1) report(h.line, 'no "#" h1 in content: the page title comes from content/sections.ts');
    else if (h.id === null) report(h.line, `heading "${h.text}" has no id: add {/*ascii-id*/}`);
    else if (!ID.test(h.id)) report(h.line, `heading id "${h.id}" must be lowercase ASCII words joined by "-"`);
    else if (seen.has(h.id)) report(h.line, `heading id "${h.id}" is already used on line ${seen.get(h.id)}`);
    if (h.id) seen.set(h.id, h.line);
    if (/(\?|다|요)$/.test(h.text.trim()))
      report(h.line, `heading "${h.text}" is a question or a sentence: write a noun phrase`);
  }

  for (const { line, number } of proseLines(file.source)) {
    if (/^\s*(import|export)\s/.test(line)) report(number, 'content files never import or export; use a registry tag');
    for (const m of line.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
      if (!allowedTags.includes(m[1] ?? '')) report(number, `unknown tag <${m[1]}>: not in the MDX registry`);
    }
    if (EXTERNAL_LOAD.test(line) || MARKDOWN_REMOTE_IMAGE.test(line))
      report(number, 'loads a resource from another host; the site serves everything itself');
    for (const message of termProblems(line)) report(number, message);
  }

  if (file.exercises) problems.push(...checkSubsectionsHavePlaygrounds(file, name));
  return problems;
}

function checkSubsectionsHavePlaygrounds(file: ContentFile, name: string): Problem[] {
  const subsections = parseHeadings(file.source).filter((h) => h.depth === 2);
  const tags = parsePlaygrounds(file.source);
  const problems: Problem[] = [];
  if (subsections.length === 0) problems.push({ file: name, line: 1, message: 'an exercise section needs "##" subsections' });
  subsections.forEach((h, i) => {
    const end = subsections[i + 1]?.line ?? Infinity;
    if (!tags.some((t) => t.line > h.line && t.line < end))
      problems.push({ file: name, line: h.line, message: `subsection "${h.text}" has no <Playground scenario="..." />` });
  });
  return problems;
}

/** Every scenario named in MDX exists; every catalog entry is used by exactly one tag. */
export function checkScenarios(files: ContentFile[], catalogIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const uses = new Map<string, string[]>();
  for (const file of files) {
    for (const tag of parsePlaygrounds(file.source)) {
      const where = `content/${file.slug}.mdx`;
      if (tag.scenario === null) {
        problems.push({ file: where, line: tag.line, message: '<Playground> needs a scenario="..." attribute' });
      } else if (!catalogIds.includes(tag.scenario)) {
        problems.push({ file: where, line: tag.line, message: `unknown scenario "${tag.scenario}": add it to lib/exercises/catalog.ts` });
      } else {
        uses.set(tag.scenario, [...(uses.get(tag.scenario) ?? []), `${where}:${tag.line}`]);
      }
    }
  }
  for (const id of catalogIds) {
    const used = uses.get(id) ?? [];
    if (used.length === 0) problems.push({ file: 'lib/exercises/catalog.ts', line: 1, message: `scenario "${id}" is not used by any page` });
    if (used.length > 1) problems.push({ file: 'lib/exercises/catalog.ts', line: 1, message: `scenario "${id}" is used ${used.length} times: ${used.join(', ')}` });
  }
  return problems;
}
