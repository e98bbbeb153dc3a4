/**
 * Every page of the site with its path, title, description and social card: the one list the
 * sitemap, the pages' metadata and the social card renderer read (sections come from
 * content/sections.ts, in their order).
 */
import { sections } from '@/content/sections';
import { SITE_DESCRIPTION, SITE_TITLE, type SocialCard } from './metadata';

export interface SitePage extends SocialCard {
  path: string;
}

const KICKER = '도커 스토리지를 브라우저에서 배우기';

export const PLAYGROUND_DESCRIPTION =
  '책의 모든 이미지와 예제 파일이 준비된 브라우저 속 도커. 정해진 과제 없이 레이어와 볼륨, 마운트를 마음껏 실험해 보세요.';

export const sitePages: readonly SitePage[] = [
  {
    path: '/',
    name: 'home',
    kicker: '도커 교과서 6장 · 도커 볼륨과 마운트',
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
  },
  ...sections.map((s) => ({
    path: `/${s.slug}/`,
    name: s.slug,
    kicker: KICKER,
    title: s.title,
    description: s.description,
  })),
  {
    path: '/playground/',
    name: 'playground',
    kicker: KICKER,
    title: '자유 실습장',
    description: PLAYGROUND_DESCRIPTION,
  },
];

export function sitePage(path: string): SitePage {
  const page = sitePages.find((p) => p.path === path);
  if (!page) throw new Error(`no site page ${path}`);
  return page;
}
