/** Error reporting shared by the file commands. */
import { isFsError, strerror, type FsError } from './fs-lib';
import { errorText } from '../../format';
import { gnuQuote } from '../../quote';
import type { CommandContext } from '../../types';
import { missingOperand } from '../args/file-args';

/** Writes `${name}: ${gnu or busybox text}\n` to stderr and returns 1. */
export function report(ctx: CommandContext, gnu: string, busybox: string): number {
  ctx.stderr.write(`${ctx.name}: ${ctx.flavor === 'bash' ? gnu : busybox}\n`);
  return 1;
}

/** The strerror text of an fs error (rethrows anything else). */
export const why = errorText;

/** Runs `fn`; an FsError comes back as the error instead of being thrown. */
export function attempt<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: FsError } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (isFsError(e)) return { ok: false, error: e };
    throw e;
  }
}

export { strerror };

/** Whether `path` exists and is a directory (following symlinks). */
export function isDir(ctx: CommandContext, path: string): boolean {
  try {
    return ctx.fs.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

/**
 * GNU cp/mv/ln with several sources and a last operand that is no directory:
 * "target 'z' is not a directory" or "target 'z': No such file or directory".
 */
export function gnuTargetError(ctx: CommandContext, shown: string, path: string): number {
  const st = attempt(() => ctx.fs.stat(path));
  const q = `'${shown.replace(/'/g, "'\\''")}'`;
  if (st.ok) return report(ctx, `target ${q} is not a directory`, '');
  return report(ctx, `target ${q}: ${why(st.error)}`, '');
}

/** cp/mv stat the destination first: a non-directory in its path stops them there. */
export function destStatError(ctx: CommandContext, shown: string, error: FsError): number {
  const bb = error.code === 'ENOTDIR' ? 'Path has non-directory component' : why(error);
  return report(
    ctx,
    `cannot stat '${shown.replace(/'/g, "'\\''")}': ${why(error)}`,
    `can't stat '${shown}': ${bb}`,
  );
}

/** SOURCE... DEST as cp and mv read it; a `status` when the operands are wrong (reported). */
export interface Destination {
  sources: string[];
  targetArg: string;
  targetPath: string;
  targetIsDir: boolean;
  /** Each source goes inside the target (BusyBox: whenever there are several sources). */
  intoDir: boolean;
}

export function destination(
  ctx: CommandContext,
  operands: string[],
): Destination | { status: number } {
  if (operands.length === 0) return { status: missingOperand(ctx, 'missing file operand') };
  if (operands.length === 1) {
    const what = `missing destination file operand after ${gnuQuote(operands[0] as string)}`;
    return { status: missingOperand(ctx, what) };
  }
  const targetArg = operands[operands.length - 1] as string;
  const sources = operands.slice(0, -1);
  const targetPath = ctx.resolve(targetArg);
  const targetIsDir = isDir(ctx, targetPath);
  // BusyBox copies or moves several sources "into" the last operand even when it is no directory.
  const intoDir = targetIsDir || (ctx.flavor === 'busybox' && sources.length > 1);
  if (sources.length > 1 && !intoDir) {
    return { status: gnuTargetError(ctx, targetArg, targetPath) };
  }
  return { sources, targetArg, targetPath, targetIsDir, intoDir };
}
