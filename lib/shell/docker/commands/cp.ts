/**
 * docker cp SRC DEST, one side `container:path`: copies files and trees between the host and a
 * container, through the container's mounts (a path in a volume lands in the volume). Writes into
 * read-only mounts or a --read-only rootfs fail as the daemon says
 * (docs/semantics.md#m10-docker-cp-respects-read-only).
 */
import {
  basename,
  decodeUtf8,
  isFsError,
  joinPath,
  normalizePath,
  type FileSystem,
} from '../../../fs';
import { writeArchive } from '../../util/tar/format';
import { archiveMembers, shownHostPath, successLine } from '../cp-archive';
import { bool } from '../flags';
import { DaemonError, type Container } from '../../../engine';
import { reportDaemonError } from '../errors';
import type { DockerContext, Subcommand } from '../types';

export const cp: Subcommand = {
  path: 'container cp',
  aliases: ['cp'],
  summary: 'Copy files/folders between a container and the local filesystem',
  usage:
    '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  flags: [
    { name: 'archive', short: 'a', type: 'bool' },
    { name: 'follow-link', short: 'L', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
  ],
  args: { exact: 2 },
  run(d, flags, [src, dst]) {
    const from = splitRef(src!);
    const to = splitRef(dst!);
    if (from.container && to.container) {
      d.err.write('copying between containers is not supported\n');
      return 1;
    }
    if (!from.container && !to.container) {
      d.err.write('must specify at least one container source\n');
      return 1;
    }
    // CLI 28 reports the size on stderr when stdout is a terminal (not with -q)
    const report = !bool(flags, 'quiet') && d.sh.tty !== null;
    try {
      if (from.container)
        copyOut(d, d.engine.container(from.container), from.path, to.path, report);
      else copyIn(d, d.engine.container(to.container!), from.path, to.path, report ? dst! : null);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};

function splitRef(ref: string): { container: string | null; path: string } {
  const i = ref.indexOf(':');
  if (i <= 0 || ref.startsWith('/') || ref.startsWith('.')) return { container: null, path: ref };
  return { container: ref.slice(0, i), path: ref.slice(i + 1) };
}

function copyOut(
  d: DockerContext,
  c: Container,
  path: string,
  dest: string,
  report: boolean,
): void {
  const view = d.engine.archive(c);
  const source = normalizePath(path.startsWith('/') ? path : joinPath(c.config.workingDir, path));
  if (!view.exists(source))
    throw new DaemonError(
      `Could not find the file ${path} in container ${stripSlash(c.name)}`,
      'not-found',
    );
  if (dest === '-') {
    d.out.write(decodeUtf8(writeArchive(archiveMembers(view, source), false)));
    return;
  }
  const host = d.sh.fs;
  const absolute = d.sh.resolve(dest);
  let target = absolute;
  if (exists(host, target) && host.stat(target).kind === 'dir')
    target = joinPath(target, basename(source));
  copyTree(view, source, host, target, true);
  if (report) d.err.write(successLine(archiveMembers(view, source), shownHostPath(absolute, dest)));
}

/** `shown`: the destination as typed, when the size line is reported (before the daemon answers). */
function copyIn(
  d: DockerContext,
  c: Container,
  src: string,
  path: string,
  shown: string | null,
): void {
  const host = d.sh.fs;
  const source = d.sh.resolve(src);
  if (!exists(host, source))
    throw new DaemonError(`lstat ${source}: no such file or directory`, 'not-found');
  if (shown !== null) d.err.write(successLine(archiveMembers(host, source), shown));
  const view = d.engine.archive(c);
  let target = normalizePath(path.startsWith('/') ? path : joinPath(c.config.workingDir, path));
  if (exists(view, target) && view.stat(target).kind === 'dir')
    target = joinPath(target, basename(source));
  const mount = view.mountAt(target);
  if (mount ? mount.readOnly : c.hostConfig.readonlyRootfs)
    throw new DaemonError(
      mount ? 'mounted volume is marked read-only' : 'container rootfs is marked read-only',
    );
  if (!exists(view, parentOf(target)))
    throw new DaemonError(
      `Could not find the file ${parentOf(path)} in container ${c.name}`,
      'not-found',
    );
  copyTree(host, source, view, target, false);
}

function copyTree(
  from: FileSystem,
  src: string,
  to: FileSystem,
  dst: string,
  toHost: boolean,
): void {
  const st = from.lstat(src);
  try {
    if (st.kind === 'dir') {
      if (!exists(to, dst)) to.mkdir(dst, { mode: st.mode });
      for (const name of from.readdir(src))
        copyTree(from, joinPath(src, name), to, joinPath(dst, name), toHost);
    } else if (st.kind === 'symlink') {
      if (exists(to, dst)) to.rm(dst);
      to.symlink(from.readlink(src), dst);
    } else {
      to.writeFile(dst, from.readFile(src), { mode: st.mode });
      if (!toHost) to.chmod(dst, st.mode);
    }
    // Into a container, files keep their owner (uid/gid as on the host); out to the host they
    // become the user's.
    if (!toHost && st.kind !== 'symlink') to.chown(dst, st.uid, st.gid);
  } catch (e) {
    if (isFsError(e))
      throw new DaemonError(
        `${e.syscall} ${dst}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`,
        'system',
      );
    throw e;
  }
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function stripSlash(name: string): string {
  return name.replace(/^\//, '');
}
