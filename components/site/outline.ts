import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sections, type Section } from '@/content/sections';
import { parseHeadings, type Heading } from '@/lib/content';

export interface SectionOutline extends Section {
  /** The page's `##` and `###` headings that carry an id, in order. */
  headings: (Heading & { id: string })[];
}

/** Runs at build time only (the export is static): reads each section's MDX source once. */
export function readOutline(): SectionOutline[] {
  return sections.map((section) => {
    const source = readFileSync(join(process.cwd(), 'content', `${section.slug}.mdx`), 'utf8');
    const headings = parseHeadings(source).filter(
      (h): h is Heading & { id: string } => h.id !== null && (h.depth === 2 || h.depth === 3),
    );
    return { ...section, headings };
  });
}
