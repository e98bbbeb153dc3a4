import { busyboxPrintable, gnuQuote, shellEscape } from '../quote';
import { FsError, joinPath, type Stat } from '../util/files/fs-lib';
import { errorText } from '../format';
import type { Command, CommandContext } from '../types';
import { parseOrFail } from '../util/args/file-args';
import { busyboxColumns, gnuColumns, type Cell } from '../util/files/columns';
import { loadIds } from '../util/files/ids';
import {
  longLines,
  shortPrefix,
  totalLine,
  unknownEntry,
  type LongOptions,
  type LsEntry,
} from '../util/files/ls-long';
import { fsPath, parentOf } from '../util/files/path';

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

type ParsedLs = Exclude<ReturnType<typeof parseOrFail>, { status: number }>['opts'];
type Named = { name: string; e: LsEntry };

/** -n: numeric ids, as if /etc/passwd and /etc/group named nobody. */
const NUMERIC_IDS = {
  user: () => undefined,
  group: () => undefined,
  uidOf: () => undefined,
  gidOf: () => undefined,
};

/** --color[=WHEN]: accepted, never colours (the terminal shows plain text); false if WHEN is bad. */
function colorOk(ctx: CommandContext, color: string | undefined): boolean {
  if (ctx.flavor !== 'bash' || color === undefined || COLOR_WHEN.includes(color)) return true;
  ctx.stderr.write(
    `ls: invalid argument ${gnuQuote(color)} for '--color'\nValid arguments are:\n` +
      "  - 'always', 'yes', 'force'\n  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'\n" +
      "Try 'ls --help' for more information.\n",
  );
  return false;
}

/**
 * ls [-laAR1hdFisC] [FILE]... — GNU coreutils 9.1 and BusyBox 1.35 listings: columns on a
 * terminal (GNU quotes odd names there), one per line otherwise, long format, recursion.
 */
export const ls: Command = {
  name: 'ls',
  run(ctx: CommandContext) {
    const parsed = parseOrFail(ctx, SPEC, 2);
    if ('status' in parsed) return parsed.status;
    if (!colorOk(ctx, parsed.opts.values.get('color'))) return 1;
    return new Listing(ctx, parsed.opts).run();
  },
};

/** One ls run: the layout chosen from the options, the exit status, what was written. */
class Listing {
  private readonly gnu: boolean;
  private readonly f: Set<string>;
  private readonly classify: boolean;
  private readonly long: boolean;
  private readonly columns: boolean;
  private readonly across: boolean;
  private readonly lineLength: number;
  private readonly opts: LongOptions;
  private readonly headers: boolean;
  private readonly needsStat: boolean;
  private status = 0;
  private wrote = false;
  private first = true;

  constructor(
    private readonly ctx: CommandContext,
    private readonly parsed: ParsedLs,
  ) {
    const f = parsed.flags;
    this.gnu = ctx.flavor === 'bash';
    this.f = f;
    this.classify = f.has('F') || f.has('p');
    this.long = f.has('l') || f.has('n');
    const order = parsed.order.filter((c) => 'l1Cx'.includes(c));
    const lastLayout = order[order.length - 1];
    this.across = lastLayout === 'x';
    this.columns =
      !this.long && lastLayout !== '1' && (ctx.tty !== null || lastLayout === 'C' || this.across);
    this.lineLength = ctx.tty?.columns ?? 80;
    this.opts = {
      gnu: this.gnu,
      human: f.has('h'),
      inode: f.has('i'),
      size: f.has('s'),
      now: ctx.now(),
      ids: f.has('n') ? NUMERIC_IDS : loadIds(ctx.fs),
    };
    this.headers = parsed.operands.length > 1 || f.has('R');
    this.needsStat =
      this.long || this.classify || this.opts.inode || this.opts.size || f.has('t') || f.has('S');
  }

  run(): number {
    const operands = this.parsed.operands.length > 0 ? this.parsed.operands : ['.'];
    const files: Named[] = [];
    const dirs: (Named & { path: string })[] = [];
    for (const arg of operands) {
      const path = fsPath(this.ctx, arg);
      const st = this.operandStat(arg, path);
      if (st === null) continue;
      if (st.kind === 'dir' && !this.f.has('d'))
        dirs.push({ name: arg, path, e: this.entry(arg, path, st) });
      else files.push({ name: arg, e: this.entry(arg, path, st) });
    }
    files.sort(this.byName);
    dirs.sort(this.byName);
    if (files.length > 0) {
      this.print(
        files.map((x) => x.e),
        false,
        this.gnu ? dirs.map((x) => x.e) : [],
      );
    }
    // GNU: one blank line after the file operands, then one before each directory opened.
    if (this.gnu && files.length > 0 && dirs.length > 0) this.out('\n');
    for (const d of dirs) this.listDir(d.name, d.path, true);
    return this.status;
  }

  private out(text: string): void {
    this.ctx.stdout.write(text);
    this.wrote = true;
  }

  /** An operand's own entry (a link followed unless -d, -l or -F), or null after the error. */
  private operandStat(arg: string, path: string): Stat | null {
    const { ctx, f, gnu } = this;
    try {
      const st = ctx.fs.lstat(path);
      if (st.kind !== 'symlink' || f.has('d') || this.long || this.classify) return st;
      try {
        return ctx.fs.stat(path);
      } catch {
        return st; // a dangling link is listed as itself
      }
    } catch (e) {
      const why = errorText(e);
      ctx.stderr.write(
        gnu ? `ls: cannot access ${gnuQuote(arg)}: ${why}\n` : `ls: ${arg}: ${why}\n`,
      );
      this.status = gnu ? 2 : 1;
      return null;
    }
  }

  private readonly byName = (a: Named, b: Named): number => {
    const f = this.f;
    let c = 0;
    if (f.has('t')) c = b.e.st.mtime - a.e.st.mtime;
    else if (f.has('S')) c = b.e.st.size - a.e.st.size;
    if (c === 0) c = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    return f.has('r') ? -c : c;
  };

  private quote(name: string): { text: string; quoted: boolean } {
    if (!this.gnu) return { text: busyboxPrintable(name), quoted: false };
    return this.ctx.tty ? shellEscape(name) : { text: name, quoted: false };
  }

  private entry(name: string, path: string, st: Stat): LsEntry {
    const q = this.quote(name);
    const e: LsEntry = {
      shown: q.text,
      width: q.text.length,
      st,
      indicator: indicator(st, this.f),
    };
    if (q.quoted) e.width = -e.width; // marks "quoted" until alignment below
    if (st.kind === 'symlink' && this.long) {
      try {
        e.target = this.quote(this.ctx.fs.readlink(path)).text;
        e.targetIndicator = indicator(this.ctx.fs.stat(path), this.f);
      } catch {
        e.targetIndicator = '';
      }
    }
    return e;
  }

  /** GNU on a terminal: when some names are quoted, the others get a space in front. */
  private alignQuoted(entries: LsEntry[]): void {
    const someQuoted = entries.some((e) => e.width < 0);
    for (const e of entries) {
      if (e.width < 0) e.width = -e.width;
      else if (someQuoted && this.gnu && (this.long || this.columns)) {
        e.shown = ` ${e.shown}`;
        e.width += 1;
      }
    }
  }

  private print(entries: LsEntry[], isDir: boolean, alsoMeasure: LsEntry[] = []): void {
    const { opts, classify } = this;
    this.alignQuoted(entries);
    if (isDir && (this.long || opts.size)) this.out(totalLine(entries, opts));
    if (this.long) return this.out(longLines(entries, opts, classify, alsoMeasure));
    const prefix = shortPrefix(entries, opts);
    const cells: Cell[] = entries.map((e) => {
      const text = prefix(e) + e.shown + (classify ? e.indicator : '');
      return { text, width: text.length - e.shown.length + e.width };
    });
    if (!this.columns) return this.out(cells.map((c) => `${c.text}\n`).join(''));
    const { lineLength, across } = this;
    this.out(
      this.gnu ? gnuColumns(cells, lineLength, across) : busyboxColumns(cells, lineLength, across),
    );
  }

  /** A directory's listing (with its header), then its subdirectories with -R. */
  private listDir(shown: string, path: string, top: boolean): void {
    const { gnu, headers } = this;
    if (!gnu && this.wrote) this.out('\n');
    if (!gnu && headers) this.out(`${shown}:\n`);
    const names = this.readNames(shown, path, top);
    if (names === null) return;
    if (gnu && headers && !this.first) this.out('\n');
    this.first = false;
    if (gnu && headers) this.out(`${shown}:\n`);
    const entries = names.flatMap((name) => this.dirEntry(shown, path, name));
    entries.sort(this.byName);
    this.print(
      entries.map((x) => x.e),
      true,
    );
    if (!this.f.has('R')) return;
    for (const { name, e } of entries) {
      if (e.unknown || e.st.kind !== 'dir' || name === '.' || name === '..') continue;
      const sub = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
      this.listDir(sub, joinPath(path, name), false);
    }
  }

  /** The names to list (with -a also . and ..), or null after the error. */
  private readNames(shown: string, path: string, top: boolean): string[] | null {
    const { ctx, gnu } = this;
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
      this.status = gnu && top ? 2 : Math.max(this.status, 1);
      return null;
    }
    if (!this.f.has('a')) return names.filter((n) => !n.startsWith('.'));
    return ['.', '..', ...names];
  }

  /** The entry of `name` inside the directory; GNU keeps an unreadable one with '?' fields. */
  private dirEntry(shown: string, path: string, name: string): Named[] {
    const { ctx, gnu } = this;
    const p = name === '.' ? path : name === '..' ? parentOf(path) : joinPath(path, name);
    try {
      // lib/fs drops "." and ".." lexically; the kernel needs search permission on the
      // directory to look them up, so check it here.
      if ((name === '.' || name === '..') && !searchable(ctx, path)) {
        throw new FsError('EACCES', 'lstat', p);
      }
      return [{ name, e: this.entry(name, p, ctx.fs.lstat(p)) }];
    } catch (e) {
      const why = errorText(e);
      const full = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
      // GNU lists names without lstat unless the format needs it, then shows '?' fields;
      // BusyBox always lstats and leaves the entry out.
      const kept = gnu
        ? [
            {
              name,
              e: unknownEntry(this.quote(name).text, name === '.' || name === '..' ? 'd' : '?'),
            },
          ]
        : [];
      if (gnu && !this.needsStat) return kept;
      ctx.stderr.write(
        gnu ? `ls: cannot access ${gnuQuote(full)}: ${why}\n` : `ls: ${full}: ${why}\n`,
      );
      this.status = Math.max(this.status, 1);
      return kept;
    }
  }
}
