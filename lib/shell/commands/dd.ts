/**
 * dd (BusyBox 1.35, in containers): copies `count` blocks of `bs` bytes from if= (or stdin) to
 * of= (or stdout) and reports `N+M records in/out` (full + partial blocks) on stderr, as the
 * Debian busybox-static build prints it (no byte/rate line). A write that runs out of room (a
 * full tmpfs) is `dd: error writing 'FILE': No space left on device`, status 1.
 */
import { FsError, decodeUtf8, encodeUtf8, isFsError, strerror } from '../../fs';
import { MAX_FILE_BYTES } from '../redirect';
import { isEndlessDevice, outputFull } from '../util/stream';
import { BUSYBOX_BANNER } from '../util/fs-usage';
import type { Command, CommandContext } from '../types';

const SUFFIXES: Record<string, number> = {
  '': 1,
  c: 1,
  w: 2,
  b: 512,
  kB: 1000,
  kD: 1000,
  k: 1024,
  K: 1024,
  MB: 1000 ** 2,
  MD: 1000 ** 2,
  M: 1024 ** 2,
  GB: 1000 ** 3,
  GD: 1000 ** 3,
  G: 1024 ** 3,
};
const KEYS = [
  'if',
  'of',
  'bs',
  'ibs',
  'obs',
  'count',
  'skip',
  'seek',
  'conv',
  'iflag',
  'oflag',
  'status',
];
const NUMERIC = ['bs', 'ibs', 'obs', 'count', 'skip', 'seek'];

const USAGE = `${BUSYBOX_BANNER}

Usage: dd [if=FILE] [of=FILE] [ibs=N obs=N/bs=N] [count=N] [skip=N] [seek=N]
\t[conv=notrunc|noerror|sync|fsync]
\t[iflag=skip_bytes|count_bytes|fullblock|direct] [oflag=seek_bytes|append|direct]

Copy a file with converting and formatting

\tif=FILE\t\tRead from FILE instead of stdin
\tof=FILE\t\tWrite to FILE instead of stdout
\tbs=N\t\tRead and write N bytes at a time
\tibs=N\t\tRead N bytes at a time
\tobs=N\t\tWrite N bytes at a time
\tcount=N\t\tCopy only N input blocks
\tskip=N\t\tSkip N input blocks
\tseek=N\t\tSkip N output blocks
\tconv=notrunc\tDon't truncate output file
\tconv=noerror\tContinue after read errors
\tconv=sync\tPad blocks with zeros
\tconv=fsync\tPhysically write data out before finishing
\tconv=swab\tSwap every pair of bytes
\tiflag=skip_bytes\tskip=N is in bytes
\tiflag=count_bytes\tcount=N is in bytes
\toflag=seek_bytes\tseek=N is in bytes
\tiflag=direct\tO_DIRECT input
\toflag=direct\tO_DIRECT output
\tiflag=fullblock\tRead full blocks
\toflag=append\tOpen output in append mode
\tstatus=noxfer\tSuppress rate output
\tstatus=none\tSuppress all output

N may be suffixed by c (1), w (2), b (512), kB (1000), k (1024), MB, M, GB, G
`;

function parseNumber(text: string): number | null {
  const m = /^(\d+)([a-zA-Z]*)$/.exec(text);
  const mul = m ? SUFFIXES[m[2]!] : undefined;
  return m && mul !== undefined ? Number(m[1]) * mul : null;
}

interface Counts {
  inFull: number;
  inPart: number;
  outFull: number;
  outPart: number;
}

type Operands = Map<string, string>;

function parseOperands(ctx: CommandContext): Operands | number {
  const ops: Operands = new Map();
  for (const arg of ctx.args) {
    const eq = arg.indexOf('=');
    const key = arg.slice(0, eq);
    if (eq < 0 || !KEYS.includes(key)) {
      ctx.stderr.write(USAGE);
      return 1;
    }
    const value = arg.slice(eq + 1);
    if (NUMERIC.includes(key) && parseNumber(value) === null) {
      ctx.stderr.write(`dd: invalid number '${value}'\n`);
      return 1;
    }
    ops.set(key, value);
  }
  return ops;
}

/** The input as one byte array, or an endless device's block to repeat; null after an error. */
function readInput(ctx: CommandContext, path: string | undefined) {
  if (path === undefined) return { bytes: encodeUtf8(ctx.stdin), endless: false };
  try {
    const file = ctx.resolve(path);
    return { bytes: ctx.fs.readFile(file), endless: isEndlessDevice(ctx.fs.stat(file)) };
  } catch (e) {
    if (!isFsError(e)) throw e;
    ctx.stderr.write(`dd: can't open '${path}': ${strerror(e.code)}\n`);
    return null;
  }
}

export const dd: Command = {
  name: 'dd',
  flavors: ['busybox'],
  async run(ctx) {
    const ops = parseOperands(ctx);
    if (typeof ops === 'number') return ops;
    const bs = parseNumber(ops.get('bs') ?? ops.get('ibs') ?? '512')!;
    const count = ops.has('count') ? parseNumber(ops.get('count')!)! : Infinity;
    const input = readInput(ctx, ops.get('if'));
    if (!input) return 1;
    const of = ops.get('of');
    const target = of === undefined ? null : ctx.resolve(of);
    const n: Counts = { inFull: 0, inPart: 0, outFull: 0, outPart: 0 };
    let status: number;
    try {
      if (target !== null) ctx.fs.writeFile(target, '');
      status = await copyBlocks(ctx, input, bs, count, target, of ?? '', n);
    } catch (e) {
      if (!isFsError(e)) throw e;
      ctx.stderr.write(`dd: can't open '${of}': ${strerror(e.code)}\n`);
      return 1;
    }
    if (ops.get('status') !== 'none')
      ctx.stderr.write(
        `${n.inFull}+${n.inPart} records in\n${n.outFull}+${n.outPart} records out\n`,
      );
    return status;
  },
};

async function copyBlocks(
  ctx: CommandContext,
  input: { bytes: Uint8Array; endless: boolean },
  bs: number,
  count: number,
  target: string | null,
  shown: string,
  n: Counts,
): Promise<number> {
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (ctx.cancel.cancelled) return 130;
    const block = input.endless
      ? new Uint8Array(bs)
      : input.bytes.subarray(at, Math.min(at + bs, input.bytes.length));
    at += block.length;
    if (block.length === 0) break;
    if (block.length === bs) n.inFull++;
    else n.inPart++;
    if (target === null) {
      if (outputFull(ctx.stdout)) break;
      ctx.stdout.write(decodeUtf8(block));
    } else {
      try {
        // a disk without a limit still ends where the shell's redirections end (redirect.ts)
        if (ctx.fs.stat(target).size + block.length > MAX_FILE_BYTES)
          throw new FsError('ENOSPC', 'write', target);
        ctx.fs.appendFile(target, block);
      } catch (e) {
        if (!isFsError(e) || e.code !== 'ENOSPC') throw e;
        // a short write before the error is not counted (busybox full_write, then the error)
        ctx.stderr.write(`dd: error writing '${shown}': ${strerror('ENOSPC')}\n`);
        return 1;
      }
    }
    if (block.length === bs) n.outFull++;
    else n.outPart++;
    if (i % 64 === 63) await ctx.pause();
  }
  return 0;
}
