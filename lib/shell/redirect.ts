/** Applies a command's redirections: opens files the way the shell does, before the command runs. */
import { isFsError, strerror, type FileSystem } from '../fs';
import type { Redirect } from './ast';
import { Input } from './exec/input';
import { expandWord, type Expander } from './expand';
import type { Flavor, Output } from './types';

/** Largest file a redirection may grow; beyond it writes fail like a full disk. */
export const MAX_FILE_BYTES = 8 << 20;

/** Reads of the null device are empty, even on a filesystem without a device table. */
const DEV_NULL = '/dev/null';
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
    if (st.kind !== 'chardev') return path === DEV_NULL ? discard : null;
    return st.rdev?.major === 1 && st.rdev.minor === 7 ? full : discard;
  } catch {
    return path === DEV_NULL ? discard : null;
  }
}

export interface Fds {
  stdin: Input;
  out: Output;
  err: Output;
  /** True while fd 1 is still the terminal. */
  outIsTerminal: boolean;
  /** fds 3 and up, opened with `exec 3>file` or `3<file`. */
  extra?: ReadonlyMap<number, Output | Input>;
}

/** A redirection that cannot be opened; the message is the shell's whole line. */
export class RedirectError extends Error {}

/** A write to a redirected file failed (disk full); the command reports it. */
export class WriteError extends Error {}

export class FileOutput implements Output {
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
  let result: Fds = { ...fds };
  for (const r of redirects) {
    if (r.heredoc) {
      const body = r.heredoc.word ? await expandWord(r.heredoc.word, ex) : r.heredoc.body;
      result = withFd(result, r.fd, new Input(body), false);
      continue;
    }
    const target = await expandWord(r.target, ex);
    if (r.op === '<<<') {
      result = withFd(result, r.fd, new Input(`${target}\n`), false);
    } else if ((r.op === '>&' || r.op === '<&') && /^(\d+|-)$/.test(target)) {
      result = duplicate(result, r.fd, target, shell);
    } else result = open(result, r, target, { fs, resolve, flavor, shell });
  }
  return result;
}

/** The fds with `fd` pointing at `to`; `terminal` says whether fd 1 is then the terminal. */
function withFd(fds: Fds, fd: number, to: Output | Input, terminal: boolean): Fds {
  if (fd === 0) return to instanceof Input ? { ...fds, stdin: to } : fds;
  if (to instanceof Input) return { ...fds, extra: new Map([...(fds.extra ?? []), [fd, to]]) };
  if (fd === 1) return { ...fds, out: to, outIsTerminal: terminal };
  if (fd === 2) return { ...fds, err: to };
  return { ...fds, extra: new Map([...(fds.extra ?? []), [fd, to]]) };
}

function fdOf(fds: Fds, fd: number): Output | Input | undefined {
  if (fd === 0) return fds.stdin;
  if (fd === 1) return fds.out;
  if (fd === 2) return fds.err;
  return fds.extra?.get(fd);
}

/** `2>&1`, `>&2`, `<&3`, `3>&-` */
function duplicate(fds: Fds, fd: number, target: string, shell: string): Fds {
  if (target === '-') {
    if (fd < 3) return withFd(fds, fd, fd === 0 ? Input.empty() : discard, false);
    const extra = new Map(fds.extra ?? []);
    extra.delete(fd);
    return { ...fds, extra };
  }
  const source = fdOf(fds, Number(target));
  if (!source) throw new RedirectError(`${shell}: ${target}: Bad file descriptor`);
  return withFd(fds, fd, source, target === '1' && fds.outIsTerminal);
}

interface OpenContext {
  fs: FileSystem;
  resolve: (p: string) => string;
  flavor: Flavor;
  shell: string;
}

function open(fds: Fds, r: Redirect, target: string, c: OpenContext): Fds {
  const path = c.resolve(target);
  const both = r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === 1);
  const reading = r.op === '<' || r.op === '<&' || r.op === '<>';
  const fd = fdOfPath(path);
  if (fd !== null) {
    // `> /dev/stderr` is `>&2`: the same open file, not a new one
    const source = fdOf(fds, fd);
    if (!source) throw new RedirectError(`${c.shell}: ${target}: ${strerror('ENOENT')}`);
    const first = withFd(fds, both ? 1 : r.fd, source, fd === 1 && fds.outIsTerminal);
    return both ? withFd(first, 2, source, false) : first;
  }
  if (reading && path === DEV_NULL) return withFd(fds, r.fd, Input.empty(), false);
  const device = reading ? null : deviceOutput(c.fs, path);
  if (device !== null) {
    const out = withFd(fds, both ? 1 : r.fd, device, false);
    return both ? withFd(out, 2, device, false) : out;
  }
  if (reading) {
    try {
      if (r.op === '<>' && !c.fs.exists(path)) c.fs.writeFile(path, '');
      return withFd(fds, r.fd, new Input(c.fs.readTextFile(path)), false);
    } catch (e) {
      throw openError(c.flavor, c.shell, target, e, true);
    }
  }
  const append = r.op === '>>' || r.op === '&>>';
  let size = 0;
  try {
    if (append) {
      c.fs.appendFile(path, '');
      size = c.fs.stat(path).size;
    } else c.fs.writeFile(path, '');
  } catch (e) {
    throw openError(c.flavor, c.shell, target, e, false);
  }
  const out = new FileOutput(c.fs, path, size);
  const first = withFd(fds, both ? 1 : r.fd, out, false);
  return both ? withFd(first, 2, out, false) : first;
}
