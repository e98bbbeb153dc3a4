import { errorText } from '../format';
import { limitOutput, readInput, splitLines } from '../util/text-io';
import { parseTextArgs } from '../util/text-opts';
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

/**
 * sort [-bfnrsu] [-t SEP] [-k KEY]... [-o FILE] [FILE]... — C-locale byte order (UTF-16
 * code unit order, the same for text below U+D800), keys as GNU sort defines them (without
 * -b, a field includes the blanks before it), then the whole line as a last resort unless
 * -s or -u. -n reads a leading decimal number (no thousands separators, no exponents).
 */
export const sort: Command = {
  name: 'sort',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(
      ctx,
      {
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
      },
      ctx.args,
      2,
    );
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
    const tabs = r.opts.values.get('t') ?? [];
    let tab: string | null = null;
    for (const t of tabs) {
      if ([...t].length !== 1 && t !== '\\0') {
        ctx.stderr.write(bash ? `sort: multi-character tab '${t}'\n` : 'sort: bad -t parameter\n');
        return 2;
      }
      tab = t === '\\0' ? '\0' : t;
    }
    const keys: Key[] = [];
    for (const spec of r.opts.values.get('k') ?? []) {
      const k = parseKey(spec, global);
      if (typeof k === 'string') {
        ctx.stderr.write(bash ? `${k}\n` : 'sort: bad field specification\n');
        return 2;
      }
      keys.push(k);
    }
    const useKeys = keys.length > 0 ? keys : [global];
    const lines: string[] = [];
    const files = r.opts.operands.length === 0 ? ['-'] : r.opts.operands;
    for (const file of files) {
      const got = readInput(ctx, file);
      if (!got.ok) {
        if (got.dir && !bash) continue;
        ctx.stderr.write(
          bash
            ? `sort: ${got.dir ? 'read failed' : 'cannot read'}: ${file}: ${got.why}\n`
            : `sort: ${file}: ${got.why}\n`,
        );
        return 2;
      }
      lines.push(...splitLines(got.text));
    }
    const compareKeys = (a: string, b: string) => {
      for (const k of useKeys) {
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
    const lastResort = !f.has('s') && !f.has('u');
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
    let sorted = decorated.map((d) => d.line);
    if (f.has('u'))
      sorted = sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1] as string, l) !== 0);
    const text = sorted.map((l) => `${l}\n`).join('');
    const output = r.opts.values.get('o');
    if (output !== undefined) {
      const target = output[output.length - 1] as string;
      try {
        ctx.fs.writeFile(ctx.resolve(target), text);
      } catch (e) {
        const why = errorText(e);
        ctx.stderr.write(
          bash
            ? `sort: open failed: ${target}: ${why}\n`
            : `sort: can't open '${target}': ${why}\n`,
        );
        return 2;
      }
      return 0;
    }
    limitOutput(ctx.stdout).write(text);
    return 0;
  },
};
