import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { applyMode } from '../util/files/mode';
import { attempt, isDir, report, strerror, why } from '../util/files/report';
import type { ErrnoCode } from '../util/files/fs-lib';

/**
 * mkdir [-p] [-m MODE] DIR... — GNU: cannot create directory 'x': ERR;
 * BusyBox: can't create directory 'x': ERR (with -p it names the prefix with a slash).
 */
export const mkdir: Command = {
  name: 'mkdir',
  run(ctx: CommandContext) {
    const p = parseOrFail(ctx, {
      flags: 'pvm',
      withValue: 'm',
      long: { parents: 'p', mode: 'm', verbose: 'v' },
    });
    if ('status' in p) return p.status;
    const { flags, operands, values } = p.opts;
    if (operands.length === 0) return missingOperand(ctx);
    let mode: number | undefined;
    const modeText = values.get('m');
    if (modeText !== undefined) {
      const m = applyMode(modeText, 0o777, true);
      if (m === null) {
        if (ctx.flavor === 'bash') ctx.stderr.write(`mkdir: invalid mode ${gnuQuote(modeText)}\n`);
        else ctx.stderr.write(`mkdir: invalid mode '${modeText}'\n`);
        return 1;
      }
      mode = m;
    }
    const fail = (shown: string, code: ErrnoCode | string) => {
      const text = code.startsWith('E') ? strerror(code as ErrnoCode) : code;
      return report(
        ctx,
        `cannot create directory ${gnuQuote(shown)}: ${text}`,
        `can't create directory '${shown}': ${text}`,
      );
    };
    // -v: GNU "mkdir: created directory 'k'"; BusyBox "created directory: 'k/'" (parents keep
    // their slash there).
    const created = (shown: string) =>
      ctx.stdout.write(
        ctx.flavor === 'bash'
          ? `mkdir: created directory ${gnuQuote(shown.replace(/(.)\/+$/, '$1'))}\n`
          : `created directory: '${shown}'\n`,
      );
    let status = 0;
    for (const arg of operands) {
      if (!flags.has('p')) {
        const r = attempt(() => ctx.fs.mkdir(ctx.resolve(arg), { mode: mode ?? 0o755 }));
        // BusyBox's `mkdir .` quietly succeeds (recorded); GNU says "File exists".
        if (!r.ok && ctx.flavor === 'busybox' && arg === '.') continue;
        if (!r.ok) status = fail(arg, why(r.error));
        else if (mode !== undefined) ctx.fs.chmod(ctx.resolve(arg), mode);
        else if (flags.has('v')) created(arg);
        continue;
      }
      // -p: component by component, naming the prefix that failed as the user typed it.
      const parts = arg.split('/');
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === '' && i > 0) continue;
        const prefix = parts.slice(0, i + 1).join('/');
        if (prefix === '') continue;
        const last = parts.slice(i + 1).every((x) => x === '');
        const path = ctx.resolve(prefix);
        const r = attempt(() => ctx.fs.mkdir(path, { mode: last ? (mode ?? 0o755) : 0o755 }));
        if (r.ok) {
          if (last && mode !== undefined) ctx.fs.chmod(path, mode);
          if (flags.has('v')) created(last ? prefix : `${prefix}/`);
        } else if (r.error.code !== 'EEXIST' || !isDir(ctx, path)) {
          const shown = ctx.flavor === 'bash' || last ? prefix : `${prefix}/`;
          const code = r.error.code === 'EEXIST' && !last ? 'ENOTDIR' : r.error.code;
          status = fail(shown, code);
          break;
        }
        if (last) break;
      }
    }
    return status;
  },
};
