import { expect, HOST_PROMPT, test } from './fixtures';

// A learner's first Docker command in most tutorials: the image is not there, so it is pulled
// (the layer lines redraw in place on a terminal), then the container prints `hi`.
test('docker run --rm alpine echo hi pulls alpine, then prints hi', async ({ doc, terminal }) => {
  await doc.open('container-state');
  const t = terminal('writable-layers');
  await t.open();
  await t.focus();
  await t.page.keyboard.press('Control+U');
  await t.run('docker run --rm alpine echo hi');
  await t.waitForPrompt();
  const lines = await t.lines();
  const from = lines.findIndex((l) => l.endsWith('docker run --rm alpine echo hi'));
  expect(from).toBeGreaterThanOrEqual(0);
  const shown = lines.slice(from + 1);
  expect(shown[0]).toBe("Unable to find image 'alpine:latest' locally");
  expect(shown[1]).toBe('latest: Pulling from library/alpine');
  // the layer's line, redrawn in place, ends as "Pull complete" with no other state left over
  expect(shown[2]).toMatch(/^[0-9a-f]{12}: Pull complete\s*$/);
  expect(shown[3]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
  expect(shown[4]).toBe('Status: Downloaded newer image for alpine:latest');
  expect(shown[5]).toBe('hi');
  expect(shown[6]).toBe(HOST_PROMPT);
});
