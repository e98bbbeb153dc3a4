/**
 * --mount rows, each run against the real docker CLI 28.2.2 + daemon 20.10.24 (2026-11-28) with
 * `docker run --rm --pull=never --mount <value> diamol/base true` from /tmp/msp/cwd; valid rows
 * checked with `docker create` + inspect. `flag` rows print without `docker: ` and with a Usage line.
 * Each row goes the whole way: the CLI's parsing here, then the daemon's (lib/engine).
 */
import { describe, expect, it } from 'vitest';
import type { MountSpec } from '../../../engine';
import { CWD, D, m, NAME_RULE, thrown, throughDaemon } from './mounts.testing';

describe('--mount: valid values', () => {
  const mnt = (
    type: MountSpec['type'],
    source: string | null,
    target: string,
    extra: Partial<MountSpec> = {},
  ) => m({ type, source, target, origin: 'mount', ...extra });
  it.each<[string, MountSpec]>([
    // inspect: {"Type":"bind",...,"Mode":"","RW":false,"Propagation":"rprivate"}
    [
      'type=bind,source=/tmp/msp/cwd,target=/app/config,readonly',
      mnt('bind', '/tmp/msp/cwd', '/app/config', { readOnly: true }),
    ],
    ['src=msp-v,dst=/d,volume-nocopy', mnt('volume', 'msp-v', '/d', { noCopy: true })], // Mode "z"
    ['dst=/x', mnt('volume', null, '/x')], // anonymous, Mode "z"
    ['src=,dst=/x', mnt('volume', null, '/x')],
    [
      'type=tmpfs,dst=/t,tmpfs-size=64m,tmpfs-mode=1770',
      mnt('tmpfs', null, '/t', { tmpfsSize: 67108864, tmpfsMode: 0o1770 }),
    ],
    ['type=tmpfs,dst=/x,tmpfs-size=1.5k', mnt('tmpfs', null, '/x', { tmpfsSize: 1536 })],
    ['type=tmpfs,dst=/x,ro', mnt('tmpfs', null, '/x', { readOnly: true })],
    ['type=bind,src=.,dst=/x', mnt('bind', '/tmp/msp/cwd', '/x')],
    ['type=bind,src=./sub/,dst=/x/', mnt('bind', '/tmp/msp/cwd/sub', '/x')],
    ['type=bind,src=..,dst=/x', mnt('bind', '/tmp/msp', '/x')],
    ['type=bind,src=../cwd,dst=/x', mnt('bind', '/tmp/msp/cwd', '/x')],
    ['type=bind,src=/tmp/msp/cwd,dst=/x,readonly=false', mnt('bind', '/tmp/msp/cwd', '/x')],
    [
      'type=bind,src=/tmp/msp/cwd,dst=/x,ro=1',
      mnt('bind', '/tmp/msp/cwd', '/x', { readOnly: true }),
    ],
    [
      'type=bind,src=/tmp/msp/cwd,dst=/x,bind-propagation=RSHARED',
      mnt('bind', '/tmp/msp/cwd', '/x', { propagation: 'rshared' }),
    ],
    ['type=BIND,src=/tmp/msp/cwd,dst=/x', mnt('bind', '/tmp/msp/cwd', '/x')],
    ['Type=bind,src=/tmp,dst=/x', mnt('bind', '/tmp', '/x')],
    ['type=bind,"src=/tmp",dst=/x', mnt('bind', '/tmp', '/x')],
    ['type=bind,src=/tmp,dst=/x,bind-recursive=disabled', mnt('bind', '/tmp', '/x')],
    ['type=bind,src=/tmp,dst=/x,bind-nonrecursive', mnt('bind', '/tmp', '/x')],
    ['type=bind,src=/tmp,dst=/x,consistency=cached', mnt('bind', '/tmp', '/x')],
    // 20.10 ignores volume-subpath (even "../sub" and anonymous): accepted, kept in the spec.
    [
      'type=volume,src=v1x,dst=/x,volume-subpath=sub,volume-nocopy',
      mnt('volume', 'v1x', '/x', { subpath: 'sub', noCopy: true }),
    ],
    ['type=volume,dst=/x,volume-subpath=sub', mnt('volume', null, '/x', { subpath: 'sub' })],
  ])('--mount %s', (flag, expected) => {
    expect(throughDaemon({ mount: [flag] }, CWD)).toEqual([expected]);
  });
});

describe('--mount: invalid values', () => {
  const flagErr = (value: string, why: string): [string, string, string] => [
    value,
    'flag',
    `invalid argument ${JSON.stringify(value)} for "--mount" flag: ${why}`,
  ];
  it.each<[string, string, string]>([
    flagErr('type=bind', 'target is required'),
    flagErr('type=bind,source=/tmp', 'target is required'),
    flagErr('src=v,dst=', 'target is required'),
    flagErr('type=,dst=/x', 'type is required'),
    flagErr('', 'EOF'),
    flagErr('target=/x,foo', "invalid field 'foo' must be a key=value pair"),
    flagErr(
      'type=bind,src=/tmp,dst=/x,bind-create-src',
      "invalid field 'bind-create-src' must be a key=value pair",
    ),
    flagErr(
      'type=bind,src=/tmp,dst=/x,bind-create-src=true',
      "unexpected key 'bind-create-src' in 'bind-create-src=true'",
    ),
    flagErr('target=/x,x=1', "unexpected key 'x' in 'x=1'"),
    flagErr(
      'type=bind,src=/tmp,dst=/x,volume-nocopy',
      "cannot mix 'volume-*' options with mount type 'bind'",
    ),
    flagErr(
      'type=volume,src=v1x,dst=/x,bind-propagation=shared',
      "cannot mix 'bind-*' options with mount type 'volume'",
    ),
    flagErr(
      'type=volume,src=v1x,dst=/x,tmpfs-size=1m',
      "cannot mix 'tmpfs-*' options with mount type 'volume'",
    ),
    flagErr('type=tmpfs,dst=/x,tmpfs-size=abc', 'invalid value for tmpfs-size: abc'),
    flagErr('type=tmpfs,dst=/x,tmpfs-size=-1', 'invalid value for tmpfs-size: -1'),
    flagErr('type=tmpfs,dst=/x,tmpfs-mode=999', 'invalid value for tmpfs-mode: 999'),
    flagErr('type=bind,src=/tmp,dst=/x,readonly=maybe', 'invalid value for readonly: maybe'),
    flagErr('type=bind,src=/tmp,dst=/x,ro=2', 'invalid value for ro: 2'),
    flagErr(
      'type=volume,src=v1x,dst=/x,volume-nocopy=maybe',
      'invalid value for volume-nocopy: maybe',
    ),
    flagErr(
      'type=bind,src=/tmp,dst=/x,bind-recursive=foo',
      'invalid value for bind-recursive: foo (must be "enabled", "disabled", "writable", or "readonly")',
    ),
    flagErr(
      'type=bind,src="/tmp,dst=/x',
      'parse error on line 1, column 15: bare " in non-quoted-field',
    ),
    flagErr(
      'type=bind,src="/tmp"x,dst=/x',
      'parse error on line 1, column 15: bare " in non-quoted-field',
    ),
    flagErr(
      'type=bind,src="/tmp",dst=/x',
      'parse error on line 1, column 15: bare " in non-quoted-field',
    ),
    flagErr('a,b"c', 'parse error on line 1, column 4: bare " in non-quoted-field'),
    flagErr(
      '"src=/tmp"x,dst=/x',
      'parse error on line 1, column 10: extraneous or missing " in quoted-field',
    ),
    flagErr(
      '"src=/tmp,dst=/x',
      'parse error on line 1, column 17: extraneous or missing " in quoted-field',
    ),
    [
      'type=volume,dst=/',
      'daemon',
      `${D}invalid mount config for type "volume": invalid specification: destination can't be '/'`,
    ],
    [
      'type=bind,src=/tmp,dst=/',
      'daemon',
      `${D}invalid mount config for type "bind": invalid specification: destination can't be '/'`,
    ],
    [
      'type=tmpfs,src=/tmp,dst=/x',
      'daemon',
      `${D}invalid mount config for type "tmpfs": field Source must not be specified`,
    ],
    ['type=foo,dst=/x', 'daemon', `${D}invalid mount config for type "foo": mount type unknown`],
    [
      'type=image,src=diamol/base,dst=/x',
      'daemon',
      `${D}invalid mount config for type "image": mount type unknown`,
    ],
    [
      'type=bind,src=relative,dst=/x',
      'daemon',
      `${D}invalid mount config for type "bind": invalid mount path: 'relative' mount path must be absolute`,
    ],
    [
      'type=bind,src=~x,dst=/x',
      'daemon',
      `${D}invalid mount config for type "bind": invalid mount path: '~x' mount path must be absolute`,
    ],
    [
      'type=bind,dst=/x',
      'daemon',
      `${D}invalid mount config for type "bind": field Source must not be empty`,
    ],
    [
      'type=volume,dst=relative',
      'daemon',
      `${D}invalid mount config for type "volume": invalid mount path: 'relative' mount path must be absolute`,
    ],
    [
      'type=volume,dst=/x,ro',
      'daemon',
      `${D}invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes`,
    ],
    [
      'type=bind,src=/tmp,dst=/x,bind-propagation=bogus',
      'daemon',
      `${D}invalid mount config for type "bind": invalid propagation mode: bogus`,
    ],
    ['src=bad/name,dst=/x', 'daemon', `${D}create bad/name: "bad/name" ${NAME_RULE}`],
    ['src=/root/db,dst=/x', 'daemon', `${D}create /root/db: "/root/db" ${NAME_RULE}`], // bash expanded src=~/db
    ['src=.,dst=/x', 'daemon', `${D}create /tmp/msp/cwd: "/tmp/msp/cwd" ${NAME_RULE}`],
    [
      'src=.hidden,dst=/x',
      'daemon',
      `${D}create /tmp/msp/cwd/.hidden: "/tmp/msp/cwd/.hidden" ${NAME_RULE}`,
    ],
    ['dst=/x,"src=ab""c"', 'daemon', `${D}create ab"c: "ab\\"c" ${NAME_RULE}`],
  ])('--mount %j', (flag, stage, message) => {
    expect(thrown(() => throughDaemon({ mount: [flag] }, CWD))).toEqual({ stage, message });
  });
});
