import { expect, sections, test } from './fixtures';

const slug = sections[0]!.slug;

test('the theme follows the system before the reader chooses, from the first paint', async ({
  browser,
}) => {
  for (const colorScheme of ['dark', 'light'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    // Read the theme as soon as the HTML is parsed, before any bundle has run: no flash.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await page.goto(`/${slug}/`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await context.close();
  }
});

test('the toggle switches the theme and the choice survives a reload and navigation', async ({
  doc,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await doc.open(slug);
  expect(await doc.theme()).toBe('light');
  // A click before the page has hydrated is done once it has (scripts/postbuild/paint-first.mjs).
  await doc.themeToggle.click();
  await expect.poll(() => doc.theme()).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 24, 29)');
  await page.reload();
  expect(await doc.theme()).toBe('dark');
  await doc.prevNext.getByRole('link', { name: /다음/ }).click();
  await expect(doc.heading).toHaveText(sections[1]!.title);
  expect(await doc.theme()).toBe('dark');
  await doc.themeToggle.click();
  await page.reload();
  expect(await doc.theme()).toBe('light');
});

test('without a stored choice the page follows a live system change; with one it does not', async ({
  doc,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await doc.open(slug);
  // The page listens for system changes once it is hydrated; on a busy machine that can be after
  // the heading shows. Switching until the page follows waits for that end state.
  await expect
    .poll(async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.emulateMedia({ colorScheme: 'dark' });
      return doc.theme();
    })
    .toBe('dark');
  await doc.themeToggle.click();
  expect(await doc.theme()).toBe('light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await doc.theme()).toBe('light');
  await expect(doc.themeToggle).toHaveAccessibleName('어두운 테마로 바꾸기');
});
