/** The file and string tests shared by `test`/`[` and bash's `[[ ]]`. */
import type { FileSystem, Identity } from '../fs';

export interface TestContext {
  fs: FileSystem;
  identity: Identity;
  resolve(path: string): string;
}

export const UNARY_FILE_TESTS = new Set([
  '-e',
  '-f',
  '-d',
  '-s',
  '-r',
  '-w',
  '-x',
  '-L',
  '-h',
  '-b',
  '-c',
  '-p',
  '-S',
  '-g',
  '-u',
  '-k',
  '-O',
  '-G',
  '-a',
  '-N',
]);

export function unaryTest(op: string, arg: string, c: TestContext): boolean | null {
  if (op === '-z') return arg === '';
  if (op === '-n') return arg !== '';
  if (op === '-t') return false;
  if (!UNARY_FILE_TESTS.has(op)) return null;
  if (arg === '') return false;
  const path = c.resolve(arg);
  try {
    if (op === '-L' || op === '-h') return c.fs.lstat(path).kind === 'symlink';
    const st = c.fs.stat(path);
    switch (op) {
      case '-e':
      case '-a':
        return true;
      case '-f':
        return st.kind === 'file';
      case '-d':
        return st.kind === 'dir';
      case '-s':
        return st.size > 0;
      case '-c':
        return (st.kind as string) === 'chardev';
      case '-b':
      case '-p':
      case '-S':
      case '-N':
        return false;
      case '-g':
        return (st.mode & 0o2000) !== 0;
      case '-u':
        return (st.mode & 0o4000) !== 0;
      case '-k':
        return (st.mode & 0o1000) !== 0;
      case '-O':
        return st.uid === c.identity.uid;
      case '-G':
        return st.gid === c.identity.gid;
      default:
        return permitted(op, st, c.identity);
    }
  } catch {
    return false;
  }
}

function permitted(
  op: string,
  st: { mode: number; uid: number; gid: number; kind: string },
  who: Identity,
): boolean {
  const bit = op === '-r' ? 4 : op === '-w' ? 2 : 1;
  if (who.uid === 0) return bit !== 1 || (st.mode & 0o111) !== 0 || st.kind === 'dir';
  const shift = who.uid === st.uid ? 6 : who.gid === st.gid ? 3 : 0;
  return ((st.mode >> shift) & bit) !== 0;
}

export const INTEGER_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

export function compareIntegers(op: string, a: bigint, b: bigint): boolean {
  switch (op) {
    case '-eq':
      return a === b;
    case '-ne':
      return a !== b;
    case '-lt':
      return a < b;
    case '-le':
      return a <= b;
    case '-gt':
      return a > b;
    default:
      return a >= b;
  }
}

export function compareFiles(op: string, a: string, b: string, c: TestContext): boolean {
  const stat = (p: string) => {
    try {
      return c.fs.stat(c.resolve(p));
    } catch {
      return null;
    }
  };
  const sa = stat(a);
  const sb = stat(b);
  if (op === '-ef') return !!sa && !!sb && c.resolve(a) === c.resolve(b);
  const ta = sa?.mtime ?? -Infinity;
  const tb = sb?.mtime ?? -Infinity;
  return op === '-nt' ? ta > tb : ta < tb;
}
