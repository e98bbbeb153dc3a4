import { gnuQuote } from '../quote';
import type { Stat } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { loadIds, type Ids } from '../util/files/ids';
import { modeString } from '../util/files/mode';
import { fsPath } from '../util/files/path';
import { attempt, report, why } from '../util/files/report';
import { kbBlocks } from '../util/files/size';
import { statDate } from '../util/files/time';

/**
 * Numbers the simulated disk reports (documented choice): one ext4-like device 8:1 with
 * 4096-byte blocks; stat's "Blocks" are 512-byte units (a 6-byte file: 8). lib/fs keeps
 * only mtime, so Access and Change show it too, and GNU's Birth is "-" (unknown).
 */
const DEVICE = { gnu: '8,1', busybox: '801h/2049d', number: 2049 };

function fileType(st: Stat): string {
  if (st.kind === 'dir') return 'directory';
  if (st.kind === 'symlink') return 'symbolic link';
  if (st.kind === 'chardev') return 'character special file';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

interface Target {
  name: string;
  st: Stat;
  link: string | undefined;
}

function field(spec: string, t: Target, ids: Ids, gnu: boolean): string {
  const { st } = t;
  const secs = String(Math.floor(st.mtime / 1000));
  switch (spec) {
    case 'n':
      return t.name;
    case 'N':
      if (gnu) return gnuQuote(t.name) + (t.link === undefined ? '' : ` -> ${gnuQuote(t.link)}`);
      return t.link === undefined ? t.name : `'${t.name}' -> '${t.link}'`;
    case 's':
      return String(st.size);
    case 'a':
      return (st.kind === 'symlink' ? 0o777 : st.mode).toString(8);
    case 'A':
      return modeString(st);
    case 'f':
      return (
        (st.kind === 'dir'
          ? 0o40000
          : st.kind === 'symlink'
            ? 0o120000
            : st.kind === 'chardev'
              ? 0o20000
              : 0o100000) | st.mode
      ).toString(16);
    case 'u':
      return String(st.uid);
    case 'g':
      return String(st.gid);
    case 'U':
      return ids.user(st.uid) ?? 'UNKNOWN';
    case 'G':
      return ids.group(st.gid) ?? 'UNKNOWN';
    case 'F':
      return fileType(st);
    case 'i':
      return String(st.ino);
    case 'h':
      return String(st.nlink);
    case 'b':
      return String(kbBlocks(st) * 2);
    case 'B':
      return '512';
    case 'o':
      return '4096';
    case 'd':
      return String(DEVICE.number);
    case 'D':
      return '801';
    case 't':
      return (st.rdev?.major ?? 0).toString(16);
    case 'T':
      return (st.rdev?.minor ?? 0).toString(16);
    case 'x':
    case 'y':
    case 'z':
      return statDate(st.mtime);
    case 'X':
    case 'Y':
    case 'Z':
      return secs;
    case 'w':
      return gnu ? '-' : 'w';
    case 'W':
      return gnu ? '0' : 'W';
    case '%':
      return '%';
    default:
      return gnu ? '?' : spec;
  }
}

function format(fmt: string, t: Target, ids: Ids, gnu: boolean): string {
  return fmt.replace(/%(.?)/gs, (_, spec: string) =>
    spec === '' ? '%' : field(spec, t, ids, gnu),
  );
}

function defaultFormat(t: Target, ids: Ids, gnu: boolean): string {
  const { st } = t;
  const name = gnu
    ? t.name + (t.link === undefined ? '' : ` -> ${t.link}`)
    : field('N', t, ids, false);
  const user = ids.user(st.uid) ?? 'UNKNOWN';
  const group = ids.group(st.gid) ?? 'UNKNOWN';
  const mode = (st.kind === 'symlink' ? 0o777 : st.mode).toString(8).padStart(4, '0');
  const time = statDate(st.mtime);
  return (
    `  File: ${name}\n` +
    `  Size: ${String(st.size).padEnd(10)}\tBlocks: ${String(kbBlocks(st) * 2).padEnd(10)} IO Block: 4096   ${fileType(st)}\n` +
    `Device: ${gnu ? DEVICE.gnu : DEVICE.busybox}\tInode: ${String(st.ino).padEnd(10)}  Links: ${st.nlink}\n` +
    `Access: (${mode}/${modeString(st)})  Uid: (${String(st.uid).padStart(5)}/${user.padStart(8)})   Gid: (${String(st.gid).padStart(5)}/${group.padStart(8)})\n` +
    `Access: ${time}\nModify: ${time}\nChange: ${time}\n` +
    (gnu ? ' Birth: -\n' : '')
  );
}

/** stat [-L] [-c FORMAT] FILE... — GNU coreutils 9.1 and BusyBox layouts. */
export const stat: Command = {
  name: 'stat',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const p = parseOrFail(ctx, {
      flags: 'Lct',
      withValue: 'c',
      long: { dereference: 'L', format: 'c', printf: 'p' },
    });
    if ('status' in p) return p.status;
    const { flags, operands, values } = p.opts;
    if (operands.length === 0) return missingOperand(ctx);
    const ids = loadIds(ctx.fs);
    let status = 0;
    for (const name of operands) {
      const path = fsPath(ctx, name);
      const st = attempt(() => (flags.has('L') ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
      if (!st.ok) {
        status = report(
          ctx,
          `cannot statx ${gnuQuote(name)}: ${why(st.error)}`,
          `can't stat '${name}': ${why(st.error)}`,
        );
        continue;
      }
      const link = st.value.kind === 'symlink' ? ctx.fs.readlink(path) : undefined;
      const t: Target = { name, st: st.value, link };
      const terse = gnu
        ? '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o'
        : '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o';
      const fmt = flags.has('t') ? terse : (values.get('c') ?? values.get('p'));
      if (fmt === undefined) ctx.stdout.write(defaultFormat(t, ids, gnu));
      else ctx.stdout.write(format(fmt, t, ids, gnu) + (values.has('p') ? '' : '\n'));
    }
    return status;
  },
};
