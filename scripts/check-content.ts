/** `npm run check:content`: lints content/*.mdx against the rules in scripts/content/check.ts. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { sections } from '../content/sections';
import { mdxTagNames } from '../components/mdx/tags';
import { scenarioCatalog } from '../lib/exercises/catalog';
import {
  checkFile,
  checkScenarios,
  termProblems,
  type ContentFile,
  type Problem,
} from './content/check';
import { scenarios } from '../lib/exercises/scenarios';
import { checkRunnable } from './content/runnable';

const problems: Problem[] = [];
const files: ContentFile[] = [];
for (const section of sections) {
  const path = `content/${section.slug}.mdx`;
  if (!existsSync(path)) {
    problems.push({
      file: path,
      line: 1,
      message: `missing: content/sections.ts lists "${section.slug}"`,
    });
    continue;
  }
  files.push({
    slug: section.slug,
    source: readFileSync(path, 'utf8'),
    exercises: section.exercises,
  });
}
for (const name of readdirSync('content').filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))) {
  if (!sections.some((s) => `${s.slug}.mdx` === name))
    problems.push({
      file: `content/${name}`,
      line: 1,
      message: 'not listed in content/sections.ts',
    });
}
for (const file of files) problems.push(...checkFile(file, mdxTagNames));
for (const s of scenarios) {
  const texts = [
    s.title,
    ...s.goals.flatMap((g) => [g.label, g.hint]),
    ...s.hints.map((h) => h.text),
    ...s.wrongAnswers.map((w) => w.explanation),
    ...(s.notices ?? []).map((n) => n.text),
  ];
  for (const message of texts.flatMap(termProblems))
    problems.push({ file: `lib/exercises/scenarios (${s.id})`, line: 1, message });
}
for (const file of files)
  problems.push(...(await checkRunnable(`content/${file.slug}.mdx`, file.source)));
problems.push(
  ...checkScenarios(
    files,
    scenarioCatalog.map((s) => s.id),
  ),
);

for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} content problem(s).`);
  process.exit(1);
}
const headings = files.reduce((n, f) => n + (f.source.match(/\{\/\*/g)?.length ?? 0), 0);
console.log(
  `content ok: ${files.length} pages, ${headings} heading ids, ${scenarioCatalog.length} scenarios`,
);
