/**
 * Option parsing for the text commands: lib/shell/util/args/getopt.ts, with the text commands' error
 * wording (GNU's usage line and "Try" line, BusyBox's banner and usage).
 */
import type { CommandContext } from '../../types';
import { getopt, lastValue, type GetoptSpec, type Options } from './getopt';
import { busyboxHelp } from './usage-text';

export { lastValue };

export interface TextOptSpec extends GetoptSpec {
  /** GNU line printed between the error and "Try ..." (grep's "Usage: ..."). */
  usage?: string;
}

export type TextOpts = Options;

export type TextParse = { ok: true; opts: TextOpts } | { ok: false; status: number };

export function parseTextArgs(
  ctx: CommandContext,
  spec: TextOptSpec,
  args: readonly string[] = ctx.args,
  status = 1,
): TextParse {
  const r = getopt(ctx, spec, args);
  if (r.ok) return r;
  return { ok: false, status: optionError(ctx, r.error, status, spec.usage) };
}

/** An option error: GNU adds the "Try" line; BusyBox prints banner + usage. Returns status. */
export function optionError(ctx: CommandContext, message: string, status = 1, usage = ''): number {
  if (ctx.flavor === 'bash') {
    ctx.stderr.write(`${message}${usage}Try '${ctx.name} --help' for more information.\n`);
  } else ctx.stderr.write(message + busyboxHelp(ctx.name));
  return status;
}
