import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail, usageError } from '../util/args/file-args';
import { baseName } from '../util/files/path';

/** basename NAME [SUFFIX] | -a NAME... | -s SUFFIX NAME... */
export const basename: Command = {
  name: 'basename',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, {
      flags: 'asz',
      withValue: 's',
      long: { multiple: 'a', suffix: 's', zero: 'z' },
    });
    if ('status' in p) return p.status;
    const { flags, operands, values } = p.opts;
    if (operands.length === 0) return missingOperand(ctx);
    const multiple = flags.has('a') || flags.has('s');
    let suffix = values.get('s') ?? '';
    let names = operands;
    if (!multiple) {
      if (operands.length > 2) {
        if (ctx.flavor === 'bash') {
          return usageError(ctx, `basename: extra operand ${gnuQuote(operands[2] as string)}\n`);
        }
        return missingOperand(ctx);
      }
      suffix = operands[1] ?? '';
      names = operands.slice(0, 1);
    }
    const end = flags.has('z') ? '\0' : '\n';
    for (const name of names) {
      let b = baseName(name);
      if (suffix !== '' && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
      ctx.stdout.write(b + end);
    }
    return 0;
  },
};
