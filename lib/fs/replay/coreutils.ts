/**
 * The oracle's ops, run on a FileSystem and reported like the tools it calls (coreutils 9,
 * perl open/rename, LC_ALL=C): each op returns its stdout lines or throws OpFailure with the
 * stderr text.
 */
import { FsError, isFsError, strerror } from '../errors';
import { MoveError, move } from '../move';
import type { FileSystem } from '../types';
import { decodeUtf8 } from '../utf8';
import { ScenarioError, readFields } from './scenario';

export class OpFailure extends Error {
  constructor(readonly stderr: string) {
    super(stderr);
    this.name = 'OpFailure';
  }
}

type Op = (fs: FileSystem, a1: string, rest: string, a2: string) => string[] | void;

/** Runs `fn`; an FsError becomes OpFailure with the text `word(error)` picks. */
function report<T>(word: (e: FsError) => string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FsError) throw new OpFailure(word(e));
    throw e;
  }
}

const text = (e: FsError) => strerror(e.code);

const OPS: Record<string, Op> = {
  write: (fs, p, rest) =>
    report(
      (e) => `write: ${text(e)}`,
      () => fs.writeFile(p, `${rest}\n`),
    ),
  append: (fs, p, rest) =>
    report(
      (e) => `append: ${text(e)}`,
      () => fs.appendFile(p, `${rest}\n`),
    ),
  rm: (fs, p) =>
    report(
      (e) => `rm: cannot remove '${e.path}': ${text(e)}`,
      () => fs.rm(p),
    ),
  rmrf: (fs, p) =>
    report(
      (e) => `rm: cannot remove '${e.path}': ${text(e)}`,
      () => fs.rm(p, { recursive: true, force: true }),
    ),
  rmdir: (fs, p) =>
    report(
      (e) => `rmdir: failed to remove '${p}': ${text(e)}`,
      () => fs.rmdir(p),
    ),
  mkdir: (fs, p) =>
    report(
      (e) => `mkdir: cannot create directory '${e.path}': ${text(e)}`,
      () => fs.mkdir(p, { recursive: true }),
    ),
  rename: (fs, src, _rest, dst) =>
    report(
      (e) => `rename: ${text(e)}`,
      () => fs.rename(src, dst),
    ),
  mv: (fs, src, _rest, dst) => mv(fs, src, dst),
  chmod: (fs, octal, _rest, p) => chmod(fs, p, parseInt(octal, 8)),
  symlink: (fs, p, target) =>
    report(
      (e) => `ln: failed to create symbolic link '${p}': ${text(e)}`,
      () => fs.symlink(target, p),
    ),
  hardlink: (fs, p, existing) => hardlink(fs, existing, p),
  touch: (fs, p) =>
    report(
      (e) => `touch: cannot touch '${p}': ${text(e)}`,
      () => touch(fs, p),
    ),
  cat: (fs, p) => {
    const bytes = report(
      (e) => `cat: ${p}: ${text(e)}`,
      () => fs.readFile(p),
    );
    const out = decodeUtf8(bytes).replace(/\n+$/, '');
    return out === '' ? [] : out.split('\n');
  },
};

function touch(fs: FileSystem, p: string): void {
  if (fs.exists(p)) fs.utimes(p);
  else fs.appendFile(p, '');
}

function chmod(fs: FileSystem, p: string, mode: number): void {
  report(
    (e) =>
      e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'ELOOP'
        ? `chmod: cannot access '${p}': ${text(e)}`
        : `chmod: changing permissions of '${p}': ${text(e)}`,
    () => fs.chmod(p, mode),
  );
}

/** ln -T EXISTING NEW (physical: a symlink is linked itself, not its target). */
function hardlink(fs: FileSystem, existing: string, p: string): void {
  const st = report(
    (e) => `ln: failed to access '${existing}': ${text(e)}`,
    () => fs.lstat(existing),
  );
  if (st.kind === 'dir')
    throw new OpFailure(`ln: ${existing}: hard link not allowed for directory`);
  report(
    (e) =>
      e.code === 'EEXIST'
        ? `ln: failed to create hard link '${p}': ${text(e)}`
        : `ln: failed to create hard link '${p}' => '${existing}': ${text(e)}`,
    () => fs.link(existing, p),
  );
}

function mv(fs: FileSystem, src: string, dst: string): void {
  try {
    move(fs, src, dst);
  } catch (e) {
    if (!(e instanceof MoveError)) throw e;
    throw new OpFailure(mvMessage(e));
  }
}

function mvMessage(e: MoveError): string {
  const why = text(e.cause);
  if (e.stage === 'stat') return `mv: cannot stat '${e.from}': ${why}`;
  if (e.stage === 'remove-target') {
    return `mv: inter-device move failed: '${e.from}' to '${e.to}'; unable to remove target: ${why}`;
  }
  if (e.cause.code === 'EINVAL') {
    return `mv: cannot move '${e.from}' to a subdirectory of itself, '${e.to}'`;
  }
  if (e.cause.code === 'EISDIR')
    return `mv: cannot overwrite directory '${e.to}' with non-directory`;
  if (e.cause.code === 'ENOTDIR') {
    return `mv: cannot overwrite non-directory '${e.to}' with directory '${e.from}'`;
  }
  return `mv: cannot move '${e.from}' to '${e.to}': ${why}`;
}

/** Runs one op line; returns the oracle's report lines for it. */
export function runOp(fs: FileSystem, line: string): string[] {
  const [kw, a1, rest] = readFields(line, 3) as [string, string, string];
  const a2 = rest.split(' ')[0] as string;
  const op = OPS[kw];
  if (!op) throw new ScenarioError(`op not simulated: ${line}`);
  try {
    const out = op(fs, a1, rest, a2) ?? [];
    return [`[ok]   ${line}`, ...out.map((l) => `       | ${l}`)];
  } catch (e) {
    if (e instanceof OpFailure) return [`[ERR]  ${line}  => ${e.stderr.split('\n').join(' ')} `];
    if (isFsError(e)) return [`[ERR]  ${line}  => ${e.message} `];
    throw e;
  }
}
