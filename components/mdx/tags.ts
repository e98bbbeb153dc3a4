/** The JSX tags MDX content may use; the registry maps each to a component. */
export const mdxTagNames = [
  'Callout',
  'DeepDive',
  'Figure',
  'Playground',
  'StorageDiagram',
] as const;
export type MdxTagName = (typeof mdxTagNames)[number];
