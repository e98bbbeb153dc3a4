import { describe, expect, it } from 'vitest';
import { cleanCss } from './page-document';

describe('cleanCss', () => {
  it.each([
    ['body { font-family: sans-serif; }', 'body { font-family: sans-serif; }'],
    ["@import url('x.css'); a { color: red }", ' a { color: red }'],
    ['@import "x.css";', ''],
    ['b { background: url(/img/bg.png) }', 'b { background: none }'],
    ["b { background: url( 'http://example.com/a.png' ) }", 'b { background: none }'],
    [
      'b { background: url(data:image/png;base64,AAAA) }',
      'b { background: url(data:image/png;base64,AAAA) }',
    ],
    ['</style><script>alert(1)</script>', '\\3c /style>\\3c script>alert(1)\\3c /script>'],
  ])('%s', (css, cleaned) => {
    expect(cleanCss(css)).toBe(cleaned);
  });
});
