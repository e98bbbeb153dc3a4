import { readInput, splitLines } from '../util/text/io';
import { optionError, parseTextArgs } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

type Range = [number, number];

/** Parses LIST (1-based, inclusive; open ends as Infinity); a string is the error. */
function parseList(ctx: CommandContext, list: string, fields: boolean): Range[] | string {
  const bash = ctx.flavor === 'bash';
  const ranges: Range[] = [];
  for (const part of list.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (m === null || (m[1] === '' && m[3] === '' && (m[2] === '' || bash))) {
      if (!bash) return `cut: invalid number '${part.replace(/^\d*-?/, '') || part}'\n`;
      if (m !== null && m[2] === '-') return 'cut: invalid range with no endpoint: -\n';
      const bad = /^\d+-?/.test(part) ? part.replace(/^\d+-?/, '') : part;
      return fields
        ? `cut: invalid field value '${bad}'\n`
        : `cut: invalid byte/character position '${bad}'\n`;
    }
    let lo = m[1] === '' ? 1 : Number(m[1]);
    let hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (!bash) {
      lo = Math.max(lo, 1);
      hi = Math.max(hi, 1);
    }
    if (lo === 0 || hi === 0) {
      return fields
        ? 'cut: fields are numbered from 1\n'
        : 'cut: byte/character positions are numbered from 1\n';
    }
    if (hi < lo) return bash ? 'cut: invalid decreasing range\n' : `cut: ${hi}<${lo - 1}\n`;
    ranges.push([lo, hi]);
  }
  return ranges;
}

/**
 * cut -b LIST | -c LIST | -f LIST [-d DELIM] [-s] [--output-delimiter=S] [FILE]... —
 * -b and -c both count characters (GNU counts bytes in the C locale; they differ only for
 * non-ASCII text).
 */
export const cut: Command = {
  name: 'cut',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(ctx, {
      flags: 'sn',
      withValue: 'bcfd',
      long: bash
        ? {
            'bytes=': 'b',
            'characters=': 'c',
            'fields=': 'f',
            'delimiter=': 'd',
            'only-delimited': 's',
            'output-delimiter=': 'O',
          }
        : {},
    });
    if (!r.ok) return r.status;
    const { flags, values, operands } = r.opts;
    const kinds = ['b', 'c', 'f'].filter((k) => flags.has(k));
    const usage = (msg: string) => {
      if (bash) return optionError(ctx, msg);
      ctx.stderr.write(msg);
      return 1;
    };
    if (kinds.length === 0) {
      return usage(
        bash
          ? 'cut: you must specify a list of bytes, characters, or fields\n'
          : 'cut: expected a list of bytes, characters, or fields\n',
      );
    }
    if (kinds.length > 1 || (values.get(kinds[0] as string) ?? []).length > 1) {
      if (bash) return optionError(ctx, 'cut: only one list may be specified\n');
      return optionError(ctx, '');
    }
    const kind = kinds[0] as string;
    const fields = kind === 'f';
    const delimValues = values.get('d') ?? [];
    if (delimValues.length > 0 && !fields) {
      return usage(
        bash
          ? 'cut: an input delimiter may be specified only when operating on fields\n'
          : 'cut: a delimiter may be specified only when operating on fields\n',
      );
    }
    let delim = delimValues[delimValues.length - 1] ?? '\t';
    if ([...delim].length > 1) {
      if (bash) return usage('cut: the delimiter must be a single character\n');
      delim = [...delim][0] as string;
    }
    if (delim === '') delim = '\n';
    const ranges = parseList(ctx, (values.get(kind) as string[])[0] as string, fields);
    if (typeof ranges === 'string') return usage(ranges);
    const wanted = (i: number) => ranges.some(([lo, hi]) => i >= lo && i <= hi);
    const outDelim = (values.get('O') ?? []).slice(-1)[0] ?? delim;
    const out = ctx.stdout;
    let status = 0;
    for (const file of operands.length === 0 ? ['-'] : operands) {
      const got = readInput(ctx, file);
      if (!got.ok) {
        ctx.stderr.write(`cut: ${file}: ${got.why}\n`);
        status = 1;
        continue;
      }
      let text = '';
      for (const line of splitLines(got.text)) {
        if (!fields) {
          const chars = [...line];
          const picked: string[] = [];
          chars.forEach((ch, i) => wanted(i + 1) && picked.push(ch));
          text += `${picked.join('')}\n`;
          continue;
        }
        if (!line.includes(delim)) {
          if (!flags.has('s')) text += `${line}\n`;
          continue;
        }
        const parts = line.split(delim).filter((_, i) => wanted(i + 1));
        text += `${parts.join(outDelim)}\n`;
      }
      out.write(text);
    }
    return status;
  },
};
