import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { absolute, canonicalize } from '../util/files/canon';
import { attempt } from '../util/files/report';

/**
 * readlink [-f] [-n] FILE... — a link's target; -f the canonical path (all but the last
 * component must exist). Failures print nothing and exit 1, as both tools do without -v.
 */
export const readlink: Command = {
  name: 'readlink',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, {
      flags: 'fenqsv',
      long: { canonicalize: 'f', 'canonicalize-existing': 'e', 'no-newline': 'n' },
    });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    if (operands.length === 0) return missingOperand(ctx);
    const nl = flags.has('n') ? '' : '\n';
    let status = 0;
    for (const arg of operands) {
      if (flags.has('f') || flags.has('e')) {
        const r = canonicalize(ctx, absolute(ctx, arg), !flags.has('e'));
        if ('path' in r) ctx.stdout.write(r.path + nl);
        else status = 1;
        continue;
      }
      const r = attempt(() => ctx.fs.readlink(ctx.resolve(arg)));
      if (r.ok) ctx.stdout.write(r.value + nl);
      else status = 1;
    }
    return status;
  },
};
