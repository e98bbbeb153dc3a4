/**
 * Long outputs in bounded pieces: a producer that could run forever (yes, cat /dev/zero, a big
 * seq) writes a few KiB at a time, lets the page breathe between pieces (ctx.pause) and stops on
 * Ctrl-C or once its output takes no more. A write may throw (a closed pipe, a full disk): the
 * exception propagates to the interpreter, which reports it as the real tool would.
 */
import type { Stat } from '../../../fs';
import type { CommandContext, Output } from '../../types';

/** How much a producer writes between two pauses. */
export const CHUNK_BYTES = 4096;

/** True once `out` refuses more (the per-command output cap is spent, see io.ts Limited). */
export function outputFull(out: Output): boolean {
  return (out as { overflowed?: unknown }).overflowed === true;
}

/**
 * Writes what `next` returns until it returns null, Ctrl-C, or a full output; pauses between
 * pieces. Resolves true when `next` ran out (the output is complete).
 */
export async function pump(ctx: CommandContext, next: () => string | null): Promise<boolean> {
  for (;;) {
    if (ctx.cancel.cancelled || outputFull(ctx.stdout)) return false;
    const piece = next();
    if (piece === null) return true;
    ctx.stdout.write(piece);
    await ctx.pause();
  }
}

/** Groups short lines into CHUNK_BYTES pieces for pump: `line` returns null at the end. */
export function chunked(line: () => string | null): () => string | null {
  let done = false;
  return () => {
    if (done) return null;
    let piece = '';
    while (piece.length < CHUNK_BYTES) {
      const l = line();
      if (l === null) {
        done = true;
        break;
      }
      piece += l;
    }
    return piece === '' && done ? null : piece;
  };
}

/** Devices a read never exhausts: zero, full (reads zeros), random, urandom. */
export function isEndlessDevice(st: Stat): boolean {
  return st.kind === 'chardev' && st.rdev?.major === 1 && [5, 7, 8, 9].includes(st.rdev.minor);
}

/** Copies an endless device to stdout until Ctrl-C or a full output (cat /dev/zero). */
export async function streamDevice(ctx: CommandContext, path: string): Promise<void> {
  const block = ctx.fs.readTextFile(path);
  let at = 0;
  await pump(ctx, () => {
    const piece = block.slice(at, at + CHUNK_BYTES);
    at = at + CHUNK_BYTES >= block.length ? 0 : at + CHUNK_BYTES;
    return piece;
  });
}
