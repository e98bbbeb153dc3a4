import { errorText } from '../format';
import { readInput, splitLines } from '../util/text/io';
import { parseTextArgs, type TextOpts } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

interface Key {
  sf: number;
  sc: number;
  /** 0 = end of line. */
  ef: number;
  ec: number;
  n: boolean;
  h: boolean;
  r: boolean;
  f: boolean;
  b: boolean;
}

/** Parses -k F[.C][OPTS][,F[.C][OPTS]]; a string is GNU's error text. */
function parseKey(spec: string, global: Key): Key | string {
  const m = /^(\d*)(?:\.(\d*))?([bnrfh]*)(?:,(\d*)(?:\.(\d*))?([bnrfh]*))?$/.exec(spec);
  if (m === null || m[1] === '') {
    return /^\d/.test(spec)
      ? `sort: stray character in field spec: invalid field specification '${spec}'`
      : `sort: invalid number at field start: invalid count at start of '${spec}'`;
  }
  const [, sf = '', sc, so = '', ef, ec, eo = ''] = m;
  if (Number(sf) === 0) return `sort: field number is zero: invalid field specification '${spec}'`;
  if (sc !== undefined && Number(sc) === 0) {
    return `sort: character offset is zero: invalid field specification '${spec}'`;
  }
  const opts = so + eo;
  const own = opts !== '';
  return {
    sf: Number(sf),
    sc: Number(sc ?? 1),
    ef: ef === undefined || ef === '' ? 0 : Number(ef),
    ec: Number(ec ?? 0),
    n: own ? opts.includes('n') : global.n,
    h: own ? opts.includes('h') : global.h,
    r: own ? opts.includes('r') : global.r,
    f: own ? opts.includes('f') : global.f,
    b: own ? opts.includes('b') : global.b,
  };
}

/** Start offsets of every field: with -t each separator ends one; else blanks lead a field. */
function fieldStarts(line: string, tab: string | null): number[] {
  const starts = [0];
  if (tab !== null) {
    for (let i = 0; i < line.length; i++) if (line[i] === tab) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < line.length; i++) {
    const blank = line[i] === ' ' || line[i] === '\t';
    if (!blank && i + 1 < line.length && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function keyText(line: string, k: Key, tab: string | null): string {
  const starts = fieldStarts(line, tab);
  const skip = (pos: number) => {
    while (k.b && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    return pos;
  };
  const fieldEnd = (f: number) => {
    const next = starts[f];
    if (next === undefined) return line.length;
    return tab !== null ? next - 1 : next;
  };
  const fs = starts[k.sf - 1];
  if (fs === undefined) return '';
  const begin = Math.min(skip(fs) + k.sc - 1, fieldEnd(k.sf));
  let end = line.length;
  if (k.ef > 0) {
    const es = starts[k.ef - 1];
    end =
      es === undefined
        ? line.length
        : k.ec === 0
          ? fieldEnd(k.ef)
          : Math.min(skip(es) + k.ec, fieldEnd(k.ef));
  }
  return end > begin ? line.slice(begin, end) : '';
}

const SUFFIXES = 'KMGTPEZY';

/** -h: sign, then suffix (none < K < M ...), then value, as GNU compares human sizes. */
function human(s: string): [number, number] {
  const m = /^[ \t]*(-?)(\d*\.?\d*)([kKMGTPEZY]?)/.exec(s) as RegExpExecArray;
  const value = Number(m[2] === '' || m[2] === '.' ? 0 : m[2]);
  const rank = m[3] === '' ? 0 : SUFFIXES.indexOf((m[3] as string).toUpperCase()) + 1;
  const sign = m[1] === '-' ? -1 : value === 0 ? 0 : 1;
  return [sign * (rank + 1), sign * value];
}

function numeric(s: string): number {
  const m = /^[ \t]*(-?)(\d*)(?:\.(\d*))?/.exec(s) as RegExpExecArray;
  if (m[2] === '' && (m[3] ?? '') === '') return 0;
  return Number(`${m[1]}${m[2] || '0'}.${m[3] ?? '0'}`);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A usage or read error: the exit status after the message. */
type Failed = { status: number };

function spec(bash: boolean) {
  return {
    flags: bash ? 'bfhnrsu' : 'bfnrsu',
    withValue: 'kto',
    long: {
      'ignore-leading-blanks': 'b',
      'ignore-case': 'f',
      'numeric-sort': 'n',
      'human-numeric-sort': 'h',
      reverse: 'r',
      stable: 's',
      unique: 'u',
      'key=': 'k',
      'field-separator=': 't',
      'output=': 'o',
    },
  };
}

/** -t SEP: one character (or `\0`); null without -t. */
function fieldSeparator(ctx: CommandContext, opts: TextOpts): string | null | Failed {
  let tab: string | null = null;
  for (const t of opts.values.get('t') ?? []) {
    if ([...t].length !== 1 && t !== '\\0') {
      ctx.stderr.write(
        ctx.flavor === 'bash' ? `sort: multi-character tab '${t}'\n` : 'sort: bad -t parameter\n',
      );
      return { status: 2 };
    }
    tab = t === '\\0' ? '\0' : t;
  }
  return tab;
}

/** The -k keys, or the whole line with the global options. */
function sortKeys(ctx: CommandContext, opts: TextOpts, global: Key): Key[] | Failed {
  const keys: Key[] = [];
  for (const text of opts.values.get('k') ?? []) {
    const k = parseKey(text, global);
    if (typeof k === 'string') {
      ctx.stderr.write(ctx.flavor === 'bash' ? `${k}\n` : 'sort: bad field specification\n');
      return { status: 2 };
    }
    keys.push(k);
  }
  return keys.length > 0 ? keys : [global];
}

/** Every line of every FILE (stdin for none or `-`). */
function readLines(ctx: CommandContext, operands: string[]): string[] | Failed {
  const bash = ctx.flavor === 'bash';
  const lines: string[] = [];
  for (const file of operands.length === 0 ? ['-'] : operands) {
    const got = readInput(ctx, file);
    if (!got.ok) {
      if (got.dir && !bash) continue;
      ctx.stderr.write(
        bash
          ? `sort: ${got.dir ? 'read failed' : 'cannot read'}: ${file}: ${got.why}\n`
          : `sort: ${file}: ${got.why}\n`,
      );
      return { status: 2 };
    }
    lines.push(...splitLines(got.text));
  }
  return lines;
}

/** Compares two lines key by key (the global key is the whole line). */
function keyComparator(keys: Key[], global: Key, tab: string | null) {
  return (a: string, b: string): number => {
    for (const k of keys) {
      let ka = k === global ? a : keyText(a, k, tab);
      let kb = k === global ? b : keyText(b, k, tab);
      let c: number;
      if (k.h) {
        const [ra, va] = human(ka);
        const [rb, vb] = human(kb);
        c = Math.sign(ra - rb) || Math.sign(va - vb);
      } else if (k.n) c = Math.sign(numeric(ka) - numeric(kb));
      else {
        if (k.b && k === global) [ka, kb] = [ka.trimStart(), kb.trimStart()];
        if (k.f) [ka, kb] = [ka.toUpperCase(), kb.toUpperCase()];
        c = cmp(ka, kb);
      }
      if (c !== 0) return k.r ? -c : c;
    }
    return 0;
  };
}

/** Sorts by the keys, then (unless -s or -u) by the whole line; -u drops lines equal by key. */
function sortLines(
  lines: string[],
  flags: Set<string>,
  global: Key,
  compareKeys: (a: string, b: string) => number,
) {
  const lastResort = !flags.has('s') && !flags.has('u');
  const decorated = lines.map((line, i) => ({ line, i }));
  decorated.sort((x, y) => {
    const c = compareKeys(x.line, y.line);
    if (c !== 0) return c;
    if (lastResort) {
      const w = cmp(x.line, y.line);
      if (w !== 0) return global.r ? -w : w;
    }
    return x.i - y.i;
  });
  const sorted = decorated.map((d) => d.line);
  if (!flags.has('u')) return sorted;
  return sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1] as string, l) !== 0);
}

/** -o FILE (may be an input) or stdout. */
function writeSorted(ctx: CommandContext, opts: TextOpts, text: string): number {
  const output = opts.values.get('o');
  if (output === undefined) {
    ctx.stdout.write(text);
    return 0;
  }
  const target = output[output.length - 1] as string;
  try {
    ctx.fs.writeFile(ctx.resolve(target), text);
  } catch (e) {
    const why = errorText(e);
    ctx.stderr.write(
      ctx.flavor === 'bash'
        ? `sort: open failed: ${target}: ${why}\n`
        : `sort: can't open '${target}': ${why}\n`,
    );
    return 2;
  }
  return 0;
}

/**
 * sort [-bfnrsu] [-t SEP] [-k KEY]... [-o FILE] [FILE]... — C-locale byte order (UTF-16
 * code unit order, the same for text below U+D800), keys as GNU sort defines them (without
 * -b, a field includes the blanks before it), then the whole line as a last resort unless
 * -s or -u. -n reads a leading decimal number (no thousands separators, no exponents).
 */
export const sort: Command = {
  name: 'sort',
  run(ctx: CommandContext) {
    const r = parseTextArgs(ctx, spec(ctx.flavor === 'bash'), ctx.args, 2);
    if (!r.ok) return r.status;
    const f = r.opts.flags;
    const global: Key = {
      sf: 1,
      sc: 1,
      ef: 0,
      ec: 0,
      n: f.has('n'),
      h: f.has('h'),
      r: f.has('r'),
      f: f.has('f'),
      b: f.has('b'),
    };
    const tab = fieldSeparator(ctx, r.opts);
    if (tab !== null && typeof tab !== 'string') return tab.status;
    const keys = sortKeys(ctx, r.opts, global);
    if ('status' in keys) return keys.status;
    const lines = readLines(ctx, r.opts.operands);
    if ('status' in lines) return lines.status;
    const sorted = sortLines(lines, f, global, keyComparator(keys, global, tab));
    return writeSorted(ctx, r.opts, sorted.map((l) => `${l}\n`).join(''));
  },
};
