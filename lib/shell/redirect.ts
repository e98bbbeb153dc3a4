/** Applies a command's redirections: opens files the way the shell does, before the command runs. */
import { isFsError, strerror, type FileSystem } from '../fs';
import type { Redirect } from './ast';
import { Input } from './exec/input';
import { expandWord, type Expander } from './expand';
import type { Flavor, Output } from './types';

/** Largest file a redirection may grow; beyond it writes fail like a full disk. */
export const MAX_FILE_BYTES = 8 << 20;

/** The one device the simulation has: writes vanish, reads are empty. */
const DEV_NULL = '/dev/null';
const discard: Output = { write: () => {} };

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
  if (path === DEV_NULL) {
    if (r.op === '<' || r.op === '<&') return withFd(fds, r.fd, Input.empty(), false);
    const out = withFd(fds, both ? 1 : r.fd, discard, false);
    return both ? withFd(out, 2, discard, false) : out;
  }
  if (r.op === '<' || r.op === '<&' || r.op === '<>') {
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
