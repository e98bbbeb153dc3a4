// Property tests: random images and random operation sequences on the union fs, checked
// against a reference model of the merged view (a plain MemFs holding a copy of it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EPOCH_2024,
  FsError,
  Layer,
  MemFs,
  UnionFs,
  formatChanges,
  logicalClock,
  type FileSystem,
} from './index';
import type { DirNode } from './node';
import { joinPath } from './pathname';

const NAMES = ['a', 'b', 'c'];
const pathArb = fc
  .array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 })
  .map((parts) => '/' + parts.join('/'));
const textArb = fc.constantFrom('', 'x', 'yy', 'hello\n');
const modeArb = fc.constantFrom(0o600, 0o644, 0o700, 0o755);

type EntrySpec = { path: string; kind: 'file' | 'dir' | 'whiteout' | 'opaque' | 'symlink' };
const layerArb = fc.array(
  fc.record({
    path: pathArb,
    kind: fc.constantFrom('file', 'file', 'dir', 'whiteout', 'opaque', 'symlink') as fc.Arbitrary<
      EntrySpec['kind']
    >,
  }),
  { maxLength: 8 },
);
const imageArb = fc.array(layerArb, { minLength: 1, maxLength: 3 });

type Op =
  | { op: 'write' | 'append'; p: string; text: string }
  | { op: 'truncate'; p: string; n: number }
  | { op: 'mkdir' | 'mkdirp' | 'rmrf' | 'unlink' | 'rmdir' | 'utimes' | 'read'; p: string }
  | { op: 'rename' | 'link'; p: string; q: string }
  | { op: 'symlink'; p: string; target: string }
  | { op: 'chmod'; p: string; mode: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('write', 'append'), p: pathArb, text: textArb }),
  fc.record({ op: fc.constant('truncate'), p: pathArb, n: fc.integer({ min: 0, max: 3 }) }),
  fc.record({
    op: fc.constantFrom('mkdir', 'mkdirp', 'rmrf', 'unlink', 'rmdir', 'utimes', 'read'),
    p: pathArb,
  }),
  fc.record({ op: fc.constantFrom('rename', 'rename', 'link'), p: pathArb, q: pathArb }),
  fc.record({ op: fc.constant('symlink'), p: pathArb, target: fc.constantFrom('a', '../b', '/c') }),
  fc.record({ op: fc.constant('chmod'), p: pathArb, mode: modeArb }),
) as fc.Arbitrary<Op>;

/** One clock for the whole image: every image file gets its own mtime, as in real builds. */
function buildImage(specs: EntrySpec[][]): Layer[] {
  const clock = logicalClock();
  return specs.map((entries, i) => {
    const layer = new Layer({ id: `L${i}`, clock });
    for (const { path, kind } of entries) {
      if (kind === 'file') layer.putFile(path, new TextEncoder().encode(`${path}@${i}`));
      else if (kind === 'dir') layer.putDir(path);
      else if (kind === 'opaque') layer.putOpaqueDir(path);
      else if (kind === 'whiteout') layer.putWhiteout(path);
      else layer.putSymlink(path, 'a');
    }
    return layer;
  });
}

function run(fs: FileSystem, o: Op): string | void {
  switch (o.op) {
    case 'write':
      return fs.writeFile(o.p, o.text);
    case 'append':
      return fs.appendFile(o.p, o.text);
    case 'truncate':
      return fs.truncate(o.p, o.n);
    case 'mkdir':
      return fs.mkdir(o.p);
    case 'mkdirp':
      return fs.mkdir(o.p, { recursive: true });
    case 'rmrf':
      return fs.rm(o.p, { recursive: true, force: true });
    case 'unlink':
      return fs.unlink(o.p);
    case 'rmdir':
      return fs.rmdir(o.p);
    case 'utimes':
      return fs.utimes(o.p, 1234);
    case 'read':
      return fs.stat(o.p).kind === 'dir' ? fs.readdir(o.p).join(',') : fs.readTextFile(o.p);
    case 'rename':
      return fs.rename(o.p, o.q);
    case 'link':
      return fs.link(o.p, o.q);
    case 'symlink':
      return fs.symlink(o.target, o.p);
    case 'chmod':
      return fs.chmod(o.p, o.mode);
  }
}

/** The op's result: what it read, "ok", or the errno it failed with. */
function apply(fs: FileSystem, o: Op): string {
  try {
    return run(fs, o) ?? 'ok';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

/** Every visible entry as one line; `withLinks` adds file nlink (dir counts differ by design). */
function snapshot(fs: FileSystem, withLinks = true): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of fs.readdir(dir)) {
      const p = joinPath(dir, name);
      const st = fs.lstat(p);
      const body =
        st.kind === 'file' ? fs.readTextFile(p) : st.kind === 'symlink' ? fs.readlink(p) : '';
      out.push(
        `${st.kind} ${st.mode.toString(8)} ${withLinks && st.kind === 'file' ? st.nlink : ''} ${p} ${body}`,
      );
      if (st.kind === 'dir') visit(p);
    }
  };
  visit('/');
  return out;
}

/** The merged view copied into a plain fs: the reference model. */
function copyView(src: FileSystem, dst: FileSystem, dir = '/'): FileSystem {
  for (const name of src.readdir(dir)) {
    const p = joinPath(dir, name);
    const st = src.lstat(p);
    if (st.kind === 'symlink') dst.symlink(src.readlink(p), p);
    else if (st.kind === 'file') dst.writeFile(p, src.readFile(p), { mode: st.mode });
    else {
      dst.mkdir(p, { mode: st.mode });
      copyView(src, dst, p);
    }
  }
  return dst;
}

function serializeLayer(layer: Layer): string {
  const lines: string[] = [];
  const visit = (dir: DirNode, at: string) => {
    for (const [name, n] of dir.children) {
      const p = joinPath(at, name);
      if (n.kind === 'whiteout') lines.push(`w ${p}`);
      else if (n.kind === 'dir') {
        lines.push(`d ${p} ${n.mode} ${n.uid} ${n.mtime} ${n.opaque}`);
        visit(n, p);
      } else if (n.kind === 'file')
        lines.push(`f ${p} ${n.mode} ${n.nlink} ${n.mtime} ${[...n.data]}`);
      else lines.push(`l ${p} ${n.target} ${n.mtime}`);
    }
  };
  visit(layer.root, '/');
  return lines.join('\n');
}

function lexists(fs: FileSystem, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Applies `docker diff` output to a copy of the image, reading new content from `merged`. */
function applyDiff(image: FileSystem, merged: UnionFs): void {
  for (const { kind, path } of merged.diff()) {
    if (kind === 'D') {
      image.rm(path, { recursive: true, force: true });
      continue;
    }
    const st = merged.lstat(path);
    const cur = lexists(image, path) ? image.lstat(path) : undefined;
    if (cur && (cur.kind !== st.kind || st.kind === 'symlink')) image.rm(path, { recursive: true });
    if (st.kind === 'symlink') image.symlink(merged.readlink(path), path);
    else if (st.kind === 'file') image.writeFile(path, merged.readFile(path));
    else if (!lexists(image, path)) image.mkdir(path);
    if (st.kind !== 'symlink') image.chmod(path, st.mode);
  }
}

const RUNS = { numRuns: 400 };

describe('union fs properties', () => {
  it('behaves like a plain fs holding the merged view; lower layers never change', () => {
    fc.assert(
      fc.property(imageArb, fc.array(opArb, { maxLength: 25 }), (specs, ops) => {
        const layers = buildImage(specs);
        const before = layers.map(serializeLayer);
        const union = new UnionFs({ layers });
        const model = copyView(union, new MemFs());
        for (const o of ops) {
          const got = apply(union, o);
          if (got === 'EXDEV') {
            expect(o.op).toBe('rename');
            expect(model.lstat((o as { p: string }).p).kind).toBe('dir');
            continue;
          }
          expect(got).toBe(apply(model, o));
        }
        expect(snapshot(union)).toEqual(snapshot(model));
        expect(layers.map(serializeLayer)).toEqual(before);
      }),
      RUNS,
    );
  });

  it('never shows a whiteout: every listed name can be looked up', () => {
    fc.assert(
      fc.property(imageArb, fc.array(opArb, { maxLength: 25 }), (specs, ops) => {
        const union = new UnionFs({ layers: buildImage(specs) });
        for (const o of ops) apply(union, o);
        const lines = snapshot(union);
        expect(lines.every((l) => /^(file|dir|symlink) /.test(l))).toBe(true);
      }),
      RUNS,
    );
  });

  it('applying the diff to the image reproduces the merged view', () => {
    fc.assert(
      fc.property(imageArb, fc.array(opArb, { maxLength: 25 }), (specs, ops) => {
        const layers = buildImage(specs);
        // Container time runs after image build time, as in real life: a rewrite with the
        // same size in the same second is invisible to Docker's diff too.
        const union = new UnionFs({ layers, clock: logicalClock(EPOCH_2024 + 1e9) });
        const image = copyView(new UnionFs({ layers }), new MemFs());
        for (const o of ops) apply(union, o);
        applyDiff(image, union);
        const changes = formatChanges(union.diff());
        expect({ changes, view: snapshot(image, false) }).toEqual({
          changes,
          view: snapshot(union, false),
        });
      }),
      RUNS,
    );
  });
});
