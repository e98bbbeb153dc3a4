import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

const local = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * A digest of the MDX plugins' own code. Turbopack caches each compiled .mdx by its source and the
 * loader's options, not by the plugins' code, so a changed plugin would leave pages compiled by
 * the old one; passing the digest as an option makes it part of the cache key.
 */
const pluginsDigest = createHash('sha256')
  .update(
    readdirSync(local('./scripts/mdx/'))
      .filter((name) => name.endsWith('.mjs'))
      .sort()
      .map((name) => readFileSync(local(`./scripts/mdx/${name}`)))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 16);

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
    // Shiki, its token colours as classes (components/mdx/code-colors.css): scripts/mdx/rehype-code.mjs.
    rehypePlugins: [[local('./scripts/mdx/rehype-code.mjs'), { pluginsDigest }]],
  },
});

export default withMDX(nextConfig);
