/**
 * The daemon's half of mounts alone: MountRequests as the CLI sends them → MountSpecs, or the
 * daemon's error. Rows marked "recorded" were run on the real docker CLI 28.2.2 + daemon 20.10.24
 * (2026-11-28, `docker run --rm --pull=never <flags> diamol/base true`); rows marked "moby" follow
 * the 20.10 source (daemon/volumes.go registerMountPoints, daemon/container.go validateHostConfig)
 * where no recording decides. The CLI's half and whole-path rows: lib/shell/docker/mounts/.
 */
import { describe, expect, it } from 'vitest';
import { create, testEngine } from '../shell/docker/inspect/fixture.testing';
import { DaemonError } from './errors';
import { registerMountPoints } from './mount-spec';
import { D, req, thrown } from './mount-spec.testing';
import type { MountRequest } from './mount-spec.types';

const { bind, anon, tmpfs, mount } = req;
const dup = (target: string) => ({
  stage: 'daemon',
  message: `${D}Duplicate mount point: ${target}`,
});

describe('registerMountPoints: the one duplicate-mount check', () => {
  it.each<[string, MountRequest[], string]>([
    // recorded
    ['-v msp-a:/data -v msp-b:/data', [bind('msp-a:/data'), bind('msp-b:/data')], '/data'],
    ['-v msp-a:/data -v msp-a:/data/', [bind('msp-a:/data'), bind('msp-a:/data/')], '/data'],
    [
      '-v /tmp/msp/cwd:/data -v msp-a:/data',
      [bind('/tmp/msp/cwd:/data'), bind('msp-a:/data')],
      '/data',
    ],
    [
      '--mount src=msp-b,dst=/data --mount src=msp-a,dst=/data',
      [mount({ source: 'msp-b', target: '/data' }), mount({ source: 'msp-a', target: '/data' })],
      '/data',
    ],
    // recorded: a --mount's error names its target as typed
    [
      '--mount src=msp-b,dst=/data/ -v msp-a:/data',
      [mount({ source: 'msp-b', target: '/data/' }), bind('msp-a:/data')],
      '/data/',
    ],
    [
      '--mount type=tmpfs,dst=/data (twice)',
      [mount({ type: 'tmpfs', target: '/data' }), mount({ type: 'tmpfs', target: '/data' })],
      '/data',
    ],
    ['--tmpfs /data -v msp-a:/data', [tmpfs('/data'), bind('msp-a:/data')], '/data'],
    ['--tmpfs /data -v msp-a:/data/', [tmpfs('/data'), bind('msp-a:/data/')], '/data'],
    // moby: the duplicate check comes before the volume is created (and its name checked)
    ['-v msp-a:/data -v x:/data', [bind('msp-a:/data'), bind('x:/data')], '/data'],
  ])('%s → Duplicate mount point', (_, requests, target) => {
    expect(thrown(() => registerMountPoints(requests))).toEqual(dup(target));
  });

  it.each<[string, MountRequest[]]>([
    // recorded
    ['-v /data -v /data/', [anon('/data'), anon('/data/')]],
    ['-v /data -v msp-a:/data', [anon('/data'), bind('msp-a:/data')]],
    [
      '--tmpfs /data --mount src=msp-a,dst=/data',
      [tmpfs('/data'), mount({ source: 'msp-a', target: '/data' })],
    ],
    [
      '--tmpfs /data --mount type=tmpfs,dst=/data',
      [tmpfs('/data'), mount({ type: 'tmpfs', target: '/data' })],
    ],
    [
      '--mount type=tmpfs,dst=/data -v /data',
      [mount({ type: 'tmpfs', target: '/data' }), anon('/data')],
    ],
    ['--tmpfs /data -v /data', [tmpfs('/data'), anon('/data')]],
    // moby: a -v meets a --tmpfs by the HostConfig.Tmpfs key, the path as typed
    ['--tmpfs /data/ -v msp-a:/data', [tmpfs('/data/'), bind('msp-a:/data')]],
  ])('%s is accepted', (_, requests) => {
    expect(registerMountPoints(requests)).toHaveLength(requests.length);
  });
});

describe("registerMountPoints: the daemon's order (moby)", () => {
  it.each<[string, MountRequest[], string]>([
    // validateHostConfig (every --mount, then every --tmpfs) runs before any -v is parsed
    [
      '-v /a:/b:x --mount type=foo,dst=/x',
      [mount({ type: 'foo', target: '/x' }), bind('/a:/b:x')],
      `${D}invalid mount config for type "foo": mount type unknown`,
    ],
    [
      '-v /a:/b:x --tmpfs data',
      [tmpfs('data'), bind('/a:/b:x')],
      `${D}invalid mount path: 'data' mount path must be absolute`,
    ],
    // a --mount volume is created (its name checked) after every -v
    [
      '--mount src=bad/name,dst=/x -v /a:/b:x',
      [mount({ source: 'bad/name', target: '/x' }), bind('/a:/b:x')],
      `${D}invalid mode: x`,
    ],
  ])('%s', (_, requests, message) => {
    expect(thrown(() => registerMountPoints(requests))).toEqual({ stage: 'daemon', message });
  });
});

describe('engine.create runs the check before it makes anything', () => {
  it('refuses a duplicate and leaves no volume or container behind', () => {
    const { engine } = testEngine();
    expect(() => create(engine, { image: 'diamol/base' }, { v: ['v1:/data', 'v2:/data'] })).toThrow(
      new DaemonError('Duplicate mount point: /data'),
    );
    expect(engine.volumes.all()).toEqual([]);
    expect(engine.list()).toEqual([]);
  });

  it('lets a named volume replace an anonymous -v at the same path (no stray volume)', () => {
    const { engine } = testEngine();
    const c = create(engine, { image: 'diamol/base' }, { v: ['/data', 'v1:/data'] });
    expect(c.mounts.map((p) => [p.destination, p.name])).toEqual([['/data', 'v1']]);
    expect(engine.volumes.all().map((v) => v.name)).toEqual(['v1']);
  });
});
