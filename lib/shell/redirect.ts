/** Applies a command's redirections: opens files the way the shell does, before the command runs. */
import { isFsError, strerror, type FileSystem } from '../fs';
import type { Redirect } from './ast';
import { expandWord, type Expander } from './expand';
import type { Flavor, Output } from './types';

/** Largest file a redirection may grow; beyond it writes fail like a full disk. */
export const MAX_FILE_BYTES = 8 << 20;

/** The one device the simulation has: writes vanish, reads are empty. */
const DEV_NULL = '/dev/null';
const discard: Output = { write: () => {} };

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
    if (path === DEV_NULL) {
      if (r.op === '<') result.stdin = '';
      else {
        if (r.fd === 1 || r.op === '&>' || r.op === '&>>') {
          result.out = discard;
          result.outIsTerminal = false;
        }
        if (r.fd === 2 || r.op === '&>' || r.op === '&>>') result.err = discard;
      }
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
    const both = r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === 1);
    if (r.fd === 1 || both) {
      result.out = out;
      result.outIsTerminal = false;
    }
    if (r.fd === 2 || both) result.err = out;
  }
  return result;
}
