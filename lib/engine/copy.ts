/** Copies a tree between filesystems keeping mode, owner and mtime (volume populate, docker cp). */
import { joinPath, type FileSystem } from '../fs';

export function copyTree(from: FileSystem, src: string, to: FileSystem, dst: string): void {
  const st = from.lstat(src);
  if (st.kind === 'dir') {
    if (!to.exists(dst)) to.mkdir(dst, { mode: st.mode });
    for (const name of from.readdir(src))
      copyTree(from, joinPath(src, name), to, joinPath(dst, name));
    to.chmod(dst, st.mode);
  } else if (st.kind === 'symlink') {
    if (to.exists(dst)) to.rm(dst);
    to.symlink(from.readlink(src), dst);
    return;
  } else {
    to.writeFile(dst, from.readFile(src), { mode: st.mode });
    to.chmod(dst, st.mode);
  }
  to.chown(dst, st.uid, st.gid);
  to.utimes(dst, st.mtime);
}

/** Copies the entries of directory `src` into the existing directory `dst`. */
export function copyContents(from: FileSystem, src: string, to: FileSystem, dst: string): void {
  for (const name of from.readdir(src))
    copyTree(from, joinPath(src, name), to, joinPath(dst, name));
}
