/** Error reporting shared by the file commands. */
import { isFsError, strerror, type FsError } from './fs-lib';
import { errorText } from '../../format';
import type { CommandContext } from '../../types';

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
