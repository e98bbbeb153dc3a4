import { errorText } from '../format';
import { readInput, splitLines } from '../util/text/io';
import { lastValue, parseTextArgs, type TextOpts } from '../util/args/text-args';
import { translateRegex } from '../util/text/regex';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext, Output } from '../types';
import { outputFull } from '../util/text/stream';

const joinPath = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

const GNU_USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...\n';

/** One grep run's settings. */
interface Job {
  re: RegExp;
  flags: Set<string>;
  max: number;
  /** -B and -A line counts. */
  before: number;
  after: number;
  /** Something was printed already (context groups are separated by `--`). */
  printed: boolean;
}

function buildRegex(ctx: CommandContext, patterns: string[], flags: Set<string>): RegExp | string {
  const sources: string[] = [];
  for (const p of patterns) {
    if (flags.has('F')) {
      sources.push(p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
      continue;
    }
    const r = translateRegex(p, { extended: flags.has('E') });
    if (!r.ok) {
      return ctx.flavor === 'bash' ? `grep: ${r.error}\n` : `grep: bad regex '${p}'\n`;
    }
    if (ctx.flavor === 'bash')
      for (const w of r.warnings) ctx.stderr.write(`grep: warning: ${w}\n`);
    sources.push(r.source);
  }
  let src =
    sources.length === 1 ? (sources[0] as string) : sources.map((s) => `(?:${s})`).join('|');
  if (flags.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (flags.has('x')) src = `^(?:${src})$`;
  return new RegExp(src, `gs${flags.has('i') ? 'i' : ''}`);
}

/** Searches one text; returns how many lines were selected. */
function search(
  job: Job,
  text: string,
  label: string,
  named: boolean,
  write: (s: string) => void,
): number {
  const { re, flags } = job;
  const name = named ? label : null;
  const invert = flags.has('v');
  const quietish = flags.has('q') || flags.has('l') || flags.has('L') || flags.has('c');
  let selected = 0;
  const lines = splitLines(text);
  const context = !quietish && !flags.has('o') && (job.before > 0 || job.after > 0);
  let lastOut = -1;
  let pendingAfter = 0;
  const show = (n: number, sep: string) => {
    write(
      `${name === null ? '' : `${name}${sep}`}${flags.has('n') ? `${n + 1}${sep}` : ''}${lines[n]}\n`,
    );
    lastOut = n;
    job.printed = true;
  };
  for (let n = 0; n < lines.length; n++) {
    if (selected >= job.max && pendingAfter === 0) break;
    const line = lines[n] as string;
    re.lastIndex = 0;
    const hit = re.test(line);
    if (hit === invert || selected >= job.max) {
      if (context && pendingAfter > 0) {
        show(n, '-');
        pendingAfter--;
      }
      continue;
    }
    selected++;
    if (flags.has('q') || flags.has('l') || flags.has('L')) break;
    if (quietish) continue;
    if (context) {
      const start = Math.max(n - job.before, lastOut + 1);
      if (job.printed && (lastOut < 0 || start > lastOut + 1)) write('--\n');
      for (let k = start; k < n; k++) show(k, '-');
      show(n, ':');
      pendingAfter = job.after;
      continue;
    }
    const prefix = `${name === null ? '' : `${name}:`}${flags.has('n') ? `${n + 1}:` : ''}`;
    if (flags.has('o')) {
      if (invert) continue;
      re.lastIndex = 0;
      for (const m of line.matchAll(re)) if (m[0] !== '') write(`${prefix}${m[0]}\n`);
    } else write(`${prefix}${line}\n`);
  }
  if (flags.has('c')) write(`${name === null ? '' : `${name}:`}${selected}\n`);
  if (flags.has('l') && selected > 0) write(`${label}\n`);
  if (flags.has('L') && selected === 0) write(`${label}\n`);
  return selected;
}

const SPEC = {
  flags: 'EFGivwxcLlnoqsHhrRy',
  withValue: 'efmABC',
  usage: GNU_USAGE,
  long: {
    'extended-regexp': 'E',
    'fixed-strings': 'F',
    'basic-regexp': 'G',
    'ignore-case': 'i',
    'invert-match': 'v',
    'word-regexp': 'w',
    'line-regexp': 'x',
    count: 'c',
    'files-with-matches': 'l',
    'files-without-match': 'L',
    'line-number': 'n',
    'only-matching': 'o',
    quiet: 'q',
    silent: 'q',
    'no-messages': 's',
    'with-filename': 'H',
    'no-filename': 'h',
    recursive: 'r',
    'dereference-recursive': 'R',
    'regexp=': 'e',
    'file=': 'f',
    'max-count=': 'm',
    'after-context=': 'A',
    'before-context=': 'B',
    'context=': 'C',
  },
};

/** A usage error: the exit status after the message. */
type Failed = { status: number };

/** -y is -i, -R implies -r, and the last of -E, -F and -G wins. */
function normalizeFlags(opts: TextOpts): Set<string> {
  const { flags } = opts;
  if (flags.has('y')) flags.add('i');
  if (flags.has('R')) flags.add('r');
  let lastEF = '';
  for (const l of opts.order) if (l === 'E' || l === 'F' || l === 'G') lastEF = l;
  flags.delete('E');
  flags.delete('F');
  if (lastEF === 'E' || lastEF === 'F') flags.add(lastEF);
  return flags;
}

/** The patterns of -e, -f FILE or else the first operand (taken off `files`). */
function readPatterns(ctx: CommandContext, opts: TextOpts, files: string[]): string[] | Failed {
  const patterns: string[] = [...(opts.values.get('e') ?? [])];
  for (const f of opts.values.get('f') ?? []) {
    const got = readInput(ctx, f);
    if (!got.ok) {
      ctx.stderr.write(`grep: ${f}: ${got.why}\n`);
      return { status: 2 };
    }
    patterns.push(...splitLines(got.text));
  }
  if (opts.flags.has('e') || opts.flags.has('f')) return patterns;
  const p = files.shift();
  if (p === undefined) {
    ctx.stderr.write(
      ctx.flavor === 'bash'
        ? `${GNU_USAGE}Try 'grep --help' for more information.\n`
        : busyboxHelp('grep'),
    );
    return { status: 2 };
  }
  return p.split('\n');
}

/** -m N (negative: no limit). */
function maxCount(ctx: CommandContext, opts: TextOpts): number | Failed {
  const maxText = lastValue(opts, 'm');
  if (maxText === undefined) return Infinity;
  if (!/^-?\d+$/.test(maxText.trim())) {
    ctx.stderr.write(
      ctx.flavor === 'bash' ? 'grep: invalid max count\n' : `grep: invalid number '${maxText}'\n`,
    );
    return { status: 2 };
  }
  return Number(maxText) < 0 ? Infinity : Number(maxText);
}

/** -A, -B and -C in the order given: C sets both, a later A or B one of them. */
function contextLengths(
  ctx: CommandContext,
  opts: TextOpts,
): { before: number; after: number } | Failed {
  const around = { before: 0, after: 0 };
  for (const letter of opts.order) {
    if (letter !== 'A' && letter !== 'B' && letter !== 'C') continue;
    const v = lastValue(opts, letter) as string;
    if (!/^\d+$/.test(v)) {
      ctx.stderr.write(
        ctx.flavor === 'bash'
          ? `grep: ${v}: invalid context length argument\n`
          : `grep: invalid number '${v}'\n`,
      );
      return { status: 2 };
    }
    if (letter !== 'B') around.after = Number(v);
    if (letter !== 'A') around.before = Number(v);
  }
  return around;
}

/** A bad pattern: GNU says so at once; BusyBox compiles it at the first line read. */
function badPattern(ctx: CommandContext, message: string, files: string[]): number {
  const inputs = files.length === 0 ? ['-'] : files;
  const hasLine = (f: string) => {
    const got = readInput(ctx, f);
    return got.ok && got.text !== '';
  };
  if (ctx.flavor === 'bash' || inputs.some(hasLine)) {
    ctx.stderr.write(message);
    return 2;
  }
  return 1;
}

/**
 * grep [-EFGivwxcLlnoqsHhrR] [-m N] [-e PATTERN]... PATTERN [FILE]... — basic, extended or
 * fixed patterns (see text-regex.ts). Exit 0 when a line is selected, 1 when none, 2 on an
 * error (GNU also reports directories without -r; BusyBox skips them silently). With -r and
 * no FILE, GNU searches "." naming files without "./"; BusyBox reads stdin. Context (-A -B
 * -C) as GNU prints it (`-` after context lines' names, `--` between groups). No binary-file
 * detection.
 */
export const grep: Command = {
  name: 'grep',
  run(ctx: CommandContext) {
    const r = parseTextArgs(ctx, SPEC, ctx.args, 2);
    if (!r.ok) return r.status;
    const flags = normalizeFlags(r.opts);
    const files = [...r.opts.operands];
    const patterns = readPatterns(ctx, r.opts, files);
    if ('status' in patterns) return patterns.status;
    const max = maxCount(ctx, r.opts);
    if (typeof max !== 'number') return max.status;
    const around = contextLengths(ctx, r.opts);
    if ('status' in around) return around.status;
    const re = buildRegex(ctx, patterns, flags);
    if (typeof re === 'string') return badPattern(ctx, re, files);
    const job: Job = { re, flags, max, ...around, printed: false };
    return new GrepRun(ctx, job, files).run();
  },
};

/** Searches the operands (trees with -r) and counts what was selected. */
class GrepRun {
  private readonly out: Output;
  private readonly recursive: boolean;
  private readonly implicitDot: boolean;
  private readonly named: boolean;
  private selected = 0;
  private errors = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly job: Job,
    private readonly files: string[],
  ) {
    const flags = job.flags;
    this.out = ctx.stdout;
    this.recursive = flags.has('r');
    this.implicitDot = this.recursive && files.length === 0 && ctx.flavor === 'bash';
    if (files.length === 0) files.push(this.implicitDot ? '.' : '-');
    this.named = !flags.has('h') && (flags.has('H') || files.length > 1 || this.recursive);
  }

  run(): number {
    for (const f of this.files) this.visit(f, this.implicitDot ? '' : f, true);
    if (this.job.flags.has('q') && this.selected > 0) return 0;
    return this.errors ? 2 : this.selected > 0 ? 0 : 1;
  }

  private fail(msg: string): void {
    this.errors = true;
    if (!this.job.flags.has('s')) this.ctx.stderr.write(msg);
  }

  private visit(file: string, shown: string, top: boolean): void {
    if (outputFull(this.out) || (this.selected > 0 && this.job.flags.has('q'))) return;
    if (file !== '-' && this.recursive && this.descend(file, shown, top)) return;
    const got = readInput(this.ctx, file);
    if (!got.ok) {
      if (got.dir && this.ctx.flavor !== 'bash') return;
      this.fail(`grep: ${shown}: ${got.why}\n`);
      return;
    }
    const label = file === '-' ? '(standard input)' : shown;
    this.selected += search(this.job, got.text, label, this.named, (s) => this.out.write(s));
  }

  /** -r: visits a directory's entries and skips links met inside; true when `file` is done. */
  private descend(file: string, shown: string, top: boolean): boolean {
    const { ctx } = this;
    try {
      const path = ctx.resolve(file);
      const st = top || this.job.flags.has('R') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
      if (st.kind === 'symlink') return true;
      if (st.kind !== 'dir') return false;
      for (const name of ctx.fs.readdir(path)) {
        this.visit(joinPath(file, name), shown === '' ? name : joinPath(shown, name), false);
      }
      return true;
    } catch (e) {
      this.fail(`grep: ${shown}: ${errorText(e)}\n`);
      return true;
    }
  }
}
