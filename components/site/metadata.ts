/**
 * Page metadata from one place: the site's base URL (canonical links, Open Graph, sitemap), its
 * names, and each page's social preview image (a Korean title card that
 * scripts/postbuild/social-images.tsx renders at build time to out/og/<name>.png).
 *
 * The base URL is where the site is deployed: set SITE_URL when building
 * (`SITE_URL=https://example.org/ npm run build`). The default is a reserved example domain.
 */
import type { Metadata } from 'next';

export const SITE_URL = new URL(process.env.SITE_URL ?? 'https://layerlab.example/');
export const SITE_NAME = '레이어랩';
export const SITE_TITLE = '레이어랩: 도커 스토리지를 브라우저에서 배우기';
export const SITE_DESCRIPTION =
  '이미지 레이어, 기록 가능 레이어, 볼륨과 바인드 마운트까지. 도커가 데이터를 저장하는 방법을 한국어로 읽고, 브라우저 안의 실습으로 익힙니다.';

/** A page's social card: its file under /og/ and the text it shows. */
export interface SocialCard {
  name: string;
  kicker: string;
  title: string;
  description: string;
}

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

export function socialImagePath(name: string): string {
  return `/og/${name}.png`;
}

/**
 * Canonical URL, Open Graph and Twitter card for a page. `path` is the route with its trailing
 * slash (`/container-state/`); URLs are made absolute against SITE_URL by Next's metadataBase.
 */
export function pageMetadata(page: {
  path: string;
  title: string;
  description: string;
  /** The social card's file name. */
  name: string;
}): Metadata {
  const image = {
    url: socialImagePath(page.name),
    ...SOCIAL_CARD_SIZE,
    alt: `${SITE_NAME}: ${page.title}`,
    type: 'image/png',
  };
  return {
    description: page.description,
    alternates: { canonical: page.path },
    openGraph: {
      type: 'website',
      locale: 'ko_KR',
      siteName: SITE_NAME,
      url: page.path,
      title: page.title,
      description: page.description,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      images: [image],
    },
  };
}
