/** The JSX tags MDX content may use; the registry maps each to a component. */
export const mdxTagNames = ['Callout', 'DeepDive', 'Playground', 'StorageDiagram'] as const;
export type MdxTagName = (typeof mdxTagNames)[number];
