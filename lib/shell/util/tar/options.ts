/** What `tar` was asked to do, and the wording of its errors in each flavor. */
import { encodeUtf8, decodeUtf8, isFsError, strerror } from '../../../fs';
import type { CommandContext } from '../../types';

export interface TarOptions {
  mode: 'c' | 'x' | 't' | null;
  /** -f ARCHIVE ("-" or none: stdin/stdout). */
  file: string | null;
  /** -C DIR. */
  dir: string | null;
  gzip: boolean;
  /** -v count (-vv: long listing while creating or extracting). */
  verbose: number;
  operands: string[];
}

/** GNU's usage error: the message, then tar's own "Try" line; status 2. */
export function tarUsage(ctx: CommandContext, message: string): number {
  ctx.stderr.write(`tar: ${message}\nTry 'tar --help' or 'tar --usage' for more information.\n`);
  return 2;
}

/** GNU ends a run with errors in non-fatal places with this line and status 2. */
export function gnuDelayed(ctx: CommandContext): number {
  ctx.stderr.write('tar: Exiting with failure status due to previous errors\n');
  return 2;
}

/** A fatal error: GNU adds "Error is not recoverable" (2); BusyBox just stops (1). */
export function fatal(ctx: CommandContext, gnuText: string, busyboxText: string): number {
  if (ctx.flavor === 'bash') {
    ctx.stderr.write(`tar: ${gnuText}\ntar: Error is not recoverable: exiting now\n`);
    return 2;
  }
  ctx.stderr.write(`tar: ${busyboxText}\n`);
  return 1;
}

export function errnoText(e: unknown): string {
  if (isFsError(e)) return strerror(e.code);
  throw e;
}

/** Is `path` an existing directory (for -C)? Reports the flavor's error when not. */
export function checkDir(ctx: CommandContext, dir: string): number | null {
  try {
    if (ctx.fs.stat(ctx.resolve(dir)).kind === 'dir') return null;
    return fatal(
      ctx,
      `${dir}: Cannot open: Not a directory`,
      `can't change directory to '${dir}': Not a directory`,
    );
  } catch (e) {
    const why = errnoText(e);
    return fatal(ctx, `${dir}: Cannot open: ${why}`, `can't change directory to '${dir}': ${why}`);
  }
}

/** Archive bytes to stdout: a text pipe carries raw bytes (see lib/fs/utf8.ts). */
export function writeBytes(ctx: CommandContext, bytes: Uint8Array): void {
  ctx.stdout.write(decodeUtf8(bytes));
}

export function stdinBytes(ctx: CommandContext): Uint8Array {
  return encodeUtf8(ctx.stdin);
}
