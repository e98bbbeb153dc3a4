/** Path canonicalisation for readlink -f and realpath (symlinks and ".." resolved physically). */
import { joinPath } from './fs-lib';
import type { CommandContext } from '../../types';
import { attempt, strerror, why } from './report';
import { baseName, dirName } from './path';

/** The path as typed, made absolute but not normalised (".." must follow symlinks). */
export function absolute(ctx: CommandContext, path: string): string {
  return path.startsWith('/') ? path : `${ctx.cwd}/${path}`;
}

/**
 * Canonical path of `path`. `missingLast`: the last component may be missing (GNU
 * readlink -f, realpath -E); otherwise every component must exist. Fails with the errno text.
 */
export function canonicalize(
  ctx: CommandContext,
  path: string,
  missingLast: boolean,
  hops = 0,
): { path: string } | { error: string } {
  const whole = attempt(() => ctx.fs.realpath(path));
  if (whole.ok) return { path: whole.value };
  if (!missingLast || hops > 40 || whole.error.code !== 'ENOENT') {
    return { error: hops > 40 ? strerror('ELOOP') : why(whole.error) };
  }
  const trimmed = path.replace(/\/+$/, '') || '/';
  const parent = attempt(() => ctx.fs.realpath(dirName(trimmed)));
  if (!parent.ok) return { error: why(parent.error) };
  const name = baseName(trimmed);
  const full = joinPath(parent.value, name);
  const st = attempt(() => ctx.fs.lstat(full));
  if (st.ok && st.value.kind === 'symlink') {
    const target = ctx.fs.readlink(full);
    const next = target.startsWith('/') ? target : `${parent.value}/${target}`;
    return canonicalize(ctx, next, true, hops + 1);
  }
  return { path: full };
}
