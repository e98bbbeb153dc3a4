import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { busyboxUsage } from '../util/args/usage-files';
import { usageError } from '../util/args/file-args';
import { applyMode, modeString } from '../util/files/mode';
import { attempt, report, why } from '../util/files/report';
import { walkTree } from '../util/files/walk';

/** `-w`, `-x`, `-rwx` … are modes, not options (GNU recognises them; BusyBox takes any). */
const GNU_MODE_LIKE = /^-[rwxXstugoa,+=\-0-7]+$/;
const OPTIONS = /^-[Rcvf]+$/;

/**
 * chmod [-R] MODE[,MODE]... FILE... — octal or symbolic (u+x, go-w, a=r, +x).
 * GNU: changing permissions of 'x': ERR · BusyBox: x: ERR
 */
export const chmod: Command = {
  name: 'chmod',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    let recursive = false;
    let verbose = false;
    let mode: string | undefined;
    const files: string[] = [];
    let onlyOperands = false;
    for (const arg of ctx.args) {
      if (!onlyOperands && arg === '--') {
        onlyOperands = true;
      } else if (!onlyOperands && arg.startsWith('-') && arg !== '-' && OPTIONS.test(arg)) {
        if (arg.includes('R')) recursive = true;
        if (arg.includes('v')) verbose = true;
      } else if (!onlyOperands && arg.startsWith('-') && arg !== '-' && mode === undefined) {
        if (gnu && !GNU_MODE_LIKE.test(arg)) {
          const bad = [...arg.slice(1)].find((c) => !'Rcvf'.includes(c)) ?? arg[1];
          return usageError(ctx, `chmod: invalid option -- '${bad}'\n`);
        }
        mode = arg;
      } else if (mode === undefined) mode = arg;
      else files.push(arg);
    }
    if (mode === undefined || files.length === 0) {
      if (!gnu) {
        ctx.stderr.write(busyboxUsage('chmod'));
        return 1;
      }
      const what =
        mode === undefined ? 'missing operand' : `missing operand after ${gnuQuote(mode)}`;
      return usageError(ctx, `chmod: ${what}\n`);
    }
    if (applyMode(mode, 0o644, false) === null) {
      if (!gnu) return report(ctx, '', `invalid mode '${mode}'`);
      return usageError(ctx, `chmod: invalid mode: ${gnuQuote(mode)}\n`);
    }
    const modeText = mode;
    let status = 0;
    for (const file of files) {
      walkTree(
        ctx,
        file,
        ctx.resolve(file),
        recursive,
        ({ shown, path, top }) => {
          const st = attempt(() => (top ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
          if (!st.ok) {
            status = report(
              ctx,
              `cannot access ${gnuQuote(shown)}: ${why(st.error)}`,
              `${shown}: ${why(st.error)}`,
            );
            return;
          }
          if (st.value.kind === 'symlink') return; // -R never changes links or what they point to
          const next = applyMode(modeText, st.value.mode, st.value.kind === 'dir') as number;
          const r = attempt(() => ctx.fs.chmod(path, next));
          if (!r.ok) {
            status = report(
              ctx,
              `changing permissions of ${gnuQuote(shown)}: ${why(r.error)}`,
              `${shown}: ${why(r.error)}`,
            );
          } else if (verbose) {
            const kind = st.value.kind;
            const show = (m: number) =>
              `${m.toString(8).padStart(4, '0')} (${modeString({ kind, mode: m }).slice(1)})`;
            ctx.stdout.write(
              gnu
                ? `mode of ${gnuQuote(shown)} changed from ${show(st.value.mode)} to ${show(next)}\n`
                : `mode of '${shown}' changed to ${show(next)}\n`,
            );
          }
        },
        (shown, text) => {
          status = report(
            ctx,
            `cannot read directory ${gnuQuote(shown)}: ${text}`,
            `${shown}: ${text}`,
          );
        },
      );
    }
    return status;
  },
};
