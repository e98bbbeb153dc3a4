/**
 * Content rules for the notes (run by `npm run check:content`):
 * - one MDX file per section in content/sections.ts, no strays;
 * - no `#` h1 (the layout renders the title), every other heading has an explicit ASCII id,
 *   unique within its page;
 * - content files never import or export, and use only the registry's tags;
 * - every `<Playground scenario>` names a catalog entry, every entry is used exactly once, and in
 *   an exercise section every `##` subsection has one;
 * - nothing is loaded from another host (images, iframes, scripts, styles).
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
  }

  for (const { line, number } of proseLines(file.source)) {
    if (/^\s*(import|export)\s/.test(line)) report(number, 'content files never import or export; use a registry tag');
    for (const m of line.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
      if (!allowedTags.includes(m[1] ?? '')) report(number, `unknown tag <${m[1]}>: not in the MDX registry`);
    }
    if (EXTERNAL_LOAD.test(line) || MARKDOWN_REMOTE_IMAGE.test(line))
      report(number, 'loads a resource from another host; the site serves everything itself');
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
