import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx/registry';

// Required by @next/mdx with the App Router. The registry is the one contract between the MDX
// content and the UI: content files never import anything.
export function useMDXComponents(components?: MDXComponents): MDXComponents {
  return { ...components, ...mdxComponents };
}
