import { gunzipSync, gzipSync } from 'fflate';
import { basename, decodeUtf8, encodeUtf8, isFsError, strerror } from '../../fs';
import { gnuUsageError, showBusyboxUsage } from '../util/args/usage-more';
import type { Command, CommandContext } from '../types';

/**
 * gzip [-cdfk] [FILE]..., gunzip [-cfk] [FILE]..., zcat [FILE]... — real deflate (fflate, the
 * same sizes as GNU gzip and BusyBox for the recorded inputs). FILE becomes FILE.gz (GNU stores
 * the name and mtime in the header, BusyBox stores no name) with FILE's mode and times, and
 * FILE is removed unless -k. Without FILE, stdin to stdout; binary output passes through text
 * pipes byte for byte (lib/fs/utf8.ts). GNU's gunzip and zcat are `gzip -d`, so their messages
 * say "gzip:"; BusyBox's applets use their own names.
 */
interface GzipOptions {
  decompress: boolean;
  stdout: boolean;
  force: boolean;
  keep: boolean;
  files: string[];
}

function parse(ctx: CommandContext): GzipOptions | number {
  const gnu = ctx.flavor === 'bash';
  const o: GzipOptions = {
    decompress: ctx.name !== 'gzip',
    stdout: ctx.name === 'zcat',
    force: false,
    keep: false,
    files: [],
  };
  const letters = ctx.name === 'zcat' ? (gnu ? 'f' : '') : ctx.name === 'gzip' ? 'cdfkn' : 'cfkn';
  for (const arg of ctx.args) {
    if (!arg.startsWith('-') || arg === '-') {
      o.files.push(arg);
      continue;
    }
    for (const ch of arg.slice(1)) {
      if (!letters.includes(ch) && !(gnu && '123456789'.includes(ch))) {
        if (gnu) return gnuUsageError(ctx, `invalid option -- '${ch}'`);
        ctx.stderr.write(`${ctx.name}: invalid option -- '${ch}'\n`);
        return showBusyboxUsage(ctx);
      }
      if (ch === 'd') o.decompress = true;
      if (ch === 'c') o.stdout = true;
      if (ch === 'f') o.force = true;
      if (ch === 'k') o.keep = true;
    }
  }
  return o;
}

export const gzip: Command = { name: 'gzip', run: (ctx) => runGzip(ctx) };
export const gunzip: Command = { name: 'gunzip', run: (ctx) => runGzip(ctx) };
export const zcat: Command = { name: 'zcat', run: (ctx) => runGzip(ctx) };

function runGzip(ctx: CommandContext): number {
  const o = parse(ctx);
  if (typeof o === 'number') return o;
  const gnu = ctx.flavor === 'bash';
  if (o.files.length === 0) o.files.push('-');
  let status = 0;
  for (const file of o.files) {
    const s = file === '-' ? viaStdio(ctx, o) : oneFile(ctx, o, file);
    // GNU: a warning (2) does not hide an error (1)
    status = gnu ? (s === 1 || status === 1 ? 1 : Math.max(s, status)) : Math.max(s, status);
  }
  return status;
}

/** The name messages carry: GNU's gunzip/zcat are gzip. */
function who(ctx: CommandContext): string {
  return ctx.flavor === 'bash' ? 'gzip' : ctx.name;
}

function viaStdio(ctx: CommandContext, o: GzipOptions): number {
  const input = encodeUtf8(ctx.stdin);
  if (!o.decompress) {
    if (ctx.tty && !o.force) {
      ctx.stderr.write(
        `${who(ctx)}: compressed data not written to a terminal. Use -f to force compression.\n` +
          (ctx.flavor === 'bash' ? 'For help, type: gzip -h\n' : ''),
      );
      return 1;
    }
    ctx.stdout.write(decodeUtf8(gzipSync(input, { level: 6, mtime: 0 })));
    return 0;
  }
  const out = inflate(ctx, input, 'stdin', true);
  if (out === null) return 1;
  ctx.stdout.write(decodeUtf8(out));
  return 0;
}

function inflate(
  ctx: CommandContext,
  data: Uint8Array,
  name: string,
  toStdout: boolean,
): Uint8Array | null {
  if (data[0] !== 0x1f || data[1] !== 0x8b) {
    if (ctx.flavor !== 'bash') {
      ctx.stderr.write(
        `${ctx.name}: ${ctx.name === 'zcat' || toStdout ? 'no gzip/bzip2/xz magic' : 'invalid magic'}\n`,
      );
    } else ctx.stderr.write(`${toStdout ? '\n' : ''}gzip: ${name}: not in gzip format\n`);
    return null;
  }
  try {
    return gunzipSync(data);
  } catch {
    ctx.stderr.write(
      ctx.flavor === 'bash'
        ? `gzip: ${name}: invalid compressed data--format violated\n`
        : `${ctx.name}: corrupted data\n`,
    );
    return null;
  }
}

function oneFile(ctx: CommandContext, o: GzipOptions, file: string): number {
  const gnu = ctx.flavor === 'bash';
  const path = ctx.resolve(file);
  let data: Uint8Array;
  let st;
  try {
    st = ctx.fs.stat(path);
    if (st.kind === 'dir') {
      ctx.stderr.write(
        gnu
          ? `gzip: ${file} is a directory -- ignored\n`
          : `${ctx.name}: ${file}: Is a directory\n`,
      );
      return gnu ? 2 : 1;
    }
    data = ctx.fs.readFile(path);
  } catch (e) {
    if (!isFsError(e)) throw e;
    ctx.stderr.write(`${who(ctx)}: ${file}: ${strerror(e.code)}\n`);
    return 1;
  }
  if (o.decompress && !o.stdout && !file.endsWith('.gz')) {
    ctx.stderr.write(
      gnu
        ? `gzip: ${file}: unknown suffix -- ignored\n`
        : `${ctx.name}: ${file}: unknown suffix - ignored\n`,
    );
    return gnu ? 2 : 1;
  }
  if (!o.decompress && !o.stdout && file.endsWith('.gz')) {
    ctx.stderr.write(gnu ? `gzip: ${file} already has .gz suffix -- unchanged\n` : '');
    return gnu ? 2 : 0;
  }
  const out = o.decompress
    ? inflate(ctx, data, file, o.stdout)
    : gzipSync(data, {
        level: 6,
        mtime: gnu ? st.mtime : 0,
        filename: gnu ? basename(file) : undefined,
      });
  if (out === null) return 1;
  if (o.stdout) {
    ctx.stdout.write(decodeUtf8(out));
    return 0;
  }
  const target = o.decompress ? file.slice(0, -3) : `${file}.gz`;
  const targetPath = ctx.resolve(target);
  if (ctx.fs.exists(targetPath) && !o.force) {
    ctx.stderr.write(
      gnu
        ? `gzip: ${target} already exists;\tnot overwritten\n`
        : `${ctx.name}: can't open '${target}': File exists\n`,
    );
    return gnu ? 2 : 1;
  }
  try {
    ctx.fs.writeFile(targetPath, out, { mode: st.mode });
    ctx.fs.chmod(targetPath, st.mode);
    ctx.fs.utimes(targetPath, st.mtime);
    if (!o.keep) ctx.fs.unlink(path);
  } catch (e) {
    if (!isFsError(e)) throw e;
    ctx.stderr.write(`${who(ctx)}: ${target}: ${strerror(e.code)}\n`);
    return 1;
  }
  return 0;
}
