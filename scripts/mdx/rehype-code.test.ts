import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM plugin without type declarations
import rehypeCode, { CODE_COLORS_CSS, stylesheet } from './rehype-code.mjs';
// @ts-expect-error: plain ESM script without type declarations
import { codeColors } from './code-colors.mjs';

async function render(source: string, registry?: Map<string, unknown>) {
  const options = registry ? { registry } : {};
  return String(await compile(source, { rehypePlugins: [[rehypeCode, options]], jsx: true }));
}

const bash = '```bash\ndocker container run -it --name c1 alpine\necho "$HOME"\n```\n';

describe('rehype-code', () => {
  it('colours tokens with classes, merging neighbours of one colour, without line wrappers', async () => {
    const registry = new Map<string, unknown>();
    const out = await render(bash, registry);
    expect(out).not.toContain('style=');
    expect(out).not.toContain('"line"');
    // "container run -it" would be three tokens (two colours); "-it --name" one after merging.
    expect(out).toMatch(/<_components.span className="c-[a-z0-9]+">\{" -it --name"\}/);
    expect(out).toMatch(/<_components.pre className="shiki c-[a-z0-9]+" tabIndex="0">/);
    expect(out).toContain('<_components.code className="language-bash">');
    // The text is all there, lines joined by the newline between them.
    const text = [...out.matchAll(/\{"((?:[^"\\]|\\.)*)"\}/g)]
      .map((m) => JSON.parse(`"${m[1]}"`))
      .join('');
    expect(text).toBe('docker container run -it --name c1 alpine\necho "$HOME"');
    const css = stylesheet(registry);
    expect(css).toContain('{color:#953800;--shiki-dark:#FFA657}');
    for (const [name] of registry) expect(out + css).toContain(name);
  });

  it('keeps plain text without spans or empty classes', async () => {
    const registry = new Map<string, unknown>();
    const out = await render('```text\nhttps://example.com/a\nsecond line\n```\n', registry);
    expect(out).toContain(
      '<_components.code className="language-text">{"https://example.com/a\\nsecond line"}</_components.code>',
    );
    expect(
      [...registry.values()].every((s) => s !== '' && Object.keys(s as object).length > 0),
    ).toBe(true);
  });

  it('fails the build on a colour the stylesheet lacks', async () => {
    const source = '```json\n{"a": [1, true]}\n```\n';
    const registry = new Map<string, unknown>();
    await render(source, registry);
    const full = stylesheet(registry);
    const compileWith = (css: string) =>
      compile(source, { rehypePlugins: [[rehypeCode, { stylesheet: css }]], jsx: true });
    await expect(compileWith(full)).resolves.toBeDefined();
    const lacking = full
      .split('\n')
      .filter((line: string) => !line.includes('#0550AE'))
      .join('\n');
    await expect(compileWith(lacking)).rejects.toThrow(/#0550AE.*is not in .*code-colors\.css/);
  });

  it('the committed stylesheet is the one the notes need (npm run code-colors)', async () => {
    const sources = readdirSync('content')
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readFileSync(`content/${name}`, 'utf8'));
    expect(await codeColors(sources)).toBe(readFileSync(CODE_COLORS_CSS, 'utf8'));
  });
});
