import { expect, HOST_PROMPT, test } from './fixtures';
import { axeAndPicture, BIND, motionsDone, openPlayground, runAll } from './layer-view-steps';

test.describe('layer view: inspecting one layer', () => {
  test('selecting an image layer shows its own changes and puts a command on the line', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const { t, view } = await openPlayground({ doc, terminal, layers, page });
    await runAll(t, 'docker run --name f1 diamol/ch06-file-display');
    const band = view.root.getByRole('button', { name: /^이미지 레이어 2 ·/ });
    await band.click();
    await expect(band).toHaveAttribute('aria-pressed', 'true');
    await expect(view.root.getByText('이미지 레이어 2 살펴보기')).toBeVisible();
    await view.root.getByRole('button', { name: '이 레이어의 변경' }).click();
    const changes = view.root.getByRole('list', { name: '이미지 레이어 2의 변경' });
    await expect(
      changes.getByRole('button', { name: /^A\s?추가: ?\/input\.txt ?65B$/ }),
    ).toBeVisible();
    await expect(view.text).toContainText('이미지 레이어 2의 변경: 추가 1, 바뀜 0, 삭제 0');
    await view.root.getByRole('button', { name: '여기까지 합친 모습' }).click();
    const merged = view.root.getByRole('list', { name: '이미지 레이어 2까지 합친 파일' });
    await expect(merged.getByRole('button', { name: /^input\.txt/ })).toBeVisible();
    const line = 'docker history diamol/ch06-file-display';
    await view.root.getByRole('button', { name: `터미널에 넣기: ${line}` }).click();
    // On the line, not run: the last row is the prompt with the command, and nothing printed.
    await expect.poll(() => t.lastLine()).toBe(`${HOST_PROMPT}${line}`);
    await expect(t.input).toBeFocused();
  });

  test('the image files under a bind mount are shown greyed as hidden', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const { t, view } = await openPlayground({ doc, terminal, layers, page });
    await runAll(
      t,
      `docker run --name b1 --mount type=bind,source=${BIND},target=/init diamol/ch06-bind-mount`,
    );
    const hidden = view.tree.getByRole('button', { name: /^abc\.txt \(마운트에 가려짐\)/ });
    await expect(hidden).toHaveAttribute('data-covered', '');
    await expect(view.row('123.txt')).toBeVisible();
    await hidden.click();
    await expect(view.root).toContainText(
      '/init/abc.txt: 이미지 레이어 2에 그대로 있지만 바인드 마운트에 가려 컨테이너에서 보이지 않음',
    );
    await expect(view.text).toContainText('/init/def.txt: 이미지 레이어 2에 그대로 있지만');
  });
});

test.describe('layer view: what moved, in words', () => {
  test('a copy-up in a running container is said in words, and still when motion is reduced', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { t, view } = await openPlayground({ doc, terminal, layers, page });
    await runAll(
      t,
      'docker run -d --name c1 diamol/ch06-bind-mount sleep 1000',
      "docker exec c1 sh -c 'echo x >> /init/abc.txt'",
    );
    await expect(view.status).toHaveText(
      '방금 바뀐 것: c1: /init/abc.txt copy-up, 이미지 레이어 2의 파일을 기록 가능 레이어로 복사한 뒤 고쳤습니다. 원본은 그대로 있고 위의 사본이 가립니다.',
    );
    const moved = view.root.locator('[data-motion="copy-up"]').first();
    await expect(moved).toContainText('/init/abc.txt');
    expect(await moved.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test.describe('layer view: the whole machine and its sizes', () => {
  test('the overview shows containers sharing one image and a volume nobody uses', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const { t, view } = await openPlayground({ doc, terminal, layers, page });
    await runAll(
      t,
      'docker run --name v1 -v keep:/init diamol/ch06-bind-mount',
      "docker run --name a1 diamol/ch06-bind-mount sh -c 'echo hi > /hi.txt'",
      'docker run --name a2 diamol/ch06-bind-mount',
      'docker rm v1',
    );
    const overview = view.root.locator('[data-layer-overview]');
    await overview.locator('summary').click();
    await expect(overview).toContainText('이미지 diamol/ch06-bind-mount: 읽기 전용 레이어 2개');
    await expect(overview).toContainText('컨테이너 2개가 함께 씀');
    await expect(overview).toContainText(
      'keep · 사용하는 컨테이너 없음: 컨테이너가 지워져도 남아 있음',
    );
    const a1 = overview.getByRole('button', { name: /^a1\s?종료됨 · 기록 가능 레이어 3B$/ });
    await a1.click();
    await expect(a1).toHaveAttribute('aria-pressed', 'true');
    await expect(view.picker).toHaveValue(/.+/);
    await expect(view.text).toContainText('컨테이너 a1 (이미지 diamol/ch06-bind-mount, 종료됨)');
    await expect(view.text).toContainText(
      /이미지 diamol\/ch06-bind-mount의 읽기 전용 레이어 2개\(.+\)를 컨테이너 2개가 함께 씀: a2\(종료됨, 기록 가능 레이어 0B\), a1\(종료됨, 기록 가능 레이어 3B\)/,
    );
  });

  test('a later RUN that deletes a file leaves its bytes in the image, said in the sizes', async ({
    doc,
    terminal,
    layers,
    page,
  }) => {
    const { t, view } = await openPlayground({ doc, terminal, layers, page });
    await runAll(
      t,
      "mkdir w && printf 'FROM diamol/base\\nRUN head -c 123456 /dev/zero > /big.bin\\nRUN rm /big.bin\\n' > w/Dockerfile",
      'docker build -q -t waste w',
      'docker run --name w1 waste',
      'docker run --name v1 -v vol:/init diamol/ch06-bind-mount',
    );
    await expect(view.status).toHaveText(
      '방금 바뀐 것: 새 컨테이너 v1. v1: 빈 볼륨 vol에 이미지의 /init 내용이 복사되었습니다(볼륨 채우기).',
    );
    await view.picker.selectOption({ label: 'w1 (종료됨)' });
    const deleting = view.root.getByRole('button', { name: /^이미지 레이어 3 · 0B/ });
    await expect(deleting).toContainText('지우기만 해서 0바이트인 화이트아웃만 담았습니다');
    const sizes = view.root.locator('[data-layer-waste]');
    await sizes.locator('summary').click();
    await expect(sizes).toContainText('이미지 2.11MB, 가려짐 123kB');
    await expect(sizes).toContainText(
      '/big.bin 123kB: 이미지 레이어 2에 있고, 이미지 레이어 3에서 지움',
    );
  });
});

test.describe('layer view inspected: contrast and narrow screens', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with layers inspected and details open (${colorScheme})`, async ({
      doc,
      terminal,
      layers,
      page,
    }, info) => {
      test.slow(); // two axe runs over the whole page
      const fixtures = { doc, terminal, layers, page };
      await page.emulateMedia({ colorScheme });
      const { t, view } = await openPlayground(fixtures);
      await runAll(
        t,
        'docker run --name v1 -v keep:/init diamol/ch06-bind-mount',
        `docker run -d --name b1 --mount type=bind,source=${BIND},target=/init diamol/ch06-bind-mount sleep 1000`,
        "docker exec b1 sh -c 'rm /etc/group; echo n > /new.txt'",
      );
      await view.tree.getByRole('button', { name: /^new\.txt/ }).click();
      await view.root.locator('[data-layer-waste] summary').click();
      await view.root.locator('[data-layer-overview] summary').click();
      await motionsDone(view);
      const shot = { name: `inspect-${colorScheme}.png`, width: 1280, height: 2400 };
      await axeAndPicture(fixtures, view, info, shot);
      await view.root.getByRole('button', { name: /^이미지 레이어 1 ·/ }).click();
      await view.root.getByRole('button', { name: '이 레이어의 변경' }).click();
      expect(await doc.axeViolations()).toEqual([]);
      await page.setViewportSize({ width: 375, height: 2400 });
      expect(await doc.horizontalOverflow()).toBeLessThanOrEqual(0);
      await view.root.screenshot({ path: info.outputPath(`inspect-375-${colorScheme}.png`) });
    });
  }
});
