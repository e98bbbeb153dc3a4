import type { MDXComponents } from 'mdx/types';
import type { MdxTagName } from './tags';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { DeepDive } from './DeepDive';
import { Figure } from './Figure';
import { H2, H3, H4 } from './Heading';
import { Playground } from './Playground';
import { StorageDiagram } from './StorageDiagram';
import { Table } from './Table';

/**
 * Every tag the notes may use. Content authors write `<Playground scenario="..." />`,
 * `<Callout kind="note">...</Callout>` and `<StorageDiagram />`; Markdown elements that need more
 * than default HTML (anchored headings, code blocks with a copy button, scrollable tables) are
 * mapped here too.
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  pre: CodeBlock,
  table: Table,
  Callout,
  DeepDive,
  Figure,
  Playground,
  StorageDiagram,
} satisfies MDXComponents & Record<MdxTagName, unknown>;
