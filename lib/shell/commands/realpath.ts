import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { absolute, canonicalize } from '../util/files/canon';

/**
 * realpath FILE... — GNU lets the last component be missing (-E, its default; -e requires
 * it); BusyBox requires every component.
 */
export const realpath: Command = {
  name: 'realpath',
  run(ctx: CommandContext) {
    // BusyBox realpath has no options: "-e" is a file name there.
    if (ctx.flavor === 'busybox') return realpathAll(ctx, [...ctx.args], false);
    const p = parseOrFail(ctx, { flags: 'eEmsq', long: { 'canonicalize-existing': 'e' } });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    return realpathAll(ctx, operands, !flags.has('e'));
  },
};

function realpathAll(ctx: CommandContext, operands: string[], missingLast: boolean): number {
  if (operands.length === 0) return missingOperand(ctx);
  let status = 0;
  for (const arg of operands) {
    const r = canonicalize(ctx, absolute(ctx, arg), missingLast);
    if ('path' in r) {
      ctx.stdout.write(`${r.path}\n`);
      continue;
    }
    ctx.stderr.write(`realpath: ${arg}: ${r.error}\n`);
    status = 1;
  }
  return status;
}
