import { expect, HOST_PROMPT, test } from './fixtures';
import {
  axeAndPicture,
  BIND,
  motionsDone,
  openPlayground,
  runAll,
  runSuggestion,
} from './layer-view-steps';

const FIRST = 'docker container run --name f1 diamol/ch06-file-display';

test.describe('layer view: what a command changed', () => {
  test("shows /input.txt replaced by docker cp in f1's writable layer", async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const fixtures = { doc, terminal, layers, page };
    const { t, view } = await openPlayground(fixtures, false);
    await expect(view.text).toContainText('아직 컨테이너가 없습니다');
    await runSuggestion(page, t);
    await expect(view.text).toContainText('컨테이너 f1 (이미지 diamol/ch06-file-display, 종료됨)');
    await expect(view.text).toContainText('기록 가능 레이어 (0B): 비어 있음');
    await page.keyboard.press('Control+U');
    await runAll(t, 'echo x > url.txt', 'docker container cp url.txt f1:/input.txt');
    await expect(view.text).toContainText(
      '기록 가능 레이어 (2B): /input.txt 바뀜, 이미지 레이어 2의 파일을 가림',
    );
    await expect(view.status).toHaveText(
      '방금 바뀐 것: f1: docker cp가 /input.txt를 기록 가능 레이어에 새 파일로 풀어 넣었습니다(copy-up이 아님). 이미지 레이어 2의 원본은 그대로 있고 가려집니다.',
    );
    await view.row('input.txt').click();
    await expect(view.root).toContainText(
      '/input.txt: 기록 가능 레이어에서 옴, 이미지 레이어 2의 내용을 가림',
    );
  });

  test('shows a whiteout after rm in a new container, and picks between containers', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const fixtures = { doc, terminal, layers, page };
    const { t, view } = await openPlayground(fixtures, false);
    await runSuggestion(page, t);
    await runAll(t, "docker run --name d1 diamol/ch06-bind-mount sh -c 'rm /init/abc.txt'");
    await expect(view.text).toContainText(
      '/init/abc.txt 삭제 표시(화이트아웃), 이미지 레이어 2의 파일을 가림',
    );
    await expect(view.row('abc.txt')).toBeVisible();
    await view.picker.selectOption({ label: 'f1 (종료됨)' });
    await expect(view.text).toContainText('컨테이너 f1');
    await view.picker.focus();
    await page.keyboard.press('Tab');
    const writable = view.root.getByRole('button', { name: /^기록 가능 레이어/ });
    await expect(writable).toBeFocused();
    await expect(writable).toHaveAttribute('aria-pressed', 'true');
    await view.tree.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await expect(view.tree.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
  });

  test('follows changes no command made: a detached container writes later', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const fixtures = { doc, terminal, layers, page };
    const { t, view } = await openPlayground(fixtures);
    await runAll(t, 'docker run -d --name late diamol/base sh -c "sleep 5; echo x > /late.txt"');
    await expect(view.text).toContainText('컨테이너 late');
    // Before the write (5 s of the container's own time: room for a slow machine to draw the view).
    await expect(view.text).not.toContainText('/late.txt');
    // No command runs now; the view looks again by itself.
    await expect(view.text).toContainText('/late.txt 새로 추가됨', { timeout: 12_000 });
    await expect(view.text).toContainText('종료됨');
    expect(await t.lastLine()).toBe(HOST_PROMPT);
  });
});

test.describe('layer view: contrast and narrow screens', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the layer view shown (${colorScheme})`, async ({
      doc,
      terminal,
      layers,
      page,
    }, info) => {
      test.slow(); // five commands and an axe run over the whole page
      const fixtures = { doc, terminal, layers, page };
      await page.emulateMedia({ colorScheme });
      const { t, view } = await openPlayground(fixtures);
      await runAll(
        t,
        FIRST,
        'echo x > url.txt',
        'docker container cp url.txt f1:/input.txt',
        'docker run --name v1 -v vol:/init diamol/ch06-bind-mount',
        "docker run --name d1 diamol/ch06-bind-mount sh -c 'rm /init/abc.txt'",
      );
      await expect(view.text).toContainText('/init/abc.txt 삭제 표시');
      await view.row('def.txt').click();
      // The highlights played out: contrast is checked on what stays.
      await motionsDone(view);
      const shot = { name: `layers-${colorScheme}.png`, width: 1280, height: 2000 };
      await axeAndPicture(fixtures, view, info, shot);
    });
  }

  test('no horizontal overflow at 375 px with the layer view shown', async ({
    doc,
    terminal,
    layers,
    page,
  }, info) => {
    const fixtures = { doc, terminal, layers, page };
    await page.setViewportSize({ width: 375, height: 900 });
    const { t, view } = await openPlayground(fixtures);
    await runAll(
      t,
      FIRST,
      `docker run --name b1 --mount type=bind,source=${BIND},target=/init diamol/ch06-bind-mount`,
    );
    await expect(view.text).toContainText('/init에 바인드 마운트');
    expect(await doc.horizontalOverflow()).toBeLessThanOrEqual(0);
    await motionsDone(view);
    await page.setViewportSize({ width: 375, height: 2400 });
    await view.root.screenshot({ path: info.outputPath('layers-375.png') });
  });
});

export { HOST_PROMPT };
