/**
 * Rule ids (M15, …) are those of docs/semantics.md#mounts.
 * Every row below was run against the real docker CLI 28.2.2 + daemon 20.10.24 on 2026-11-28 with
 * `docker run --rm --pull=never <flag> diamol/base true` (errors) or `docker create` + inspect
 * (valid specs), from the working directory /tmp/msp/cwd. Error rows hold the first stderr line
 * without `docker: `; exit code is 125 for all of them under `docker run` (see errors.test.ts).
 * Each row goes the whole way: the CLI's parsing here, then the daemon's (lib/engine).
 */
import { describe, expect, it } from 'vitest';
import type { MountSpec } from '../../../engine';
import { CWD, D, m, NAME_RULE, thrown, throughDaemon } from './mounts.testing';

const vol = (source: string | null, target: string, extra: Partial<MountSpec> = {}) =>
  m({ type: 'volume', source, target, origin: 'v', ...extra });
const bind = (source: string, target: string, extra: Partial<MountSpec> = {}) =>
  m({ type: 'bind', source, target, origin: 'v', createSource: true, ...extra });

describe('-v: valid values', () => {
  // [flag value, MountSpec] — inspect .Mounts of the real container in the comment where it matters.
  it.each<[string, MountSpec]>([
    ['msp-name:/data', vol('msp-name', '/data')], // Mode "z", RW true
    ['databases:/data', vol('databases', '/data')], // a NAMED VOLUME, not a bind (M15)
    ['/data', vol(null, '/data')], // anonymous, Mode ""
    ['/data/', vol(null, '/data')],
    ['/tmp/msp/cwd/x:/y:ro', bind('/tmp/msp/cwd/x', '/y', { readOnly: true, mode: 'ro' })],
    ['./db:/data', bind('/tmp/msp/cwd/db', '/data')], // CLI resolves against the cwd
    ['./db/:/data/', bind('/tmp/msp/cwd/db', '/data')],
    ['.:/data', bind('/tmp/msp/cwd', '/data')],
    ['..:/data', bind('/tmp/msp', '/data')],
    ['.hidden:/data', bind('/tmp/msp/cwd/.hidden', '/data')],
    ['/tmp//msp/./cwd/:/data//x/', bind('/tmp/msp/cwd', '/data/x')],
    [
      'msp-name:/data:ro,nocopy',
      vol('msp-name', '/data', { readOnly: true, mode: 'ro,nocopy', noCopy: true }),
    ],
    [
      '/tmp/msp/cwd:/data:rw,shared',
      bind('/tmp/msp/cwd', '/data', { mode: 'rw,shared', propagation: 'shared' }),
    ],
    ['/tmp/msp/cwd:/data:z', bind('/tmp/msp/cwd', '/data', { mode: 'z' })],
    ['/tmp/msp/cwd:/data:cached', bind('/tmp/msp/cwd', '/data', { mode: 'cached' })],
    // One letter before ":" is a Windows drive to the CLI, so these are ONE anonymous target, which
    // the 20.10 daemon accepts unvalidated (inspect Destination "a:/x", "c:/data", "data"; mounted
    // under / in the container).
    ['a:/x', vol(null, '/a:/x')],
    ['c:/data', vol(null, '/c:/data')],
    ['é:/x', vol(null, '/é:/x')],
    ['x:', vol(null, '/x:')],
    ['data', vol(null, '/data')],
    // Not a parse error on 20.10: `docker create -v /` succeeds; `docker run -v /` fails at start
    // with a runc error (`failed to create shim task: ... ip_unprivileged_port_start: no such file
    // or directory: unknown`, exit 127). Left to the engine.
    ['/', vol(null, '/')],
  ])('-v %s', (flag, expected) => {
    expect(throughDaemon({ volume: [flag] }, CWD)).toEqual([expected]);
  });
});

describe('-v: invalid values', () => {
  // [flag value, stage, message]
  it.each<[string, string, string]>([
    ['', 'cli', 'invalid empty volume spec'],
    [':/x', 'cli', 'invalid spec: :/x: empty section between colons'],
    [':/data', 'cli', 'invalid spec: :/data: empty section between colons'],
    ['/a::/b', 'cli', 'invalid spec: /a::/b: empty section between colons'],
    ['/a:/b:', 'cli', 'invalid spec: /a:/b:: empty section between colons'],
    ['/a:/b:ro:x', 'cli', 'invalid spec: /a:/b:ro:x: too many colons'],
    ['/foo:ro', 'daemon', `${D}invalid volume specification: '/foo:ro'`],
    ['a:/b:c:d:e', 'daemon', `${D}invalid volume specification: 'a:/b:c:d:e'`],
    ['/a:/b:x', 'daemon', `${D}invalid mode: x`],
    ['/a:/b:ro,rw', 'daemon', `${D}invalid mode: ro,rw`],
    ['/tmp/msp/cwd:/data:z,Z', 'daemon', `${D}invalid mode: z,Z`],
    ['/tmp/msp/cwd:/data:bogus', 'daemon', `${D}invalid mode: bogus`],
    ['/tmp/msp/cwd:/x:default', 'daemon', `${D}invalid mode: default`],
    ['/tmp/msp/cwd:/x:ro,', 'daemon', `${D}invalid mode: ro,`],
    // Windows paths pasted into Linux docker (bash turns C:\data into C:data).
    ['C:\\data:/data', 'daemon', `${D}invalid mode: /data`],
    ['c:/data:/data', 'daemon', `${D}invalid mode: /data`],
    ['C:data:/data', 'daemon', `${D}invalid mode: /data`],
    [
      'vol:relative',
      'daemon',
      `${D}invalid volume specification: 'vol:relative': invalid mount config for type "volume": invalid mount path: 'relative' mount path must be absolute`,
    ],
    [
      'x:relative:ro',
      'daemon',
      `${D}invalid volume specification: 'x:relative:ro': invalid mount config for type "volume": invalid mount path: 'relative' mount path must be absolute`,
    ],
    [
      '/tmp:relative',
      'daemon',
      `${D}invalid volume specification: '/tmp:relative': invalid mount config for type "bind": invalid mount path: 'relative' mount path must be absolute`,
    ],
    [
      '/tmp:/',
      'daemon',
      `${D}invalid volume specification: '/tmp:/': invalid mount config for type "bind": invalid specification: destination can't be '/'`,
    ],
    [
      'x:/data:shared',
      'daemon',
      `${D}invalid volume specification: 'x:/data:shared': invalid mount config for type "volume": field BindOptions must not be specified`,
    ],
    [
      'x:/data:rprivate',
      'daemon',
      `${D}invalid volume specification: 'x:/data:rprivate': invalid mount config for type "volume": field BindOptions must not be specified`,
    ],
    [
      '/data:/data:nocopy',
      'daemon',
      `${D}invalid volume specification: '/data:/data:nocopy': invalid mount config for type "bind": field VolumeOptions must not be specified`,
    ],
    [
      '/tmp/msp/cwd:/x:delegated,ro,z,rshared,nocopy',
      'daemon',
      `${D}invalid volume specification: '/tmp/msp/cwd:/x:delegated,ro,z,rshared,nocopy': invalid mount config for type "bind": field VolumeOptions must not be specified`,
    ],
    ['~/db:/data', 'daemon', `${D}create ~/db: "~/db" ${NAME_RULE}`],
    ['bad/name:/x', 'daemon', `${D}create bad/name: "bad/name" ${NAME_RULE}`],
    ['x y:/x', 'daemon', `${D}create x y: "x y" ${NAME_RULE}`],
    [
      'x:/data:Z',
      'daemon',
      `${D}create x: volume name is too short, names should be at least two alphanumeric characters`,
    ],
    [
      'x:/data:nocopy,ro',
      'daemon',
      `${D}create x: volume name is too short, names should be at least two alphanumeric characters`,
    ],
  ])('-v %j', (flag, stage, message) => {
    expect(thrown(() => throughDaemon({ volume: [flag] }, CWD))).toEqual({ stage, message });
  });
});

describe('-v given twice', () => {
  // docker/cli opts.go reads -v through ListOpts.GetMap: the same value twice is one mount, so
  // the daemon never sees a duplicate; different spellings of a path are two, and clash.
  it('is one mount when the values are identical', () => {
    expect(throughDaemon({ volume: ['msp-a:/data', 'msp-a:/data'] }, CWD)).toEqual([
      vol('msp-a', '/data'),
    ]);
  });
  it('clashes when they differ', () => {
    expect(thrown(() => throughDaemon({ volume: ['msp-a:/data', 'msp-a:/data/'] }, CWD))).toEqual({
      stage: 'daemon',
      message: `${D}Duplicate mount point: /data`,
    });
  });
});
