import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { dirName } from '../util/files/path';

/** dirname NAME... (BusyBox: exactly one NAME). */
export const dirname: Command = {
  name: 'dirname',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, { flags: 'z', long: { zero: 'z' } });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    if (operands.length === 0) return missingOperand(ctx);
    if (ctx.flavor === 'busybox' && operands.length > 1) return missingOperand(ctx);
    for (const name of operands) ctx.stdout.write(dirName(name) + (flags.has('z') ? '\0' : '\n'));
    return 0;
  },
};
