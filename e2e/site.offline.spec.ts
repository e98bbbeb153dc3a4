import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { scenarios } from '../lib/exercises';
// @ts-expect-error: plain JavaScript build scripts, without type declarations
import { createStaticServer, listen } from '../scripts/serve.mjs';
// @ts-expect-error: plain JavaScript build scripts, without type declarations
import { run as buildServiceWorker } from '../scripts/postbuild/service-worker.mjs';
import { run as writePolicy } from '../scripts/postbuild/csp.mjs';
import { ExerciseModel } from './exercise-model';
import { expect, routes, test } from './fixtures';

// Other specs block service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed the whole site and controls the page. */
async function waitForOffline(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: 60_000,
  });
}

test('after one visit every page, its terminal and its exercise work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForOffline(page);
  await context.setOffline(true);

  for (const route of routes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // A link followed inside the site (the router asks for the page's RSC payload).
  await page.goto('/container-state/');
  await page
    .getByRole('navigation', { name: '노트 목차', exact: true })
    .getByRole('link', { name: /볼륨/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/volumes-and-mounts\/$/);

  // An exercise, on a page this visit never opened online: terminal, commands, goals.
  const scenario = scenarios.find((s) => s.id === 'writable-layer-lifetime')!;
  const exercise = new ExerciseModel(page, scenario);
  await exercise.open();
  await exercise.runAll(scenario.solution);
  const all = scenario.goals.length;
  await expect(exercise.goals).toContainText(`목표 ${all}/${all}`);
});

// Plain test: its pages come from a second server (another origin than the fixtures allow).
plain.use({ serviceWorkers: 'allow' });
plain(
  'a new deploy offers a reload in Korean and then serves only the new files',
  async ({ page }) => {
    plain.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    // A deploy of our own: a copy of out/ on another port, changed while the page is open.
    const dir = mkdtempSync(join(tmpdir(), 'layerlab-deploy-'));
    cpSync('out', dir, { recursive: true });
    const server = createStaticServer(dir);
    const base: string = await listen(server, 4700, '127.0.0.1', 50);
    try {
      await page.goto(new URL('/container-state/', base).href);
      await waitForOffline(page);
      const heading = page.getByRole('heading', { level: 1 });
      const before = await heading.textContent();

      // The new version: a page's title changed (in its HTML and its RSC payload alike), then the
      // build's last steps again: the worker with the new revisions, and the policy with the
      // hashes of the changed inline scripts.
      const file = join(dir, 'container-state/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(before!, '새 판 제목'));
      await buildServiceWorker(dir);
      await writePolicy(dir);

      // The old page keeps the old files until the reader agrees.
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.getByTestId('update-notice');
      await expect(notice).toContainText('새 버전이 나왔습니다', { timeout: 60_000 });
      await page.reload();
      await expect(heading).toHaveText(before!);

      await page
        .getByTestId('update-notice')
        .getByRole('button', { name: '다시 불러오기' })
        .click();
      await expect(heading).toHaveText('새 판 제목', { timeout: 15_000 });
      await expect(page.getByTestId('update-notice')).toHaveCount(0);
      expect(errors).toEqual([]);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
