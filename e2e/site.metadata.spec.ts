import type { APIRequestContext } from '@playwright/test';
import { SITE_URL } from '../components/site/metadata';
import { sitePages } from '../components/site/pages';
import { expect, routes, sections, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchOk(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(type);
  return response;
}

const absolute = (path: string) => new URL(path.slice(1), SITE_URL).href;

test('metadata: the site pages list covers every route the e2e suite sweeps', () => {
  expect(sitePages.map((p) => p.path).sort()).toEqual([...routes].sort());
});

for (const page of sitePages) {
  test(`metadata: ${page.path} has lang="ko", a canonical URL and a social card`, async ({
    page: browser,
    request,
  }) => {
    await browser.goto(page.path);
    await expect(browser.locator('html')).toHaveAttribute('lang', 'ko');
    const head = browser.locator('head');
    const meta = (attr: string, name: string) =>
      head.locator(`meta[${attr}="${name}"]`).getAttribute('content');
    expect(await head.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      absolute(page.path),
    );
    expect(await meta('property', 'og:url')).toBe(absolute(page.path));
    expect(await meta('property', 'og:title')).toBe(page.title);
    expect(await meta('property', 'og:description')).toBe(page.description);
    expect(await meta('property', 'og:locale')).toBe('ko_KR');
    expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
    const image = await meta('property', 'og:image');
    expect(image).toBe(absolute(`/og/${page.name}.png`));
    expect(await meta('name', 'twitter:image')).toBe(image);
    // The card is a file of this build, 1200×630 as announced.
    const png = await fetchOk(request, new URL(image!).pathname, /^image\/png/);
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    expect(await meta('property', 'og:image:width')).toBe('1200');
    expect(await meta('property', 'og:image:height')).toBe('630');
  });
}

test('metadata: robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const robots = await (await fetchOk(request, '/robots.txt', /^text\/plain/)).text();
  expect(robots).toContain('User-Agent: *\nAllow: /');
  expect(robots).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
});

test('metadata: sitemap.xml lists the home, every section in order and the playground', async ({
  request,
}) => {
  const xml = await (await fetchOk(request, '/sitemap.xml', /^application\/xml/)).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toEqual([
    absolute('/'),
    ...sections.map((s) => absolute(`/${s.slug}/`)),
    absolute('/playground/'),
  ]);
});

test('metadata: the web manifest is Korean, themed, and its icons exist', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await (await fetchOk(request, href!, /^application\/manifest\+json/)).json();
  expect(manifest).toMatchObject({
    name: '레이어랩: 도커 스토리지를 브라우저에서 배우기',
    short_name: '레이어랩',
    lang: 'ko',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
  expect(pngs.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(pngs.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of pngs) {
    const body = await (await fetchOk(request, icon.src, /^image\/png/)).body();
    const [w, h] = icon.sizes.split('x').map(Number);
    expect(pngSize(body), icon.src).toEqual({ width: w, height: h });
  }
});

test('metadata: favicon.ico, the SVG icon and the apple touch icon are linked and served', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const ico = await (await fetchOk(request, '/favicon.ico', /^image\/x-icon/)).body();
  // ICONDIR: reserved 0, type 1 (icon), then the image count.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
  for (const rel of ['icon', 'apple-touch-icon']) {
    const links = page.locator(`head link[rel="${rel}"]`);
    expect(await links.count(), rel).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href'))))
      await fetchOk(request, href!, /^image\//);
  }
});
