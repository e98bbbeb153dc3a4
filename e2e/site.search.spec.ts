import { expect, holdBack, test } from './fixtures';
import { SearchModel } from './search-model';

/** Each query's first result and the subsection it must open (heading id on that page). */
const CASES = [
  { kind: 'Korean phrase', query: '기록 중 복사', url: '/container-state/#copy-on-write' },
  // The gloss glued to Korean, "복사(copy-on-write)를": scripts/postbuild/search-text.mjs.
  { kind: 'English term', query: 'copy-on-write', url: '/container-state/#copy-on-write' },
  { kind: 'English term', query: 'whiteout', url: '/container-state/#copy-on-write' },
  { kind: 'English term', query: 'bind mount', url: '/volumes-and-mounts/#what-is-a-mount' },
  { kind: 'English term', query: 'tmpfs', url: '/volumes-and-mounts/#tmpfs-mounts' },
  {
    kind: 'English term',
    query: 'union file system',
    url: '/container-filesystem/#union-filesystem',
  },
  { kind: 'command name', query: 'docker diff', url: '/container-state/#copy-on-write' },
  {
    kind: 'command name',
    query: 'docker volume create',
    url: '/volumes-and-mounts/#create-and-attach',
  },
];

for (const { kind, query, url } of CASES) {
  test(`search: ${kind} “${query}” leads to ${url}`, async ({ page }) => {
    const search = new SearchModel(page);
    await page.goto('/');
    await search.find(query);
    expect((await search.urls())[0]).toBe(url);
    await expect(search.selected).toHaveAttribute('data-url', url);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url);
    await expect(search.dialog).toBeHidden();
    const [path, id] = url.split('#');
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    expect(new URL(page.url()).pathname).toBe(path);
  });
}

test('search: Korean is found by the start of a word (레이어 finds 레이어는)', async ({ page }) => {
  const search = new SearchModel(page);
  await page.goto('/container-state/');
  await search.find('레이어');
  await expect(search.results.locator('mark', { hasText: /^레이어[^\s]+/ }).first()).toBeVisible();
});

test('search: results are grouped by page, heading and excerpt', async ({ page }) => {
  const search = new SearchModel(page);
  await page.goto('/');
  await search.find('볼륨');
  const groups = search.results.getByRole('group');
  expect(await groups.count()).toBeGreaterThan(1);
  await expect(groups.first()).toHaveAccessibleName('도커 볼륨, 마운트');
  const first = search.options.first();
  await expect(first.locator('mark').first()).toContainText('볼륨');
  const urls = await search.urls();
  expect(new Set(urls).size, 'no result twice').toBe(urls.length);
});

test('search: `/`, Ctrl-K and ⌘-K open it, Esc closes it, arrows move through results', async ({
  page,
}) => {
  const search = new SearchModel(page);
  await page.goto('/volumes-and-mounts/');
  await search.hydrated();
  for (const key of ['/', 'Control+k', 'Meta+k']) {
    await page.keyboard.press(key);
    await expect(search.dialog).toBeVisible();
    await expect(search.box).toBeFocused();
    await expect(search.box).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(search.dialog).toBeHidden();
  }
  await search.find('볼륨');
  const urls = await search.urls();
  expect(urls.length).toBeGreaterThan(2);
  await expect(search.selected).toHaveAttribute('data-url', urls[0]!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(search.selected).toHaveAttribute('data-url', urls[2]!);
  await page.keyboard.press('ArrowUp');
  await expect(search.selected).toHaveAttribute('data-url', urls[1]!);
  await expect(search.box).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(urls[1]!);
});

test('search: typing `/` in a text field types it, and no result says so', async ({ page }) => {
  const search = new SearchModel(page);
  await page.goto('/');
  await search.find('볼륨');
  await search.box.fill('a/b');
  await expect(search.box).toHaveValue('a/b');
  await search.box.fill('쿠버네티스없는낱말');
  await expect(search.dialog.getByRole('status')).toHaveText(
    '‘쿠버네티스없는낱말’에 맞는 결과가 없습니다.',
  );
  await expect(search.options).toHaveCount(0);
});

test('search: nothing of it loads before it is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (req) => requested.push(new URL(req.url()).pathname));
  const search = new SearchModel(page);
  await page.goto('/container-state/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await search.find('레이어');
  expect(requested).toContain('/pagefind/pagefind.js');
});

test('search: fits a 375 px phone in both themes; axe finds nothing', async ({
  doc,
  page,
}, info) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const search = new SearchModel(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/container-filesystem/');
    await expect(search.button).toBeVisible();
    await search.find('유니언');
    const box = await search.dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await doc.axeViolations(), colorScheme).toEqual([]);
    await page.screenshot({ path: info.outputPath(`search-375-${colorScheme}.png`) });
  }
});

test('search: a click, or `/`, before the page has its scripts opens search once it has them', async ({
  doc,
  page,
}) => {
  // The page's scripts come after its first paint (scripts/postbuild/paint-first.mjs); held
  // back here, they come only when released, so the click certainly meets no React.
  const search = new SearchModel(page);
  for (const how of ['click', 'slash'] as const) {
    const release = await holdBack(page, '**/_next/static/chunks/*.js');
    await page.goto('/container-state/', { waitUntil: 'domcontentloaded' });
    const theme = await doc.theme();
    if (how === 'click') {
      await search.button.click();
      await doc.themeToggle.click();
    } else {
      await doc.heading.click();
      await page.keyboard.press('/');
    }
    const owned = await search.button.evaluate((b) =>
      Object.keys(b).some((key) => key.startsWith('__reactProps')),
    );
    expect(owned, 'React has not hydrated the button yet').toBe(false);
    release();
    await expect(search.box, how).toBeFocused();
    // The theme toggle, clicked once, switched once (it was not left to React as well).
    if (how === 'click') await expect.poll(() => doc.theme()).not.toBe(theme);
    else expect(await doc.theme()).toBe(theme);
    await page.unroute('**/_next/static/chunks/*.js');
    await page.keyboard.press('Escape');
  }
});
