/** Path helpers for absolute, slash-separated paths (no Node `path` in lib/). */

/** Splits a path into its components; empty ones and "." are dropped. ".." is kept. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

/** Lexically normalises a path to an absolute one ("a/../b" -> "/b"). Relative = from "/". */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const c of splitPath(path)) {
    if (c === '..') out.pop();
    else out.push(c);
  }
  return '/' + out.join('/');
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export function basename(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '/';
}

export function dirname(path: string): string {
  const norm = normalizePath(path);
  const i = norm.lastIndexOf('/');
  return i <= 0 ? '/' : norm.slice(0, i);
}

/** True when `path` ends with a slash (POSIX: the last component must be a directory). */
export function hasTrailingSlash(path: string): boolean {
  return path.length > 1 && path.endsWith('/');
}
