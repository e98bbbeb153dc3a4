/** tar c: walk the operands, build the archive's bytes, write them to -f ARCHIVE or stdout. */
import { gzipSync } from 'fflate';
import { joinPath, normalizePath, type Stat } from '../../../fs';
import type { CommandContext, Output } from '../../types';
import { isEndlessDevice } from '../text/stream';
import { writeArchive, type Member } from './format';
import { memberLine, newListing } from './list';
import {
  checkDir,
  errnoText,
  fatal,
  gnuDelayed,
  tarUsage,
  writeBytes,
  type TarOptions,
} from './options';
import { readGroups, readPasswd } from '../text/users';

/** Entries between two pauses while walking a big tree. */
const PAUSE_EVERY = 200;

interface Walk {
  ctx: CommandContext;
  members: Member[];
  names: { user: (uid: number) => string; group: (gid: number) => string };
  archive: string | null;
  verbose: number;
  log: Output;
  listing: ReturnType<typeof newListing>;
  failed: boolean;
  visited: number;
}

export async function createArchive(ctx: CommandContext, o: TarOptions): Promise<number> {
  const gnu = ctx.flavor === 'bash';
  if (o.operands.length === 0) {
    if (gnu) return tarUsage(ctx, 'Cowardly refusing to create an empty archive');
    ctx.stderr.write('tar: empty archive\n');
    return 1;
  }
  const toStdout = o.file === null || o.file === '-';
  const archive = toStdout ? null : ctx.resolve(o.file as string);
  if (archive !== null) {
    try {
      ctx.fs.writeFile(archive, '');
    } catch (e) {
      const why = errnoText(e);
      return fatal(ctx, `${o.file}: Cannot open: ${why}`, `can't open '${o.file}': ${why}`);
    }
  }
  if (o.dir !== null) {
    const bad = checkDir(ctx, o.dir);
    if (bad !== null) return bad;
  }
  const base = o.dir === null ? ctx.cwd : ctx.resolve(o.dir);
  const passwd = readPasswd(ctx);
  const groups = readGroups(ctx);
  const w: Walk = {
    ctx,
    members: [],
    names: {
      user: (uid) => passwd.find((p) => p.uid === uid)?.name ?? '',
      group: (gid) => groups.find((g) => g.gid === gid)?.name ?? '',
    },
    archive,
    verbose: o.verbose,
    log: toStdout ? ctx.stderr : ctx.stdout,
    listing: newListing(),
    failed: false,
    visited: 0,
  };
  let stripped = false;
  for (const operand of o.operands) {
    const trimmed = operand.length > 1 ? operand.replace(/\/+$/, '') : operand;
    const name = trimmed.replace(/^\/+/, '');
    if (name !== trimmed && !stripped) {
      stripped = true;
      ctx.stderr.write(
        gnu
          ? "tar: Removing leading `/' from member names\n"
          : `tar: removing leading '${trimmed.slice(0, trimmed.length - name.length)}' from member names\n`,
      );
    }
    const path = normalizePath(operand.startsWith('/') ? operand : joinPath(base, operand));
    await add(w, path, name === '' ? '/' : name);
    if (ctx.cancel.cancelled) return 130;
  }
  let bytes = writeArchive(w.members, gnu);
  if (o.gzip) bytes = gzipSync(bytes, { level: 6, mtime: 0 });
  if (archive !== null) ctx.fs.writeFile(archive, bytes);
  else writeBytes(ctx, bytes);
  if (!w.failed) return 0;
  if (gnu) return gnuDelayed(ctx);
  ctx.stderr.write('tar: error exit delayed from previous errors\n');
  return 1;
}

function report(w: Walk, name: string, e: unknown, action: 'stat' | 'open'): void {
  const why = errnoText(e);
  w.failed = true;
  if (w.ctx.flavor !== 'bash') {
    w.ctx.stderr.write(
      action === 'stat' ? `tar: ${name}: ${why}\n` : `tar: can't open '${name}': ${why}\n`,
    );
  } else w.ctx.stderr.write(`tar: ${name}: Cannot ${action}: ${why}\n`);
}

async function add(w: Walk, path: string, name: string): Promise<void> {
  const { ctx } = w;
  if (++w.visited % PAUSE_EVERY === 0) await ctx.pause();
  if (ctx.cancel.cancelled || path === w.archive) return;
  let st: Stat;
  try {
    st = ctx.fs.lstat(path);
  } catch (e) {
    return report(w, name, e, 'stat');
  }
  const member = memberOf(w, st, st.kind === 'dir' && !name.endsWith('/') ? `${name}/` : name);
  try {
    if (st.kind === 'file') member.data = ctx.fs.readFile(path);
    if (st.kind === 'symlink') member.linkname = ctx.fs.readlink(path);
  } catch (e) {
    return report(w, name, e, 'open');
  }
  if (st.kind === 'chardev' && isEndlessDevice(st)) member.data = new Uint8Array(0);
  w.members.push(member);
  if (w.verbose > 0)
    w.log.write(w.verbose > 1 ? memberLine(w.listing, member, ctx.flavor) : `${member.name}\n`);
  if (st.kind !== 'dir') return;
  let children: string[];
  try {
    children = ctx.fs.readdir(path);
  } catch (e) {
    return report(w, name, e, 'open');
  }
  for (const child of children) await add(w, joinPath(path, child), `${member.name}${child}`);
}

function memberOf(w: Walk, st: Stat, name: string): Member {
  return {
    name,
    kind: st.kind,
    mode: st.mode,
    uid: st.uid,
    gid: st.gid,
    uname: w.names.user(st.uid),
    gname: w.names.group(st.gid),
    mtime: st.mtime,
    data: new Uint8Array(0),
    linkname: '',
    rdev: st.rdev,
  };
}
