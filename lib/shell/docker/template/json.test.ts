/** encoding/json and json.Indent as the CLI and daemon use them (strings from real output). */
import { describe, expect, it } from 'vitest';
import { indentJSON, marshal } from './json';
import { GoSlice, goMap, goSet, ptr, strings, struct } from './values';

describe('marshal', () => {
  it.each<[string, Parameters<typeof marshal>[0], boolean, string]>([
    ['nil slice', strings(null), false, 'null'],
    ['empty slice', strings([]), false, '[]'],
    ['nil map', goMap(null), false, 'null'],
    ['set', goSet({ '/data': {} }), false, '{"/data":{}}'],
    ['sorted keys', goMap({ b: '2', a: '1' }), false, '{"a":"1","b":"2"}'],
    ['nil pointer', ptr('*T', null), false, 'null'],
    ['no HTML escaping (CLI json, daemon)', '<a&b>', false, '"<a&b>"'],
    // docker ps --format '{{json .}}': "Command":"\"echo '\u003chi \u0026 bye\u003e'\""
    [
      'HTML escaping (json.Marshal)',
      `"echo '<hi & bye>'"`,
      true,
      `"\\"echo '\\u003chi \\u0026 bye\\u003e'\\""`,
    ],
    ['control characters', 'a\tb\nc\u0001', false, '"a\\tb\\nc\\u0001"'],
    [
      'omitempty',
      struct('container.MountPoint', {
        Type: 'bind',
        Name: ['', 'omitempty'],
        Source: '/srv/host',
        Destination: '/app',
        Driver: ['', 'omitempty'],
        Mode: 'ro',
        RW: false,
        Propagation: 'rprivate',
      }),
      false,
      '{"Type":"bind","Source":"/srv/host","Destination":"/app","Mode":"ro","RW":false,"Propagation":"rprivate"}',
    ],
  ])('%s', (_, value, escape, expected) => {
    expect(marshal(value, escape)).toBe(expected);
  });
});

describe('indentJSON', () => {
  it('indents like json.Indent with 4 spaces (docker volume inspect)', () => {
    const v = struct('volume.Volume', {
      CreatedAt: '2026-11-28T00:11:50Z',
      Driver: 'local',
      Labels: goMap(null, ''),
      Mountpoint: '/var/lib/docker/volumes/mydata/_data',
      Name: 'mydata',
      Options: goMap(null, ''),
      Scope: 'local',
    });
    expect(indentJSON(`[${marshal(v)}]`)).toBe(
      [
        '[',
        '    {',
        '        "CreatedAt": "2026-11-28T00:11:50Z",',
        '        "Driver": "local",',
        '        "Labels": null,',
        '        "Mountpoint": "/var/lib/docker/volumes/mydata/_data",',
        '        "Name": "mydata",',
        '        "Options": null,',
        '        "Scope": "local"',
        '    }',
        ']',
      ].join('\n'),
    );
  });

  it('keeps empty arrays/objects closed and nests', () => {
    const v = struct('x', {
      Dns: new GoSlice([]),
      Config: goMap({}),
      ConsoleSize: new GoSlice([0, 0]),
    });
    expect(indentJSON(marshal(v))).toBe(
      '{\n    "Dns": [],\n    "Config": {},\n    "ConsoleSize": [\n        0,\n        0\n    ]\n}',
    );
  });

  it('leaves brackets and commas inside strings alone', () => {
    expect(indentJSON('["a,[b]{c}:\\"d"]')).toBe('[\n    "a,[b]{c}:\\"d"\n]');
  });
});
