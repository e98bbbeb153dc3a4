import localFont from 'next/font/local';

/**
 * The site's text font: Pretendard Variable cut down to the site's own characters
 * (scripts/fonts/subset-pretendard.mjs), one file that every page preloads and caches. Swap: the
 * text shows at once in the system font and takes Pretendard when it arrives.
 */
export const pretendard = localFont({
  src: './pretendard-site.woff2',
  weight: '400 800',
  style: 'normal',
  display: 'swap',
  preload: true,
  variable: '--font-pretendard',
  fallback: ['system-ui', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', 'sans-serif'],
  adjustFontFallback: 'Arial',
});
