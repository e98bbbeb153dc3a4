/**
 * dump.rdb in Redis's own RDB format (version 12, as redis 7.4 writes it), so the file a learner
 * finds in the volume starts with "REDIS0012" like a real one: auxiliary fields, database 0
 * with its size hint, plain string entries, EOF, and a zero checksum (Redis skips the check for
 * a zero checksum, so a real redis-server could load this file too). Only string values exist
 * in this simulation; strings are stored length-prefixed, never integer- or LZF-encoded.
 */
import { decodeUtf8, encodeUtf8 } from '../../fs';

export const RDB_VERSION = 12;

const OP_AUX = 0xfa;
const OP_RESIZEDB = 0xfb;
const OP_SELECTDB = 0xfe;
const OP_EOF = 0xff;
const TYPE_STRING = 0;

export interface RdbInfo {
  version: string;
  ctime: number;
}

function length(n: number): number[] {
  if (n < 64) return [n];
  if (n < 16384) return [0x40 | (n >> 8), n & 0xff];
  return [0x80, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function str(text: string): number[] {
  const bytes = [...encodeUtf8(text)];
  return [...length(bytes.length), ...bytes];
}

export function writeRdb(data: ReadonlyMap<string, string>, info: RdbInfo): Uint8Array {
  const out: number[] = [...encodeUtf8(`REDIS${String(RDB_VERSION).padStart(4, '0')}`)];
  const aux = (k: string, v: string) => out.push(OP_AUX, ...str(k), ...str(v));
  aux('redis-ver', info.version);
  aux('redis-bits', '64');
  aux('ctime', String(Math.floor(info.ctime / 1000)));
  aux('used-mem', '1011072');
  aux('aof-base', '0');
  if (data.size > 0) {
    out.push(OP_SELECTDB, 0, OP_RESIZEDB, ...length(data.size), 0);
    for (const [k, v] of data) out.push(TYPE_STRING, ...str(k), ...str(v));
  }
  out.push(OP_EOF, 0, 0, 0, 0, 0, 0, 0, 0);
  return Uint8Array.from(out);
}

export type ReadResult = { data: Map<string, string>; info: RdbInfo } | { error: string };

/** Reads what writeRdb writes; anything else is the error redis-server logs before exiting. */
export function readRdb(bytes: Uint8Array): ReadResult {
  if (bytes.length < 9 || decodeUtf8(bytes.subarray(0, 5)) !== 'REDIS')
    return { error: 'Wrong signature trying to load DB from file' };
  let at = 9;
  const next = () => {
    if (at >= bytes.length) throw new RangeError('short read');
    return bytes[at++]!;
  };
  const len = () => {
    const b = next();
    if (b >> 6 === 0) return b & 0x3f;
    if (b >> 6 === 1) return ((b & 0x3f) << 8) | next();
    if (b === 0x80) return ((next() << 24) | (next() << 16) | (next() << 8) | next()) >>> 0;
    throw new RangeError('unsupported length encoding');
  };
  const string = () => {
    const n = len();
    if (at + n > bytes.length) throw new RangeError('short read');
    const text = decodeUtf8(bytes.subarray(at, at + n));
    at += n;
    return text;
  };
  const data = new Map<string, string>();
  const info: RdbInfo = { version: '', ctime: 0 };
  try {
    for (let op = next(); op !== OP_EOF; op = next()) {
      if (op === OP_AUX) {
        const [k, v] = [string(), string()];
        if (k === 'redis-ver') info.version = v;
        if (k === 'ctime') info.ctime = Number(v) * 1000;
      } else if (op === OP_SELECTDB) len();
      else if (op === OP_RESIZEDB) {
        len();
        len();
      } else if (op === TYPE_STRING) data.set(string(), string());
      else throw new RangeError('unknown type');
    }
  } catch {
    return { error: 'Short read or OOM loading DB. Unrecoverable error, aborting now.' };
  }
  return { data, info };
}
