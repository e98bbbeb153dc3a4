/**
 * The tar stream `docker cp` moves (Go's archive/tar: a 512-byte header per entry, data padded
 * to 512, two zero blocks at the end), and on a terminal the CLI 28 line that reports its size:
 * `Successfully copied 2.05kB to it-cp:/tmp/` (copy in: the destination as typed; copy out: the
 * host path made absolute, a trailing `/` or `/.` kept as archive.PreserveTrailingDotOrSeparator
 * keeps it).
 */
import { basename, joinPath, type FileSystem } from '../../fs';
import type { Member } from '../util/tar-format';
import { humanSize } from './format';

/** The members of the tar of `path`, its last element as the top member. */
export function archiveMembers(fs: FileSystem, path: string): Member[] {
  const members: Member[] = [];
  const add = (at: string, name: string): void => {
    const st = fs.lstat(at);
    const kind = st.kind === 'dir' ? 'dir' : st.kind === 'symlink' ? 'symlink' : 'file';
    members.push({
      name: kind === 'dir' ? `${name}/` : name,
      kind,
      mode: st.mode,
      uid: st.uid,
      gid: st.gid,
      uname: '',
      gname: '',
      mtime: st.mtime,
      data: kind === 'file' ? fs.readFile(at) : new Uint8Array(),
      linkname: kind === 'symlink' ? fs.readlink(at) : '',
    });
    if (kind === 'dir')
      for (const child of fs.readdir(at).sort()) add(joinPath(at, child), `${name}/${child}`);
  };
  add(path, path === '/' ? '.' : basename(path));
  return members;
}

/** Bytes of the stream Go's tar writer makes of these members. */
export function tarSize(members: readonly Member[]): number {
  return members.reduce((sum, m) => sum + 512 + Math.ceil(m.data.length / 512) * 512, 1024);
}

export function successLine(members: readonly Member[], shown: string): string {
  return `Successfully copied ${humanSize(tarSize(members))} to ${shown}\n`;
}

/** The host destination as the line shows it: absolute, a trailing "/" or "/." kept. */
export function shownHostPath(absolute: string, typed: string): string {
  if (typed === '.' || typed.endsWith('/.')) return `${absolute.replace(/\/$/, '')}/.`;
  if (typed.endsWith('/') && absolute !== '/') return `${absolute}/`;
  return absolute;
}
