import { findScenario, scenarioCatalog } from '../lib/exercises/catalog';
import { expect, sections, test } from './fixtures';

test('every subsection ends with its playground, showing the exercise and its first command', async ({
  doc,
  page,
}) => {
  let seen = 0;
  for (const section of sections.filter((s) => s.exercises)) {
    await doc.open(section.slug);
    const playgrounds = page.locator('[data-playground]');
    for (const el of await playgrounds.all()) {
      const entry = findScenario((await el.getAttribute('data-playground')) ?? '');
      expect(entry).toBeDefined();
      // The exercise's title (a prediction card above the terminal has a heading of its own).
      await expect(el.getByRole('heading', { name: entry!.title, exact: true })).toBeVisible();
      await expect(el).toContainText(`learner@host:~/diamol$ ${entry!.firstCommand}`);
      seen++;
    }
  }
  expect(seen).toBe(scenarioCatalog.length);
});

test('the storage figure is drawn by the site itself and readable as text', async ({ page }) => {
  await page.goto('/container-filesystem/');
  const figure = page.locator('figure').filter({ hasText: '컨테이너 스토리지 구성 일반론' });
  await expect(figure).toBeVisible();
  for (const option of [
    '이미지 레이어',
    '기록 가능 레이어',
    '볼륨 마운트',
    '로컬 바인드 마운트',
    '분산 바인드 마운트',
  ]) {
    await expect(figure).toContainText(option);
  }
  await expect(page.locator('img[src^="http"]')).toHaveCount(0);
});

test('the pictures keep their words at the size of the text on a phone', async ({ page }) => {
  // A picture scaled down to fit a 375 px screen shrinks its words with it (an SVG of 440 units
  // drew 12.5 px labels at under 10 px). Every word in a picture must stay at least as tall as
  // small text (a 12 px font's line box is about 15 px), and no picture may be wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  let seen = 0;
  for (const slug of ['container-state', 'container-filesystem', 'volumes-and-mounts']) {
    await page.goto(`/${slug}/`);
    const pictures = page.locator('figure [role="img"]');
    for (const picture of await pictures.all()) {
      const heights = await picture.evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const found: number[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          found.push(range.getBoundingClientRect().height);
        }
        return found;
      });
      expect(heights.length).toBeGreaterThan(0);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(14);
      const box = await picture.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      seen++;
    }
  }
  expect(seen).toBe(4);
});

test('a code block copies its text with the copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/container-state/');
  const block = page.locator('[data-code-block]').first();
  const text = (await block.locator('pre').textContent())!.replace(/\n$/, '');
  await block.getByRole('button', { name: '복사' }).click();
  await expect(block.getByRole('button', { name: '복사됨' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('code blocks are highlighted at build time, with colours for both themes', async ({
  page,
}) => {
  const response = await page.request.get('/container-state/');
  const html = await response.text();
  expect(html).toMatch(/<pre class="shiki[^"]*"/);
  expect(html).toContain('--shiki-dark:');
});
