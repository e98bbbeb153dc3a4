/** tar t and tar x: read the archive (gzip detected by its magic), list or recreate members. */
import { gunzipSync } from 'fflate';
import { dirname, joinPath, normalizePath } from '../../../fs';
import type { CommandContext } from '../../types';
import { readArchive, type Member } from './format';
import { memberLine, newListing } from './list';
import { checkDir, errnoText, fatal, gnuDelayed, stdinBytes, type TarOptions } from './options';
import { readGroups, readPasswd } from '../text/users';

const PAUSE_EVERY = 200;

function archiveBytes(ctx: CommandContext, o: TarOptions): Uint8Array | number {
  if (o.file === null || o.file === '-') return stdinBytes(ctx);
  try {
    const path = ctx.resolve(o.file);
    if (ctx.fs.stat(path).kind === 'dir')
      return fatal(ctx, `${o.file}: Cannot read: Is a directory`, 'short read');
    return ctx.fs.readFile(path);
  } catch (e) {
    const why = errnoText(e);
    return fatal(ctx, `${o.file}: Cannot open: ${why}`, `can't open '${o.file}': ${why}`);
  }
}

function decompress(ctx: CommandContext, bytes: Uint8Array, asked: boolean): Uint8Array | number {
  const magic = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!magic && !asked) return bytes;
  try {
    if (!magic) throw new Error('not gzip');
    return gunzipSync(bytes);
  } catch {
    if (ctx.flavor !== 'bash') {
      ctx.stderr.write('tar: invalid magic\n');
      return 1;
    }
    ctx.stderr.write('\ngzip: stdin: not in gzip format\ntar: Child returned status 1\n');
    ctx.stderr.write('tar: Error is not recoverable: exiting now\n');
    return 2;
  }
}

function selected(name: string, wanted: readonly string[], found: Set<string>): boolean {
  if (wanted.length === 0) return true;
  const bare = name.replace(/\/+$/, '');
  for (const w of wanted) {
    const want = w.replace(/\/+$/, '');
    if (bare === want || bare.startsWith(`${want}/`)) {
      found.add(w);
      return true;
    }
  }
  return false;
}

export async function listOrExtract(ctx: CommandContext, o: TarOptions): Promise<number> {
  const gnu = ctx.flavor === 'bash';
  const raw = archiveBytes(ctx, o);
  if (typeof raw === 'number') return raw;
  const bytes = decompress(ctx, raw, o.gzip);
  if (typeof bytes === 'number') return bytes;
  if (o.mode === 'x' && o.dir !== null) {
    const bad = checkDir(ctx, o.dir);
    if (bad !== null) return bad;
  }
  const result = readArchive(bytes);
  const base = o.dir === null ? ctx.cwd : ctx.resolve(o.dir);
  const listing = newListing();
  const found = new Set<string>();
  const extractor = o.mode === 'x' ? newExtractor(ctx, base) : null;
  let failed = false;
  let count = 0;
  for (const m of result.members) {
    if (++count % PAUSE_EVERY === 0) await ctx.pause();
    if (ctx.cancel.cancelled) return 130;
    if (!selected(m.name, o.operands, found)) continue;
    const long = o.mode === 't' ? o.verbose > 0 : o.verbose > 1;
    if (o.verbose > 0 || o.mode === 't')
      ctx.stdout.write(long ? memberLine(listing, m, ctx.flavor) : `${m.name}\n`);
    if (extractor && !extractor.extract(m)) failed = true;
  }
  extractor?.finish();
  if (!result.ok) {
    if (!gnu) {
      ctx.stderr.write(
        result.why === 'short' ? 'tar: short read\n' : 'tar: invalid tar header checksum\n',
      );
      return 1;
    }
    ctx.stderr.write('tar: This does not look like a tar archive\n');
    failed = true;
  }
  for (const w of o.operands) {
    if (found.has(w)) continue;
    if (!gnu) {
      ctx.stderr.write(`tar: ${w}: not found in archive\n`);
      return 1;
    }
    ctx.stderr.write(`tar: ${w}: Not found in archive\n`);
    failed = true;
  }
  return failed ? (gnu ? gnuDelayed(ctx) : 1) : 0;
}

/** Recreates members under `base`: files, dirs (modes and times set last), links; owners as root. */
function newExtractor(ctx: CommandContext, base: string) {
  const gnu = ctx.flavor === 'bash';
  const root = ctx.identity.uid === 0;
  const passwd = readPasswd(ctx);
  const groups = readGroups(ctx);
  const dirs: { path: string; m: Member }[] = [];
  const owner = (m: Member): [number, number] => [
    passwd.find((p) => p.name === m.uname)?.uid ?? m.uid,
    groups.find((g) => g.name === m.gname)?.gid ?? m.gid,
  ];
  // GNU as an ordinary user applies the umask (022); root and BusyBox keep the stored mode
  const modeOf = (m: Member) => (root || !gnu ? m.mode & 0o7777 : m.mode & 0o777 & ~0o022);
  const write = (path: string, m: Member) => {
    const fs = ctx.fs;
    const parent = dirname(path);
    if (!fs.exists(parent)) fs.mkdir(parent, { recursive: true });
    if (m.kind === 'dir') {
      if (!fs.exists(path)) fs.mkdir(path, { recursive: true });
      dirs.push({ path, m });
      return;
    }
    try {
      if (fs.lstat(path).kind !== 'dir') fs.unlink(path);
    } catch {
      // nothing there yet
    }
    if (m.kind === 'symlink') return fs.symlink(m.linkname, path);
    if (m.kind === 'hardlink') return fs.link(normalizePath(joinPath(base, m.linkname)), path);
    fs.writeFile(path, m.data);
    settle(path, m);
  };
  const settle = (path: string, m: Member) => {
    ctx.fs.chmod(path, modeOf(m));
    if (root) ctx.fs.chown(path, ...owner(m));
    ctx.fs.utimes(path, m.mtime);
  };
  return {
    extract(m: Member): boolean {
      const path = normalizePath(joinPath(base, m.name.replace(/^\/+/, '')));
      try {
        write(path, m);
        return true;
      } catch (e) {
        const why = errnoText(e);
        ctx.stderr.write(
          gnu ? `tar: ${m.name}: Cannot open: ${why}\n` : `tar: can't create '${m.name}': ${why}\n`,
        );
        return false;
      }
    },
    finish(): void {
      for (const { path, m } of dirs.reverse()) {
        try {
          settle(path, m);
        } catch {
          // a directory we may not change keeps its mode
        }
      }
    },
  };
}
