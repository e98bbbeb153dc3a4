import { readFileSync } from 'node:fs';
import { parseHeadings } from '../lib/content';
import { expect, sections, test } from './fixtures';

function headingsOf(slug: string) {
  return parseHeadings(readFileSync(`content/${slug}.mdx`, 'utf8')).filter((h) => h.id);
}

test.describe('every section page', () => {
  for (const [index, section] of sections.entries()) {
    test(`${section.slug} renders its title and every heading with its id`, async ({
      doc,
      page,
    }) => {
      await doc.open(section.slug);
      await expect(doc.heading).toHaveText(section.title);
      await expect(page).toHaveTitle(`${section.title} | 레이어랩`);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description).toBe(section.description);
      for (const h of headingsOf(section.slug)) {
        const el = page.locator(`[id="${h.id}"]`);
        await expect(el, `#${h.id}`).toHaveCount(1);
        await expect(el).toContainText(h.text);
      }
      await expect(page.getByText('도커 볼륨과 마운트 · ' + (index + 1))).toBeVisible();
    });
  }
});

test('the home page lists every section and subsection of the notes', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const toc = page.getByRole('region', { name: '목차' });
  for (const section of sections) {
    await expect(
      toc.getByRole('link', { name: section.title, exact: false }).first(),
    ).toBeVisible();
    for (const h of headingsOf(section.slug).filter((x) => x.depth === 2)) {
      await expect(toc.locator(`a[href="/${section.slug}/#${h.id}"]`)).toHaveText(h.text);
    }
  }
});

test('sidebar links lead to each section and mark the current one', async ({ doc, page }) => {
  await doc.open(sections[0]!.slug);
  for (const section of sections) {
    await doc.sidebar.getByRole('link', { name: section.title }).click();
    await expect(page).toHaveURL(`/${section.slug}/`);
    await expect(doc.heading).toHaveText(section.title);
    await expect(doc.sidebar.locator('[aria-current="page"]')).toContainText(section.title);
  }
});

test('previous and next links walk the notes in order', async ({ doc, page }) => {
  await doc.open(sections[0]!.slug);
  await expect(doc.prevNext.getByRole('link', { name: /이전/ })).toHaveCount(0);
  for (const section of sections.slice(1)) {
    await doc.prevNext.getByRole('link', { name: /다음/ }).click();
    await expect(page).toHaveURL(`/${section.slug}/`);
  }
  await expect(doc.prevNext.getByRole('link', { name: /다음/ })).toHaveCount(0);
  await doc.prevNext.getByRole('link', { name: /이전/ }).click();
  await expect(page).toHaveURL(`/${sections[sections.length - 2]!.slug}/`);
});

test('heading anchors scroll to the heading and survive a reload', async ({ doc, page }) => {
  const section = sections.find((s) => s.exercises)!;
  const target = headingsOf(section.slug)
    .filter((h) => h.depth === 2)
    .at(-1)!;
  await doc.open(section.slug);
  await doc.toc.getByRole('link', { name: target.text, exact: true }).click();
  await expect(page).toHaveURL(`/${section.slug}/#${target.id}`);
  const heading = page.locator(`[id="${target.id}"]`);
  await expect(heading).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.goto(`/${section.slug}/#${target.id}`);
  await expect(heading).toBeInViewport();
  // It ends where an anchor puts a heading (under the header), though the blocks above it were
  // never drawn and only estimated (content-visibility) when the browser scrolled there.
  // Measured once the page has settled (scrolling to it again would hide a drift).
  await page.waitForLoadState('networkidle');
  const drift = await heading.evaluate(async (h) => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const before = h.getBoundingClientRect().top;
    h.scrollIntoView({ block: 'start' });
    return Math.abs(Math.round(h.getBoundingClientRect().top - before));
  });
  expect(drift).toBeLessThanOrEqual(2);
  // The heading's own "#" link points at itself, so it can be copied and shared.
  await expect(heading.getByRole('link', { name: '이 제목으로 바로 가는 링크' })).toHaveAttribute(
    'href',
    `#${target.id}`,
  );
});

test('an unknown address shows the Korean 404 page with status 404', async ({ browser }) => {
  // A page of its own: the browser rightly logs the 404 response as a console error.
  const page = await browser.newPage();
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await page.close();
});
