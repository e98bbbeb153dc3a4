import { describe, expect, it } from 'vitest';
import { hostsText, resolvConfText } from './etc-files';

describe('the /etc files Docker writes (docs/semantics.md#m34-docker-binds-its-own-etc-files)', () => {
  it.each([
    ['nameserver 192.168.0.1\n', 'nameserver 192.168.0.1\n'],
    [
      'search lan\nnameserver 127.0.0.1\nnameserver 10.0.0.1\n',
      'search lan\nnameserver 10.0.0.1\n',
    ],
    ['nameserver ::1\nnameserver fe80::1\n', '\nnameserver 8.8.8.8\nnameserver 8.8.4.4'],
    ['# only a comment\n', '# only a comment\n\nnameserver 8.8.8.8\nnameserver 8.8.4.4'],
    [null, '\nnameserver 8.8.8.8\nnameserver 8.8.4.4'],
  ])('resolv.conf from the host’s %j is %j (FilterResolvDNS, IPv6 off)', (host, expected) => {
    expect(resolvConfText(host)).toBe(expected);
  });

  it('hosts: six fixed lines, then the address line only when there is an address', () => {
    expect(hostsText('box', null).split('\n')).toHaveLength(7);
    expect(
      hostsText('box', '172.17.0.4').endsWith('ff02::2\tip6-allrouters\n172.17.0.4\tbox\n'),
    ).toBe(true);
  });
});
