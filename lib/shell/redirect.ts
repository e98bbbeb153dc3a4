/** Applies a command's redirections: opens files the way the shell does, before the command runs. */
import { isFsError, strerror, type FileSystem } from '../fs';
import type { Redirect } from './ast';
import { expandWord, type Expander } from './expand';
import type { Flavor, Output } from './types';

/** Largest file a redirection may grow; beyond it writes fail like a full disk. */
export const MAX_FILE_BYTES = 8 << 20;

const discard: Output = { write: () => {} };
/** /dev/full: every write fails with ENOSPC. */
const full: Output = {
  write: () => {
    throw new WriteError(strerror('ENOSPC'));
  },
};

/** Names the kernel resolves to the process's own descriptors (/dev/stdout -> /proc/self/fd/1). */
const FD_NAMES: Record<string, number> = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 };

function fdOfPath(path: string): number | null {
  const named = FD_NAMES[path];
  if (named !== undefined) return named;
  const m = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}

/** What a redirection to a character device writes into: nothing, or a full disk. */
function deviceOutput(fs: FileSystem, path: string): Output | null {
  try {
    const st = fs.stat(path);
    // a filesystem without a device table (a bare test fs) still has a null device
    if (st.kind !== 'chardev') return path === '/dev/null' ? discard : null;
    return st.rdev?.major === 1 && st.rdev.minor === 7 ? full : discard;
  } catch {
    return null;
  }
}

export interface Fds {
  stdin: string;
  out: Output;
  err: Output;
  /** True while fd 1 is still the terminal. */
  outIsTerminal: boolean;
}

/** A redirection that cannot be opened; the message is the shell's whole line. */
export class RedirectError extends Error {}

/** A write to a redirected file failed (disk full); the command reports it. */
export class WriteError extends Error {}

class FileOutput implements Output {
  private size: number;
  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    initialSize: number,
  ) {
    this.size = initialSize;
  }
  /** Throws WriteError once the file would pass MAX_FILE_BYTES, as a full disk would. */
  write(text: string): void {
    if (this.size + text.length > MAX_FILE_BYTES) throw new WriteError(strerror('ENOSPC'));
    this.size += text.length;
    this.fs.appendFile(this.path, text);
  }
}

function openError(
  flavor: Flavor,
  shell: string,
  name: string,
  e: unknown,
  reading: boolean,
): RedirectError {
  if (!isFsError(e)) throw e;
  if (flavor === 'bash') return new RedirectError(`${shell}: ${name}: ${strerror(e.code)}`);
  if (reading)
    return new RedirectError(
      `${shell}: can't open ${name}: ${e.code === 'ENOENT' ? 'no such file' : strerror(e.code)}`,
    );
  const why = e.code === 'ENOENT' ? 'nonexistent directory' : strerror(e.code);
  return new RedirectError(`${shell}: can't create ${name}: ${why}`);
}

export async function applyRedirects(
  redirects: readonly Redirect[],
  fds: Fds,
  ex: Expander,
  fs: FileSystem,
  resolve: (p: string) => string,
  flavor: Flavor,
  shell: string = flavor === 'bash' ? 'bash' : 'sh',
): Promise<Fds> {
  const result = { ...fds };
  for (const r of redirects) {
    const target = await expandWord(r.target, ex);
    if (r.op === '>&' && /^\d+$/.test(target)) {
      const source = target === '1' ? result.out : target === '2' ? result.err : null;
      if (!source) throw new RedirectError(`${shell}: ${target}: Bad file descriptor`);
      if (r.fd === 1) result.out = source;
      if (r.fd === 2) result.err = source;
      if (r.fd === 1) result.outIsTerminal = target === '1' && fds.outIsTerminal;
      continue;
    }
    const path = resolve(target);
    const both = r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === 1);
    const fd = fdOfPath(path);
    if (fd !== null && r.op !== '<') {
      // `> /dev/stderr` is `>&2`: the same open file, not a new one
      const source = fd === 1 ? result.out : fd === 2 ? result.err : null;
      if (source === null) throw new RedirectError(`${shell}: ${target}: ${strerror('ENOENT')}`);
      const toTerminal = fd === 1 ? result.outIsTerminal : false;
      if (r.fd === 1 || both) [result.out, result.outIsTerminal] = [source, toTerminal];
      if (r.fd === 2 || both) result.err = source;
      continue;
    }
    if (fd === 0 && r.op === '<') continue;
    if (r.op === '<' && path === '/dev/null') {
      result.stdin = '';
      continue;
    }
    const device = r.op === '<' ? null : deviceOutput(fs, path);
    if (device !== null) {
      if (r.fd === 1 || both) [result.out, result.outIsTerminal] = [device, false];
      if (r.fd === 2 || both) result.err = device;
      continue;
    }
    if (r.op === '<') {
      try {
        result.stdin = fs.readTextFile(path);
      } catch (e) {
        throw openError(flavor, shell, target, e, true);
      }
      continue;
    }
    const append = r.op === '>>' || r.op === '&>>';
    let size = 0;
    try {
      if (append) {
        fs.appendFile(path, '');
        size = fs.stat(path).size;
      } else fs.writeFile(path, '');
    } catch (e) {
      throw openError(flavor, shell, target, e, false);
    }
    const out = new FileOutput(fs, path, size);
    if (r.fd === 1 || both) {
      result.out = out;
      result.outIsTerminal = false;
    }
    if (r.fd === 2 || both) result.err = out;
  }
  return result;
}
