/** COMMAND / CREATED BY / MOUNTS truncation and short IDs, as printed by the real CLI 28.2.2. */
import { describe, expect, it } from 'vitest';
import { mountsColumn, quoteCommand, shortId, truncate } from './truncate';

describe('quoteCommand (docker ps COMMAND: Ellipsis to 20 columns, then strconv.Quote)', () => {
  it.each<[string, string, string]>([
    // [command as created, ps, ps --no-trunc] — all recorded
    [
      `sh -c 'trap "exit 0" TERM; while true; do sleep 1; done'`,
      `"sh -c 'trap \\"exit 0…"`,
      `"sh -c 'trap \\"exit 0\\" TERM; while true; do sleep 1; done'"`,
    ],
    [
      `sh -c 'echo "quoted \\"x\\"" > /dev/null'`,
      `"sh -c 'echo \\"quoted…"`,
      `"sh -c 'echo \\"quoted \\\\\\"x\\\\\\"\\" > /dev/null'"`,
    ],
    [
      "sh -c 'dd if=/dev/zero of=/big bs=1000 count=2050 2>/dev/null; head -c 36 /dev/zero > /s36'",
      `"sh -c 'dd if=/dev/z…"`,
      `"sh -c 'dd if=/dev/zero of=/big bs=1000 count=2050 2>/dev/null; head -c 36 /dev/zero > /s36'"`,
    ],
    [
      "sh -c 'head -c 999 /dev/zero > /f'",
      `"sh -c 'head -c 999 …"`,
      `"sh -c 'head -c 999 /dev/zero > /f'"`,
    ],
    ['echo 안녕', '"echo 안녕"', '"echo 안녕"'],
    [
      'echo 안녕하세요 여러분 반갑습니다',
      '"echo 안녕하세요 여…"',
      '"echo 안녕하세요 여러분 반갑습니다"',
    ],
    ["sh -c 'exit 3'", `"sh -c 'exit 3'"`, `"sh -c 'exit 3'"`],
    ['true', '"true"', '"true"'],
  ])('%s', (command, short, full) => {
    expect(quoteCommand(command)).toBe(short);
    expect(quoteCommand(command, true)).toBe(full);
  });
});

describe('truncate (formatter.Ellipsis)', () => {
  it.each<[string, number, string]>([
    // recorded: docker history CREATED BY (45), ps MOUNTS (15)
    [
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "trap \'exit 0\' TERM; while true; do sleep 1; done"]',
      45,
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "trap…',
    ],
    [
      '/bin/sh -c #(nop) COPY file:22b6893016e989430cdf1957d9c9adfeeb98f3845cb8b3ee3d69e229fed77b66 in . ',
      45,
      '/bin/sh -c #(nop) COPY file:22b6893016e98943…',
    ],
    [
      '/bin/sh -c #(nop)  ENV SQLITE_DATA_DIRECTORY=/data',
      45,
      '/bin/sh -c #(nop)  ENV SQLITE_DATA_DIRECTORY…',
    ],
    ['/bin/sh -c #(nop)  VOLUME [/data]', 45, '/bin/sh -c #(nop)  VOLUME [/data]'],
    ['msp-a-very-long-volume-name-for-tables', 15, 'msp-a-very-lon…'],
    // derived from the Go source
    ['12345678901234567890', 20, '12345678901234567890'],
    ['123456789012345678901', 20, '1234567890123456789…'],
    ['안녕하세요', 10, '안녕하세요'],
    ['안녕하세요!', 10, '안녕하세…'],
    ['abc', 1, 'a'],
    ['abc', 0, ''],
  ])('%j to %d', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});

describe('shortId and mountsColumn', () => {
  it('keeps 12 characters and drops the sha256: prefix', () => {
    expect(shortId('553c9022b332604efeb46e8ca078a4b6ad0507d9980a781cc30219ea9500b585')).toBe(
      '553c9022b332',
    );
    expect(shortId('sha256:080c61d9499bffdd0bd2eb0689cd7ba0149b62c27d3dfdbf6a2deea469b5edd2')).toBe(
      '080c61d9499b',
    );
  });

  it('joins mount names cut to 15 columns (recorded)', () => {
    const names = [
      'msp-a-very-long-volume-name-for-tables',
      'de3d53b78dc3fe14ac61cba87eb09d5722ac5b3843b404db9bbb776b5e44fdc2',
    ];
    expect(mountsColumn(names)).toBe('msp-a-very-lon…,de3d53b78dc3fe…');
    expect(mountsColumn(names, true)).toBe(names.join(','));
    expect(mountsColumn([])).toBe('');
  });
});
