import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { resolveRequest } from './serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'layerlab-serve-'));
mkdirSync(join(root, 'volumes'));
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'volumes', 'index.html'), 'volumes');
writeFileSync(join(root, 'icon.svg'), '<svg/>');

describe('resolveRequest', () => {
  it.each([
    ['/', { file: join(root, 'index.html') }],
    ['/volumes/', { file: join(root, 'volumes', 'index.html') }],
    ['/volumes', { redirect: '/volumes/' }],
    ['/icon.svg?v=1', { file: join(root, 'icon.svg') }],
    ['/missing/', null],
    ['/../etc/passwd', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/%E0%A4%A', null],
  ])('%s', (url, expected) => {
    expect(resolveRequest(root, url)).toEqual(expected);
  });
});
