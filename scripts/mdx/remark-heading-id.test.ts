import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM plugin without type declarations
import remarkHeadingId from './remark-heading-id.mjs';

async function render(source: string) {
  return String(await compile(source, { remarkPlugins: [remarkHeadingId], jsx: true }));
}

describe('remark-heading-id', () => {
  it('turns a trailing {/*id*/} into the heading id and drops it from the text', async () => {
    const out = await render('## 도커 볼륨이 뭐야? {/*what-is-a-volume*/}');
    expect(out).toContain(
      '<_components.h2 id="what-is-a-volume">{"도커 볼륨이 뭐야?"}</_components.h2>',
    );
  });

  it('keeps inline code in the heading', async () => {
    const out = await render('### `VOLUME` 인스트럭션 {/*volume-instruction*/}');
    expect(out).toContain('id="volume-instruction"');
    expect(out).toContain('<_components.code>{"VOLUME"}</_components.code>');
  });

  it('leaves headings without an id comment alone', async () => {
    const out = await render('## 제목 {/* Not An Id */}');
    expect(out).not.toContain('id=');
  });
});
