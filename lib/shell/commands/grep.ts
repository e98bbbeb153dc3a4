import { errorText } from '../format';
import { limitOutput, readInput, splitLines } from '../util/text-io';
import { lastValue, parseTextArgs } from '../util/text-opts';
import { translateRegex } from '../util/text-regex';
import { busyboxHelp } from '../util/text-usage';
import type { Command, CommandContext } from '../types';

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
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(
      ctx,
      {
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
      },
      ctx.args,
      2,
    );
    if (!r.ok) return r.status;
    const { flags, operands } = r.opts;
    if (flags.has('y')) flags.add('i');
    if (flags.has('R')) flags.add('r');
    let lastEF = '';
    for (const l of r.opts.order) if (l === 'E' || l === 'F' || l === 'G') lastEF = l;
    flags.delete('E');
    flags.delete('F');
    if (lastEF === 'E' || lastEF === 'F') flags.add(lastEF);
    const files = [...operands];
    let patterns: string[] = [...(r.opts.values.get('e') ?? [])];
    for (const f of r.opts.values.get('f') ?? []) {
      const got = readInput(ctx, f);
      if (!got.ok) {
        ctx.stderr.write(`grep: ${f}: ${got.why}\n`);
        return 2;
      }
      patterns.push(...splitLines(got.text));
    }
    if (!flags.has('e') && !flags.has('f')) {
      const p = files.shift();
      if (p === undefined) {
        ctx.stderr.write(
          bash ? `${GNU_USAGE}Try 'grep --help' for more information.\n` : busyboxHelp('grep'),
        );
        return 2;
      }
      patterns = p.split('\n');
    }
    const maxText = lastValue(r.opts, 'm');
    let max = Infinity;
    if (maxText !== undefined) {
      if (!/^-?\d+$/.test(maxText.trim())) {
        ctx.stderr.write(
          bash ? 'grep: invalid max count\n' : `grep: invalid number '${maxText}'\n`,
        );
        return 2;
      }
      max = Number(maxText) < 0 ? Infinity : Number(maxText);
    }
    const around: Record<string, number> = { A: 0, B: 0 };
    for (const letter of r.opts.order) {
      if (letter !== 'A' && letter !== 'B' && letter !== 'C') continue;
      const v = lastValue(r.opts, letter) as string;
      if (!/^\d+$/.test(v)) {
        ctx.stderr.write(
          bash ? `grep: ${v}: invalid context length argument\n` : `grep: invalid number '${v}'\n`,
        );
        return 2;
      }
      if (letter !== 'B') around.A = Number(v);
      if (letter !== 'A') around.B = Number(v);
    }
    const re = buildRegex(ctx, patterns, flags);
    if (typeof re === 'string') {
      // BusyBox compiles the pattern when it first reads a line: no input, no error.
      const inputs = files.length === 0 ? ['-'] : files;
      const hasLine = (f: string) => {
        const got = readInput(ctx, f);
        return got.ok && got.text !== '';
      };
      if (bash || inputs.some(hasLine)) {
        ctx.stderr.write(re);
        return 2;
      }
      return 1;
    }
    const job: Job = {
      re,
      flags,
      max,
      before: around.B as number,
      after: around.A as number,
      printed: false,
    };
    const out = limitOutput(ctx.stdout);
    const write = (s: string) => out.write(s);
    const recursive = flags.has('r');
    const implicitDot = recursive && files.length === 0 && bash;
    if (files.length === 0) files.push(implicitDot ? '.' : '-');
    const named = !flags.has('h') && (flags.has('H') || files.length > 1 || recursive);
    let selected = 0;
    let errors = false;
    const fail = (msg: string) => {
      errors = true;
      if (!flags.has('s')) ctx.stderr.write(msg);
    };
    const visit = (file: string, shown: string, top: boolean) => {
      if (out.full || (selected > 0 && flags.has('q'))) return;
      if (file !== '-' && recursive) {
        try {
          const path = ctx.resolve(file);
          const st = top || flags.has('R') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
          if (st.kind === 'symlink') return;
          if (st.kind === 'dir') {
            for (const name of ctx.fs.readdir(path)) {
              visit(joinPath(file, name), shown === '' ? name : joinPath(shown, name), false);
            }
            return;
          }
        } catch (e) {
          fail(`grep: ${shown}: ${errorText(e)}\n`);
          return;
        }
      }
      const got = readInput(ctx, file);
      if (!got.ok) {
        if (got.dir && !bash) return;
        fail(`grep: ${shown}: ${got.why}\n`);
        return;
      }
      const label = file === '-' ? '(standard input)' : shown;
      selected += search(job, got.text, label, named, write);
    };
    for (const f of files) visit(f, implicitDot ? '' : f, true);
    if (flags.has('q') && selected > 0) return 0;
    return errors ? 2 : selected > 0 ? 0 : 1;
  },
};
