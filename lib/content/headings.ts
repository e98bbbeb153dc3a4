import { proseLines } from './fences';

export interface Heading {
  /** 2 for `##`, 3 for `###`, ... */
  depth: number;
  /** Heading text without the id comment, as the reader sees it. */
  text: string;
  /** The explicit id from `{/*id*\/}`, or null when the heading has none. */
  id: string | null;
  /** 1-based line number in the source. */
  line: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const ID_SUFFIX = /\s*\{\/\*\s*([^*]*?)\s*\*\/\}\s*$/;

export function parseHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  for (const { line, number } of proseLines(source)) {
    const match = HEADING.exec(line);
    if (!match) continue;
    const raw = match[2] ?? '';
    const idMatch = ID_SUFFIX.exec(raw);
    headings.push({
      depth: (match[1] ?? '').length,
      text: stripInlineMarkdown(idMatch ? raw.slice(0, idMatch.index) : raw),
      id: idMatch ? (idMatch[1] ?? '') : null,
      line: number,
    });
  }
  return headings;
}

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}
