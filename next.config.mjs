import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

const local = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The site is a static export: `next build` writes plain files to out/ that any static host or CDN
 * can serve. `trailingSlash` makes every route a folder with an index.html, which every static host
 * understands without rewrite rules.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx'],
  reactStrictMode: true,
  poweredByHeader: false,
};

// Turbopack passes loader options across workers, so plugins are named by module path, not imported.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', local('./scripts/mdx/remark-heading-id.mjs')],
    rehypePlugins: [
      [
        '@shikijs/rehype',
        {
          themes: { light: 'github-light-default', dark: 'github-dark-default' },
          defaultColor: 'light',
          addLanguageClass: true,
          langs: ['bash', 'shell', 'dockerfile', 'json', 'text', 'powershell'],
        },
      ],
    ],
  },
});

export default withMDX(nextConfig);
