/**
 * Reading the notes' MDX source without compiling it: headings with their explicit ids and the
 * playground tags. Pure string processing, shared by the pages (sidebar, on-page table of contents)
 * and by the content checks, so both see exactly the same structure.
 *
 * Invariant: lines inside fenced code blocks are never taken for headings or tags.
 */
export { parseHeadings, type Heading } from './headings';
export { parsePlaygrounds, type PlaygroundTag } from './playgrounds';
