/**
 * Filesystem errors. Every user-visible failure of an fs operation is thrown as one
 * `FsError` carrying an errno-like `code`, the syscall that failed and the path(s), so the
 * shell and the docker CLI turn it into real text in one place (`strerror` below gives
 * the Linux wording). Anything else thrown by lib/fs is a bug, not a user error.
 */

export type ErrnoCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EXDEV'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'ELOOP'
  | 'EBUSY'
  | 'EINVAL'
  | 'ENOSPC'
  | 'ENAMETOOLONG';

const MESSAGES: Record<ErrnoCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EXDEV: 'Invalid cross-device link',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  ELOOP: 'Too many levels of symbolic links',
  EBUSY: 'Device or resource busy',
  EINVAL: 'Invalid argument',
  ENOSPC: 'No space left on device',
  ENAMETOOLONG: 'File name too long',
};

/** The text Linux's strerror(3) prints for `code` (C locale). */
export function strerror(code: ErrnoCode): string {
  return MESSAGES[code];
}

/** Syscall names as strace would show them; the shell picks its wording from these. */
export type Syscall =
  | 'stat'
  | 'lstat'
  | 'open'
  | 'write'
  | 'readdir'
  | 'truncate'
  | 'mkdir'
  | 'rmdir'
  | 'unlink'
  | 'rename'
  | 'chmod'
  | 'chown'
  | 'utimes'
  | 'symlink'
  | 'readlink'
  | 'link'
  | 'realpath'
  | 'mount';

export class FsError extends Error {
  readonly code: ErrnoCode;
  readonly syscall: Syscall;
  readonly path: string;
  /** Second path of two-path calls (rename, link, symlink). */
  readonly dest: string | undefined;

  constructor(code: ErrnoCode, syscall: Syscall, path: string, dest?: string) {
    const where = dest === undefined ? `'${path}'` : `'${path}' -> '${dest}'`;
    super(`${code}: ${strerror(code)}, ${syscall} ${where}`);
    this.name = 'FsError';
    this.code = code;
    this.syscall = syscall;
    this.path = path;
    this.dest = dest;
  }
}

export function isFsError(e: unknown, code?: ErrnoCode): e is FsError {
  return e instanceof FsError && (code === undefined || e.code === code);
}
