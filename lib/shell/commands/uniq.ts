import { errorText } from '../format';
import { readInput, splitLines } from '../util/text/io';
import { parseTextArgs } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

/**
 * uniq [-cdui] [-f N] [-s N] [-w N] [INPUT [OUTPUT]] — adjacent duplicates; counts as
 * `%7d ` (both GNU and BusyBox).
 */
export const uniq: Command = {
  name: 'uniq',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const r = parseTextArgs(ctx, {
      flags: 'cdui',
      withValue: 'fsw',
      long: {
        count: 'c',
        repeated: 'd',
        unique: 'u',
        'ignore-case': 'i',
        'skip-fields=': 'f',
        'skip-chars=': 's',
        'check-chars=': 'w',
      },
    });
    if (!r.ok) return r.status;
    const { flags, operands } = r.opts;
    const num = (letter: string, what: string): number | string => {
      const v = (r.opts.values.get(letter) ?? []).slice(-1)[0];
      if (v === undefined) return letter === 'w' ? Infinity : 0;
      if (/^\d+$/.test(v)) return Number(v);
      return bash ? `uniq: ${v}: invalid number of ${what}\n` : `uniq: invalid number '${v}'\n`;
    };
    const skipFields = num('f', 'fields to skip');
    const skipChars = num('s', 'bytes to skip');
    const check = num('w', 'bytes to compare');
    for (const v of [skipFields, skipChars, check]) {
      if (typeof v === 'string') {
        ctx.stderr.write(v);
        return 1;
      }
    }
    if (operands.length > 2) {
      ctx.stderr.write(
        bash
          ? `uniq: extra operand '${operands[2]}'\nTry 'uniq --help' for more information.\n`
          : `uniq: invalid option -- ''\n`,
      );
      return 1;
    }
    const input = operands[0] ?? '-';
    const got = readInput(ctx, input);
    if (!got.ok) {
      ctx.stderr.write(
        bash ? `uniq: ${input}: ${got.why}\n` : `uniq: can't open '${input}': ${got.why}\n`,
      );
      return 1;
    }
    const key = (line: string) => {
      let s = line;
      for (let i = 0; i < (skipFields as number); i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
      s = s.slice(skipChars as number).slice(0, check as number);
      return flags.has('i') ? s.toLowerCase() : s;
    };
    let text = '';
    const lines = splitLines(got.text);
    for (let i = 0; i < lines.length;) {
      const k = key(lines[i] as string);
      let j = i + 1;
      while (j < lines.length && key(lines[j] as string) === k) j++;
      const n = j - i;
      if (!(flags.has('d') && n === 1) && !(flags.has('u') && n > 1)) {
        text += `${flags.has('c') ? `${String(n).padStart(7, ' ')} ` : ''}${lines[i]}\n`;
      }
      i = j;
    }
    const output = operands[1];
    if (output !== undefined && output !== '-') {
      try {
        ctx.fs.writeFile(ctx.resolve(output), text);
      } catch (e) {
        ctx.stderr.write(
          bash
            ? `uniq: ${output}: ${errorText(e)}\n`
            : `uniq: can't open '${output}': ${errorText(e)}\n`,
        );
        return 1;
      }
      return 0;
    }
    ctx.stdout.write(text);
    return 0;
  },
};
