import { FsError, joinPath, type Stat } from '../util/fs-lib';
import { errorText, gnuQuote } from '../format';
import type { Command, CommandContext } from '../types';
import { parseOrFail } from '../util/fs-args';
import { busyboxColumns, gnuColumns, type Cell } from '../util/fs-columns';
import { loadIds } from '../util/fs-ids';
import {
  longLines,
  shortPrefix,
  totalLine,
  unknownEntry,
  type LongOptions,
  type LsEntry,
} from '../util/fs-ls-long';
import { busyboxPrintable, shellEscape } from '../util/fs-quote';
import { fsPath, parentOf } from '../util/fs-path';

const SPEC = {
  flags: 'laAR1hdFisCptSrxn',
  long: {
    all: 'a',
    'almost-all': 'A',
    recursive: 'R',
    'human-readable': 'h',
    directory: 'd',
    classify: 'F',
    inode: 'i',
    size: 's',
    color: 'color',
  },
  busyboxLong: { color: 'color' },
};

/** Whether the caller may search (x) directory `path`. */
function searchable(ctx: CommandContext, path: string): boolean {
  const st = ctx.fs.stat(path);
  const who = ctx.identity;
  if (who.uid === 0) return true;
  const inGroup = who.gid === st.gid || (who.groups ?? []).includes(st.gid);
  const bits = st.uid === who.uid ? st.mode >> 6 : inGroup ? st.mode >> 3 : st.mode;
  return (bits & 1) === 1;
}

const COLOR_WHEN = ['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty'];

function indicator(st: Stat, f: Set<string>): string {
  if (st.kind === 'dir') return '/';
  if (!f.has('F')) return '';
  if (st.kind === 'symlink') return '@';
  return st.mode & 0o111 ? '*' : '';
}

/**
 * ls [-laAR1hdFisC] [FILE]... — GNU coreutils 9.1 and BusyBox 1.35 listings: columns on a
 * terminal (GNU quotes odd names there), one per line otherwise, long format, recursion.
 */
export const ls: Command = {
  name: 'ls',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const parsed = parseOrFail(ctx, SPEC, 2);
    if ('status' in parsed) return parsed.status;
    const f = parsed.opts.flags;
    // --color[=WHEN]: accepted, never colours (the terminal shows plain text).
    const color = parsed.opts.values.get('color');
    if (gnu && color !== undefined && !COLOR_WHEN.includes(color)) {
      ctx.stderr.write(
        `ls: invalid argument ${gnuQuote(color)} for '--color'\nValid arguments are:\n` +
          "  - 'always', 'yes', 'force'\n  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'\n" +
          "Try 'ls --help' for more information.\n",
      );
      return 1;
    }
    const classify = f.has('F') || f.has('p');
    const long = f.has('l') || f.has('n');
    const order = parsed.opts.order.filter((c) => 'l1Cx'.includes(c));
    const lastLayout = order[order.length - 1];
    const across = lastLayout === 'x';
    const columns =
      !long && lastLayout !== '1' && (ctx.tty !== null || lastLayout === 'C' || across);
    const lineLength = ctx.tty?.columns ?? 80;
    const opts: LongOptions = {
      gnu,
      human: f.has('h'),
      inode: f.has('i'),
      size: f.has('s'),
      now: ctx.now(),
      // -n: numeric ids, as if /etc/passwd and /etc/group named nobody.
      ids: f.has('n')
        ? {
            user: () => undefined,
            group: () => undefined,
            uidOf: () => undefined,
            gidOf: () => undefined,
          }
        : loadIds(ctx.fs),
    };
    let status = 0;
    let wrote = false;
    const out = (text: string) => {
      ctx.stdout.write(text);
      wrote = true;
    };
    const quote = (name: string) => {
      if (!gnu) return { text: busyboxPrintable(name), quoted: false };
      return ctx.tty ? shellEscape(name) : { text: name, quoted: false };
    };
    const entry = (name: string, path: string, st: Stat): LsEntry => {
      const q = quote(name);
      const e: LsEntry = {
        shown: q.text,
        width: q.text.length,
        st,
        indicator: indicator(st, f),
      };
      if (q.quoted) e.width = -e.width; // marks "quoted" until alignment below
      if (st.kind === 'symlink' && long) {
        try {
          e.target = quote(ctx.fs.readlink(path)).text;
          e.targetIndicator = indicator(ctx.fs.stat(path), f);
        } catch {
          e.targetIndicator = '';
        }
      }
      return e;
    };
    const print = (entries: LsEntry[], isDir: boolean, alsoMeasure: LsEntry[] = []) => {
      // GNU on a terminal: when some names are quoted, the others get a space in front.
      const someQuoted = entries.some((e) => e.width < 0);
      for (const e of entries) {
        if (e.width < 0) e.width = -e.width;
        else if (someQuoted && gnu && (long || columns)) {
          e.shown = ` ${e.shown}`;
          e.width += 1;
        }
      }
      if (isDir && (long || opts.size)) out(totalLine(entries, opts));
      if (long) return out(longLines(entries, opts, classify, alsoMeasure));
      const prefix = shortPrefix(entries, opts);
      const cells: Cell[] = entries.map((e) => {
        const text = prefix(e) + e.shown + (classify ? e.indicator : '');
        return { text, width: text.length - e.shown.length + e.width };
      });
      if (!columns) return out(cells.map((c) => `${c.text}\n`).join(''));
      out(gnu ? gnuColumns(cells, lineLength, across) : busyboxColumns(cells, lineLength, across));
    };

    const operands = parsed.opts.operands.length > 0 ? parsed.opts.operands : ['.'];
    const files: { name: string; e: LsEntry }[] = [];
    const dirs: { name: string; path: string; e: LsEntry }[] = [];
    for (const arg of operands) {
      const path = fsPath(ctx, arg);
      let st: Stat;
      try {
        st = ctx.fs.lstat(path);
        if (st.kind === 'symlink' && !f.has('d') && !long && !classify) {
          try {
            st = ctx.fs.stat(path);
          } catch {
            // a dangling link is listed as itself
          }
        }
      } catch (e) {
        const why = errorText(e);
        ctx.stderr.write(
          gnu ? `ls: cannot access ${gnuQuote(arg)}: ${why}\n` : `ls: ${arg}: ${why}\n`,
        );
        status = gnu ? 2 : 1;
        continue;
      }
      if (st.kind === 'dir' && !f.has('d')) dirs.push({ name: arg, path, e: entry(arg, path, st) });
      else files.push({ name: arg, e: entry(arg, path, st) });
    }
    const byName = (a: { name: string; e: LsEntry }, b: { name: string; e: LsEntry }) => {
      let c = 0;
      if (f.has('t')) c = b.e.st.mtime - a.e.st.mtime;
      else if (f.has('S')) c = b.e.st.size - a.e.st.size;
      if (c === 0) c = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
      return f.has('r') ? -c : c;
    };
    files.sort(byName);
    dirs.sort(byName);
    if (files.length > 0) {
      print(
        files.map((x) => x.e),
        false,
        gnu ? dirs.map((x) => x.e) : [],
      );
    }
    // GNU: one blank line after the file operands, then one before each directory opened.
    if (gnu && files.length > 0 && dirs.length > 0) out('\n');
    let first = true;
    const headers = operands.length > 1 || f.has('R');
    const needsStat = long || classify || opts.inode || opts.size || f.has('t') || f.has('S');

    const listDir = (shown: string, path: string, top: boolean) => {
      if (!gnu && wrote) out('\n');
      if (!gnu && headers) out(`${shown}:\n`);
      let names: string[];
      try {
        names = ctx.fs.readdir(path);
      } catch (e) {
        const why = errorText(e);
        ctx.stderr.write(
          gnu
            ? `ls: cannot open directory ${gnuQuote(shown)}: ${why}\n`
            : `ls: can't open '${shown}': ${why}\n`,
        );
        status = gnu && top ? 2 : Math.max(status, 1);
        return;
      }
      if (gnu && (headers || f.has('R')) && !first) out('\n');
      first = false;
      if (gnu && headers) out(`${shown}:\n`);
      if (!f.has('a')) names = names.filter((n) => !n.startsWith('.'));
      else names = ['.', '..', ...names];
      const entries: { name: string; e: LsEntry }[] = [];
      for (const name of names) {
        const p = name === '.' ? path : name === '..' ? parentOf(path) : joinPath(path, name);
        try {
          // lib/fs drops "." and ".." lexically; the kernel needs search permission on the
          // directory to look them up, so check it here.
          if ((name === '.' || name === '..') && !searchable(ctx, path)) {
            throw new FsError('EACCES', 'lstat', p);
          }
          entries.push({ name, e: entry(name, p, ctx.fs.lstat(p)) });
        } catch (e) {
          const why = errorText(e);
          const full = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
          // GNU lists names without lstat unless the format needs it, then shows '?' fields;
          // BusyBox always lstats and leaves the entry out.
          if (gnu) {
            const type = name === '.' || name === '..' ? 'd' : '?';
            entries.push({ name, e: unknownEntry(quote(name).text, type) });
          }
          if (gnu && !needsStat) continue;
          ctx.stderr.write(
            gnu ? `ls: cannot access ${gnuQuote(full)}: ${why}\n` : `ls: ${full}: ${why}\n`,
          );
          status = Math.max(status, 1);
        }
      }
      entries.sort(byName);
      print(
        entries.map((x) => x.e),
        true,
      );
      if (!f.has('R')) return;
      for (const { name, e } of entries) {
        if (e.unknown || e.st.kind !== 'dir' || name === '.' || name === '..') continue;
        const sub = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
        listDir(sub, joinPath(path, name), false);
      }
    };
    for (const d of dirs) listDir(d.name, d.path, true);
    return status;
  },
};
