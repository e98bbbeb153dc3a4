/** Path helpers for the file commands (lexical, like the tools' own string handling). */
import type { CommandContext } from '../../types';
import { dirname } from './fs-lib';

/** The directory holding `path` ("/" for "/"). */
export function parentOf(path: string): string {
  return dirname(path);
}

/** POSIX basename(1): strips trailing slashes, then everything up to the last "/". */
export function baseName(path: string): string {
  if (path === '') return '';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** POSIX dirname(1): "." when there is no slash, "/" for root-level names. */
export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  const head = trimmed.slice(0, i).replace(/\/+$/, '');
  return head === '' ? '/' : head;
}

/** `dir/name` for display, without doubling a trailing slash. */
export function joinShown(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/**
 * The fs path for an operand: `ctx.resolve`, keeping a trailing slash (POSIX: "link/" must
 * resolve to a directory, so `ls -l link/` on a file link fails with ENOTDIR).
 */
export function fsPath(ctx: CommandContext, arg: string): string {
  const path = ctx.resolve(arg);
  return arg.endsWith('/') && path !== '/' ? `${path}/` : path;
}

/** Whether normalised `path` is `dir` or lies below it. */
export function isWithin(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}
