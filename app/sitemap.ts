import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/components/site/metadata';
import { sitePages } from '@/components/site/pages';

export const dynamic = 'force-static';

/** /sitemap.xml: every page, from the section list (content/sections.ts) and the fixed pages. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages.map((page) => ({
    url: new URL(page.path.slice(1), SITE_URL).href,
    changeFrequency: 'monthly',
    priority: page.path === '/' ? 1 : 0.8,
  }));
}
