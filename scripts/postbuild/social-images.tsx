/**
 * Writes each page's social preview image to out/og/<name>.png (the pages' Open Graph and
 * Twitter metadata point there; components/site/metadata.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePages } from '../../components/site/pages';
import { socialImagePath } from '../../components/site/metadata';
import { renderSocialCard } from './social-card';

export async function run(outDir: string): Promise<string> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  let bytes = 0;
  for (const page of sitePages) {
    const png = await renderSocialCard(page);
    writeFileSync(join(outDir, socialImagePath(page.name)), png);
    bytes += png.length;
  }
  return `${sitePages.length} title cards, ${Math.round(bytes / 1024)} KB in ${outDir}/og/`;
}
