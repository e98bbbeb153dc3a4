/**
 * The tar archive format, as bytes: 512-byte ustar headers, contents padded to 512, two zero
 * blocks at the end. GNU tar writes the old GNU magic ("ustar  ") and pads the archive to a
 * 10240-byte record (`ls -l` shows 10240 for a small archive); BusyBox writes POSIX "ustar\0"
 * and no record padding. Names longer than 100 bytes go into the ustar prefix field, or a GNU
 * ././@LongLink entry when they cannot be split. Reading accepts both and GNU long names.
 */
import { decodeUtf8, encodeUtf8 } from '../../fs';

export const BLOCK = 512;
export const GNU_RECORD = 10_240;

export type MemberKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'chardev';

export interface Member {
  /** Path as stored (no leading '/'; directories end with '/'). */
  name: string;
  kind: MemberKind;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  /** ms since the epoch (stored in whole seconds). */
  mtime: number;
  data: Uint8Array;
  /** Symlink or hard-link target. */
  linkname: string;
  rdev?: { major: number; minor: number };
}

const TYPEFLAG: Record<MemberKind, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  chardev: '3',
  dir: '5',
};

function putString(block: Uint8Array, at: number, len: number, text: string): void {
  block.set(encodeUtf8(text).subarray(0, len), at);
}

function putOctal(block: Uint8Array, at: number, len: number, value: number): void {
  putString(block, at, len, `${value.toString(8).padStart(len - 1, '0')}\0`);
}

function header(m: Member, name: string, prefix: string, gnu: boolean, size: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  putString(block, 0, 100, name);
  putOctal(block, 100, 8, m.mode & 0o7777);
  putOctal(block, 108, 8, m.uid);
  putOctal(block, 116, 8, m.gid);
  putOctal(block, 124, 12, size);
  putOctal(block, 136, 12, Math.floor(m.mtime / 1000));
  block.fill(0x20, 148, 156); // checksum counts as spaces while summing
  putString(block, 156, 1, m.kind === 'file' && name === '././@LongLink' ? 'L' : TYPEFLAG[m.kind]);
  putString(block, 157, 100, m.linkname);
  putString(block, 257, 8, gnu ? 'ustar  \0' : 'ustar\x0000');
  putString(block, 265, 32, m.uname);
  putString(block, 297, 32, m.gname);
  if (m.rdev) {
    putOctal(block, 329, 8, m.rdev.major);
    putOctal(block, 337, 8, m.rdev.minor);
  }
  putString(block, 345, 155, prefix);
  const sum = block.reduce((a, b) => a + b, 0);
  putString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** Splits a long name at a '/' into ustar prefix (≤155 bytes) and name (≤100 bytes). */
function splitName(name: string): { prefix: string; name: string } | null {
  if (encodeUtf8(name).length <= 100) return { prefix: '', name };
  for (let i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (encodeUtf8(prefix).length <= 155 && encodeUtf8(rest).length <= 100 && rest !== '')
      return { prefix, name: rest };
  }
  return null;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = data.length % BLOCK;
  return rest === 0 ? [data] : [data, new Uint8Array(BLOCK - rest)];
}

/** The bytes of an archive holding `members`, in order. */
export function writeArchive(members: readonly Member[], gnu: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const m of members) {
    const data = m.kind === 'file' ? m.data : new Uint8Array(0);
    const split = splitName(m.name);
    if (split === null) {
      const long = encodeUtf8(`${m.name}\0`);
      const entry: Member = { ...m, kind: 'file', mode: 0, uid: 0, gid: 0, mtime: 0 };
      parts.push(
        header(
          { ...entry, uname: 'root', gname: 'root', linkname: '' },
          '././@LongLink',
          '',
          gnu,
          long.length,
        ),
      );
      parts.push(...padded(long));
    }
    const { prefix, name } = split ?? { prefix: '', name: m.name.slice(0, 100) };
    parts.push(header(m, name, prefix, gnu, data.length), ...padded(data));
  }
  parts.push(new Uint8Array(2 * BLOCK));
  let size = parts.reduce((n, p) => n + p.length, 0);
  if (gnu && size % GNU_RECORD !== 0) {
    parts.push(new Uint8Array(GNU_RECORD - (size % GNU_RECORD)));
    size += GNU_RECORD - (size % GNU_RECORD);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function field(block: Uint8Array, at: number, len: number): string {
  const raw = block.subarray(at, at + len);
  const end = raw.indexOf(0);
  return decodeUtf8(end < 0 ? raw : raw.subarray(0, end));
}

function octal(block: Uint8Array, at: number, len: number): number {
  const text = field(block, at, len).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

const KINDS: Record<string, MemberKind> = {
  '0': 'file',
  '\0': 'file',
  '': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'chardev',
  '5': 'dir',
};

export type ReadResult =
  { ok: true; members: Member[] } | { ok: false; why: 'not-tar' | 'short'; members: Member[] };

function validChecksum(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
  return octal(block, 148, 8) === sum;
}

/** The members of an archive; stops at the end blocks. */
export function readArchive(bytes: Uint8Array): ReadResult {
  const members: Member[] = [];
  // an empty input is no archive (GNU: "does not look like a tar archive", BusyBox: short read)
  if (bytes.length === 0) return { ok: false, why: 'short', members };
  let at = 0;
  let longName: string | null = null;
  while (at + BLOCK <= bytes.length) {
    const block = bytes.subarray(at, at + BLOCK);
    if (block.every((b) => b === 0)) return { ok: true, members };
    if (!validChecksum(block)) return { ok: false, why: 'not-tar', members };
    const size = octal(block, 124, 12);
    const type = field(block, 156, 1);
    const data = bytes.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      longName = decodeUtf8(data).replace(/\0+$/, '');
      continue;
    }
    const prefix = field(block, 345, 155);
    const short = field(block, 0, 100);
    const name = longName ?? (prefix !== '' ? `${prefix}/${short}` : short);
    longName = null;
    const kind = KINDS[type] ?? 'file';
    members.push({
      name,
      kind,
      mode: octal(block, 100, 8),
      uid: octal(block, 108, 8),
      gid: octal(block, 116, 8),
      uname: field(block, 265, 32),
      gname: field(block, 297, 32),
      mtime: octal(block, 136, 12) * 1000,
      data: kind === 'file' ? data.slice() : new Uint8Array(0),
      linkname: field(block, 157, 100),
      rdev:
        kind === 'chardev'
          ? { major: octal(block, 329, 8), minor: octal(block, 337, 8) }
          : undefined,
    });
  }
  return bytes.length === 0 || at >= bytes.length
    ? { ok: true, members }
    : { ok: false, why: 'short', members };
}
