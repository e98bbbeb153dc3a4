/**
 * COPY and ADD (local sources only): files from the build context, or with `--from` from an
 * earlier stage or an image, into a fresh layer. History: `/bin/sh -c #(nop) COPY file:<sha256>
 * in <dest> ` (`dir:` for a directory, `multi:` for several sources), as the classic builder.
 */
import { joinPath, normalizePath, UnionFs, type FileSystem } from '../../fs';
import { resolveUser } from '../users';
import { buildContainer } from './build-container';
import { entryHash, hashList, type BuildContext, type HashOrigin } from './context';
import { processWord } from './expand';
import { splitWords, type Instruction } from './parser';
import { BuildError, cached, cloneConfig, commit, vars, type BuildRun, type Stage } from './state';

interface Source {
  fs: FileSystem;
  /** Absolute path of the source root (the context dir or "/"). */
  root: string;
  origin: HashOrigin;
  /** Whether a relative path is visible (not excluded by .dockerignore). */
  visible(rel: string): boolean;
}

function fromSource(run: BuildRun, ins: Instruction, context: BuildContext): Source {
  const from = ins.flags.from;
  if (from === undefined)
    return {
      fs: context.fs,
      root: context.dir,
      origin: 'context',
      visible: (rel) => rel === '' || context.stat(rel) !== null,
    };
  const stage =
    run.stages.find((s) => s.name !== undefined && s.name === from.toLowerCase()) ??
    (/^\d+$/.test(from) ? run.stages[Number(from)] : undefined);
  const image = stage?.image ?? run.engine.images.find(from);
  if (!image)
    throw new BuildError(
      `invalid from flag value ${from}: pull access denied for ${from}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    );
  const fs = new UnionFs({ layers: image.layers, readOnly: true });
  return { fs, root: '/', origin: 'image', visible: () => true };
}

function clean(rel: string): string {
  return normalizePath(`/${rel}`).slice(1);
}

/** Sources after wildcard expansion, relative to the source root. */
function expand(src: Source, pattern: string, cmd: string): string[] {
  const rel = clean(pattern);
  const missing = () =>
    new BuildError(
      `${cmd} failed: file not found in build context or excluded by .dockerignore: stat ${pattern}: file does not exist`,
    );
  if (!/[*?[]/.test(rel)) {
    if (!src.visible(rel) || (!src.fs.exists(joinPath(src.root, rel)) && !isLink(src, rel)))
      throw missing();
    return [rel];
  }
  const slash = rel.lastIndexOf('/');
  const dir = slash < 0 ? '' : rel.slice(0, slash);
  const re = new RegExp(
    `^${rel
      .slice(slash + 1)
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  let names: string[] = [];
  try {
    names = src.fs.readdir(joinPath(src.root, dir));
  } catch {
    // no such directory: nothing matches
  }
  const out = names
    .filter((n) => re.test(n))
    .map((n) => (dir === '' ? n : `${dir}/${n}`))
    .filter((r) => src.visible(r))
    .sort();
  if (out.length === 0) throw missing();
  return out;
}

function isLink(src: Source, rel: string): boolean {
  try {
    return src.fs.lstat(joinPath(src.root, rel)).kind === 'symlink';
  } catch {
    return false;
  }
}

/** moby's hash of one source: `file:` + tarsum, or `dir:` + hash of every entry's sum. */
function sourceHash(src: Source, rel: string): string {
  const path = joinPath(src.root, rel);
  if (src.fs.lstat(path).kind !== 'dir') return `file:${entryHash(src.fs, path, rel, src.origin)}`;
  const sums: string[] = [];
  const walk = (r: string) => {
    if (r !== '') sums.push(entryHash(src.fs, joinPath(src.root, r), r, src.origin));
    const p = joinPath(src.root, r);
    if (src.fs.lstat(p).kind !== 'dir') return;
    for (const name of src.fs.readdir(p).sort()) {
      const child = r === '' ? name : `${r}/${name}`;
      if (src.visible(child)) walk(child);
    }
  };
  walk(rel);
  return hashList('dir', sums.sort());
}

export async function copyStep(
  run: BuildRun,
  stage: Stage,
  ins: Instruction,
  context: BuildContext,
) {
  const cmd = ins.cmd.toUpperCase();
  const v = vars(run, stage);
  const args = (ins.json ?? splitWords(ins.rest)).map((w) => processWord(w, v));
  const dest = args.pop()!;
  const src = fromSource(run, ins, context);
  const sources = args.flatMap((a) => expand(src, a, cmd));
  const workdir = stage.image.config.WorkingDir || '/';
  const target = dest.startsWith('/') ? dest : joinPath(workdir, dest);
  const intoDir =
    dest.endsWith('/') || dest === '.' || sources.length > 1 || args.some((a) => /[*?[]/.test(a));
  if (sources.length > 1 && !dest.endsWith('/') && dest !== '.')
    throw new BuildError(
      `When using ${cmd} with more than one source file, the destination must be a directory and end with a /`,
    );
  const hashes = sources.map((rel) => sourceHash(src, rel));
  const hash = hashes.length === 1 ? hashes[0]! : hashList('multi', hashes);
  const chown = ins.flags.chown === undefined ? '' : `--chown=${ins.flags.chown}`;
  const createdBy = `/bin/sh -c #(nop) ${cmd} ${chown}${hash} in ${dest} `;
  if (!cached(run, stage, createdBy)) {
    const c = buildContainer(run, stage, false);
    const root = c.rootfs;
    const owner =
      ins.flags.chown === undefined ? { uid: 0, gid: 0 } : chownIds(root, ins.flags.chown, v);
    for (const rel of sources) {
      const from = joinPath(src.root, rel);
      const kind = src.fs.lstat(from).kind;
      const base = rel.split('/').pop() ?? '';
      const isDirTarget = intoDir || (root.exists(target) && root.stat(target).kind === 'dir');
      const to =
        kind === 'dir'
          ? normalizePath(target)
          : isDirTarget
            ? joinPath(normalizePath(target), base)
            : normalizePath(target);
      mkdirp(root, kind === 'dir' ? to : parentOf(to));
      if (kind === 'dir') {
        for (const name of src.fs.readdir(from).sort()) {
          const child = rel === '' ? name : `${rel}/${name}`;
          if (src.visible(child)) copyEntry(src, child, root, joinPath(to, name), owner);
        }
      } else copyEntry(src, rel, root, to, owner);
    }
    commit(run, stage, createdBy, cloneConfig(stage.image.config), c.upper);
  }
  run.progress.write(` ---> ${stage.image.id.slice(7, 19)}\n`);
}

function chownIds(fs: FileSystem, spec: string, v: Map<string, string>) {
  const expanded = processWord(spec, v);
  try {
    return resolveUser(fs, expanded);
  } catch {
    const user = expanded.split(':')[0];
    throw new BuildError(
      `unable to convert uid/gid chown string to host mapping: can't find uid for user ${user}: no such user: ${user}`,
    );
  }
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function mkdirp(fs: FileSystem, path: string): void {
  if (!fs.exists(path)) fs.mkdir(path, { recursive: true, mode: 0o755 });
}

function copyEntry(
  src: Source,
  rel: string,
  to: FileSystem,
  dst: string,
  owner: { uid: number; gid: number },
) {
  const from = joinPath(src.root, rel);
  const st = src.fs.lstat(from);
  if (st.kind === 'dir') {
    mkdirp(to, dst);
    to.chmod(dst, st.mode);
    for (const name of src.fs.readdir(from).sort())
      if (src.visible(`${rel}/${name}`))
        copyEntry(src, `${rel}/${name}`, to, joinPath(dst, name), owner);
  } else if (st.kind === 'symlink') {
    if (to.exists(dst)) to.rm(dst);
    to.symlink(src.fs.readlink(from), dst);
    return;
  } else {
    to.writeFile(dst, src.fs.readFile(from), { mode: st.mode });
    to.chmod(dst, st.mode);
  }
  to.chown(dst, owner.uid, owner.gid);
  to.utimes(dst, st.mtime);
}
