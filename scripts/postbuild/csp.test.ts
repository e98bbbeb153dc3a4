import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFor, run, sha256Source, withPolicy } from './csp.mjs';

const PAGE =
  '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script>' +
  '<script>document.documentElement.dataset.theme="dark"</script></head><body>' +
  '<script>self.__next_f.push([1,"x"])</script><script type="application/json"></script></body></html>';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScripts', () => {
  it('returns the text of scripts without src, not external or empty ones', () => {
    expect(inlineScripts(PAGE)).toEqual([
      'document.documentElement.dataset.theme="dark"',
      'self.__next_f.push([1,"x"])',
    ]);
  });
});

describe('policyFor', () => {
  it('allows scripts from the site and the given hashes only, never eval', () => {
    const policy = policyFor([sha256Source('a()'), sha256Source('a()')]);
    const script = policy.split('; ').find((d) => d.startsWith('script-src '));
    expect(script).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/'unsafe-eval'|https?:|\*/);
    expect(policy).not.toContain('frame-ancestors');
  });
});

describe('withPolicy', () => {
  it('puts the meta tag right after the charset, before every script, once', () => {
    const once = withPolicy(PAGE, "default-src 'self'");
    const twice = withPolicy(once, "default-src 'none'");
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(twice).toContain(
      '<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"/><script',
    );
  });
});

describe('run', () => {
  it('writes each page its own hashes and a header file with all of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'other.html'), PAGE.replace('"x"', '"y"'));
    run(dir);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain(hash('self.__next_f.push([1,"x"])'));
    expect(index).not.toContain(hash('self.__next_f.push([1,"y"])'));
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(hash('self.__next_f.push([1,"x"])'));
    expect(headers).toContain(hash('self.__next_f.push([1,"y"])'));
    expect(headers).toContain("frame-ancestors 'none'");
  });
});
