/**
 * --tmpfs rows, run against the real docker CLI 28.2.2 + daemon 20.10.24 (2026-11-28) with
 * `docker run --rm --pull=never --tmpfs <value> diamol/base true`; valid rows checked with
 * `docker create` + inspect. The whole way: the CLI's split here, then the daemon's checks.
 */
import { describe, expect, it } from 'vitest';
import type { MountSpec } from '../../../engine';
import { CWD, D, m, thrown, throughDaemon } from './mounts.testing';

describe("--tmpfs (the CLI checks nothing; every error is the daemon's)", () => {
  const t = (target: string, extra: Partial<MountSpec> = {}) =>
    m({ type: 'tmpfs', target, origin: 'tmpfs', ...extra });
  it.each<[string, MountSpec]>([
    ['/t', t('/t')], // HostConfig.Tmpfs {"/t":""}; not listed in .Mounts
    ['/x:ro', t('/x', { readOnly: true, mode: 'ro' })],
    [
      '/t:size=64m,mode=1770,ro',
      t('/t', {
        readOnly: true,
        mode: 'size=64m,mode=1770,ro',
        tmpfsSize: 67108864,
        tmpfsMode: 0o1770,
      }),
    ],
  ])('--tmpfs %s', (flag, expected) => {
    expect(throughDaemon({ tmpfs: [flag] }, CWD)).toEqual([expected]);
  });

  it.each<[string, string]>([
    ['/', `${D}invalid specification: destination can't be '/'`],
    ['data', `${D}invalid mount path: 'data' mount path must be absolute`],
    ['', `${D}invalid mount path: '' mount path must be absolute`],
    [':size=1m', `${D}invalid mount path: '' mount path must be absolute`],
    ['/x:bogus', `${D}invalid tmpfs option ["bogus"]`],
  ])('--tmpfs %j', (flag, message) => {
    expect(thrown(() => throughDaemon({ tmpfs: [flag] }, CWD))).toEqual({
      stage: 'daemon',
      message,
    });
  });
});
