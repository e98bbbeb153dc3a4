import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
// @ts-expect-error: plain ESM script without type declarations
import { flightScripts, htmlWeight, scriptSources } from './size.mjs';
// @ts-expect-error: plain ESM script without type declarations
import { paintFirst } from './postbuild/paint-first.mjs';

const page = [
  '<!DOCTYPE html><html><head><script src="/_next/a.js" async=""></script>',
  '<script>(function(){document.documentElement.dataset.theme="light"})()</script></head>',
  '<body><p>본문</p>',
  '<script>self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"children\\":\\"본문\\"}]\\n"])</script>',
  '<script id="x">self.__next_f.push([2,null])</script>',
  '<script>self.__next_f.push([1,"1:null\\n"])</script></body></html>',
].join('');

describe('size: the HTML and its flight data', () => {
  it('finds the inline flight scripts, not the theme script nor scripts with attributes', () => {
    expect(flightScripts(page)).toEqual([
      'self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"children\\":\\"본문\\"}]\\n"])',
      'self.__next_f.push([1,"1:null\\n"])',
    ]);
    expect(scriptSources(page)).toEqual(['/_next/a.js']);
  });

  it('counts the scripts the paint-first loader adds as first-load scripts too', () => {
    const loaded = paintFirst(page.replace('<head>', '<head><meta charset="utf-8"/>'));
    expect(loaded).not.toContain('async=""');
    expect(scriptSources(loaded)).toEqual(['/_next/a.js']);
  });

  it('counts bytes (UTF-8), not characters, and gzips the flight scripts together', () => {
    const weight = htmlWeight(page);
    expect(weight.html.raw).toBe(Buffer.byteLength(page));
    expect(weight.html.raw).toBeGreaterThan(page.length);
    const joined = flightScripts(page).join('');
    expect(weight.flight.raw).toBe(Buffer.byteLength(joined));
    expect(weight.flight.gzip).toBe(gzipSync(Buffer.from(joined), { level: 9 }).length);
    expect(gunzipSync(gzipSync(Buffer.from(joined))).toString()).toBe(joined);
  });
});
