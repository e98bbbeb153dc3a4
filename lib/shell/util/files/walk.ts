/** Depth-first walks for -R options (chmod, chown): parents first, symlinks not entered. */
import { joinPath } from './fs-lib';
import type { CommandContext } from '../../types';
import { joinShown } from './path';
import { attempt, why } from './report';

export interface WalkVisit {
  shown: string;
  path: string;
  top: boolean;
}

/**
 * Calls `visit` for `path` and, when `recursive`, for everything below it (sorted). A
 * directory that cannot be listed is reported through `onError` with the errno text.
 */
export function walkTree(
  ctx: CommandContext,
  shown: string,
  path: string,
  recursive: boolean,
  visit: (v: WalkVisit) => void,
  onError: (shown: string, text: string) => void,
  top = true,
): void {
  visit({ shown, path, top });
  if (!recursive) return;
  const st = attempt(() => ctx.fs.lstat(path));
  if (!st.ok || st.value.kind !== 'dir') return;
  const names = attempt(() => ctx.fs.readdir(path));
  if (!names.ok) return onError(shown, why(names.error));
  for (const name of names.value) {
    walkTree(ctx, joinShown(shown, name), joinPath(path, name), true, visit, onError, false);
  }
}
