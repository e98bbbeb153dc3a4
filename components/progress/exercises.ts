/**
 * Which exercises each page holds, read from the notes' MDX at build time (server components
 * only: the sidebar and the home page pass the ids on to the client islands).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sections } from '@/content/sections';
import { parseHeadings, parsePlaygrounds } from '@/lib/content';

export interface PageExercises {
  /** Scenario ids in page order. */
  scenarios: string[];
  /** `##` heading id → the scenario of the playground that ends that subsection. */
  byHeading: Record<string, string>;
}

export function readPageExercises(): Record<string, PageExercises> {
  return Object.fromEntries(
    sections.map((section) => {
      const source = readFileSync(join(process.cwd(), 'content', `${section.slug}.mdx`), 'utf8');
      const headings = parseHeadings(source).filter((h) => h.depth === 2 && h.id);
      const page: PageExercises = { scenarios: [], byHeading: {} };
      for (const tag of parsePlaygrounds(source)) {
        if (!tag.scenario) continue;
        page.scenarios.push(tag.scenario);
        const heading = headings.filter((h) => h.line < tag.line).at(-1);
        if (heading?.id) page.byHeading[heading.id] = tag.scenario;
      }
      return [section.slug, page];
    }),
  );
}
