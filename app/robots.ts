import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/components/site/metadata';

export const dynamic = 'force-static';

/** /robots.txt: everything may be crawled; the sitemap lists the pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: new URL('sitemap.xml', SITE_URL).href,
  };
}
