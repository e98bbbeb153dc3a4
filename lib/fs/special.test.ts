import { describe, expect, it } from 'vitest';
import { createDevFs, createProcFs } from './devices';
import { FsError } from './errors';
import { DEVICE_READ_BYTES } from './special';
import { decodeUtf8, encodeUtf8 } from './utf8';

const clock = () => 0;
const random = () => 0.5;

describe('surrogateescape: any bytes survive a trip through a string', () => {
  it.each([
    [[0x1f, 0x8b, 0x08, 0x00, 0xff, 0x80]],
    [[0xc3]], // a cut multi-byte character
    [[0xed, 0xb2, 0x80]], // an encoded surrogate is not valid UTF-8
    [[0xc0, 0x80]], // overlong NUL
    [[0x68, 0xc3, 0xa9, 0x0a]], // valid text stays text
  ])('%j', (bytes) => {
    const data = Uint8Array.from(bytes);
    expect([...encodeUtf8(decodeUtf8(data))]).toEqual(bytes);
  });

  it('valid UTF-8 decodes to its characters, invalid bytes to U+DC80..U+DCFF', () => {
    expect(decodeUtf8(Uint8Array.from([0x68, 0xc3, 0xa9]))).toBe('hé');
    expect(decodeUtf8(Uint8Array.from([0xff]))).toBe('\udcff');
  });
});

describe('/dev', () => {
  const dev = createDevFs({ clock, random, container: true });

  it('devices stat as character devices with Linux numbers', () => {
    const st = dev.stat('/null');
    expect(st.kind).toBe('chardev');
    expect(st.rdev).toEqual({ major: 1, minor: 3 });
    expect(st.mode).toBe(0o666);
    expect(dev.stat('/urandom').rdev).toEqual({ major: 1, minor: 9 });
    expect(dev.lstat('/stdout').kind).toBe('symlink');
    expect(dev.readlink('/stderr')).toBe('/proc/self/fd/2');
  });

  it('null reads empty and swallows writes; zero and urandom read one bounded chunk', () => {
    dev.writeFile('/null', 'gone');
    expect(dev.readFile('/null').length).toBe(0);
    const zeros = dev.readFile('/zero');
    expect(zeros.length).toBe(DEVICE_READ_BYTES);
    expect(zeros.every((b) => b === 0)).toBe(true);
    expect(dev.readFile('/urandom').length).toBe(DEVICE_READ_BYTES);
  });

  it('/dev/full refuses writes with ENOSPC', () => {
    expect(() => dev.appendFile('/full', 'x')).toThrow(FsError);
    try {
      dev.appendFile('/full', 'x');
    } catch (e) {
      expect((e as FsError).code).toBe('ENOSPC');
    }
  });

  it('a user cannot add files to /dev but may use /dev/shm', () => {
    const user = dev.as({ uid: 1000, gid: 1000 });
    expect(() => user.writeFile('/x', 'x')).toThrow(FsError);
    user.writeFile('/shm/x', 'x');
    expect(user.readTextFile('/shm/x')).toBe('x');
    user.writeFile('/null', 'still fine');
  });
});

describe('/proc', () => {
  it('mounts is computed on every read and stats as size 0', () => {
    let n = 0;
    const proc = createProcFs({ clock, random, mounts: () => `line ${++n}\n` });
    expect(proc.readTextFile('/mounts')).toBe('line 1\n');
    expect(proc.readTextFile('/self/mounts')).toBe('line 2\n');
    expect(proc.stat('/mounts').size).toBe(0);
    expect(proc.lstat('/mounts').kind).toBe('symlink');
  });
});
