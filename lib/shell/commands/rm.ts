import { joinPath } from '../util/fs-lib';
import { gnuQuote } from '../format';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/fs-args';
import { joinShown } from '../util/fs-path';
import { attempt, report, why } from '../util/fs-report';

/**
 * rm [-r|-R] [-f] FILE... — GNU: cannot remove 'x': ERR · BusyBox: can't remove 'x': ERR.
 * Recursion reports each entry that could not go and keeps the rest going, like the tools.
 */
export const rm: Command = {
  name: 'rm',
  run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const p = parseOrFail(ctx, {
      flags: gnu ? 'rRfdvi' : 'rRfvi',
      long: { recursive: 'r', force: 'f', dir: 'd', verbose: 'v', interactive: 'i' },
    });
    if ('status' in p) return p.status;
    const { flags, operands } = p.opts;
    const force = flags.has('f');
    const recursive = flags.has('r') || flags.has('R');
    if (operands.length === 0) return force ? 0 : missingOperand(ctx);
    const cannot = (shown: string, text: string) =>
      report(ctx, `cannot remove ${gnuQuote(shown)}: ${text}`, `can't remove '${shown}': ${text}`);

    // -i: each question goes to stderr; the answers are the lines of stdin ("y..." = yes).
    const answers = ctx.stdin.split('\n');
    if (answers[answers.length - 1] === '') answers.pop();
    const ask = (question: string): boolean => {
      if (!flags.has('i') || force) return true;
      ctx.stderr.write(`rm: ${question}? `);
      return /^[yY]/.test(answers.shift() ?? '');
    };
    const fileQuestion = (shown: string, kind: string, size: number) => {
      if (!gnu) return `remove '${shown}'`;
      if (kind === 'symlink') return `remove symbolic link ${gnuQuote(shown)}`;
      return `remove regular ${size === 0 ? 'empty ' : ''}file ${gnuQuote(shown)}`;
    };

    /** true: removed; false: failed (reported); null: kept because the answer was no. */
    const remove = (shown: string, path: string): boolean | null => {
      const st = attempt(() => ctx.fs.lstat(path));
      if (!st.ok) {
        if (force && st.error.code === 'ENOENT') return true;
        if (!gnu && st.error.code !== 'ENOENT')
          report(ctx, '', `can't stat '${shown}': ${why(st.error)}`);
        else cannot(shown, why(st.error));
        return false;
      }
      if (st.value.kind === 'dir') {
        if (!recursive && !flags.has('d')) {
          report(
            ctx,
            `cannot remove ${gnuQuote(shown)}: Is a directory`,
            `'${shown}' is a directory`,
          );
          return false;
        }
        if (recursive) {
          const names = attempt(() => ctx.fs.readdir(path));
          const empty = names.ok && names.value.length === 0;
          if ((!gnu || !empty) && !ask(`descend into directory ${gnuQuote(shown)}`)) return null;
          if (!names.ok) {
            cannot(shown, why(names.error));
            return false;
          }
          let all: boolean | null = true;
          for (const name of names.value) {
            const r = remove(joinShown(shown, name), joinPath(path, name));
            if (r === false) all = false;
            else if (r === null && all) all = null;
          }
          if (all !== true) return all;
        }
        if (!ask(`remove directory ${gnuQuote(shown)}`)) return null;
        const r = attempt(() => ctx.fs.rmdir(path));
        if (!r.ok) cannot(shown, why(r.error));
        else if (flags.has('v')) {
          ctx.stdout.write(`removed directory${gnu ? '' : ':'} ${gnuQuote(shown)}\n`);
        }
        return r.ok;
      }
      if (!ask(fileQuestion(shown, st.value.kind, st.value.size))) return null;
      const r = attempt(() => ctx.fs.unlink(path));
      if (!r.ok) cannot(shown, why(r.error));
      else if (flags.has('v')) ctx.stdout.write(`removed ${gnuQuote(shown)}\n`);
      return r.ok;
    };

    let status = 0;
    for (const arg of operands) {
      const last = arg.replace(/\/+$/, '').split('/').pop();
      if (recursive && (last === '.' || last === '..')) {
        status = report(
          ctx,
          `refusing to remove '.' or '..' directory: skipping ${gnuQuote(arg)}`,
          `can't remove '.' or '..'`,
        );
        continue;
      }
      if (recursive && ctx.resolve(arg) === '/' && gnu) {
        ctx.stderr.write(
          `rm: it is dangerous to operate recursively on '/'\n` +
            'rm: use --no-preserve-root to override this failsafe\n',
        );
        status = 1;
        continue;
      }
      if (gnu && arg.endsWith('/')) {
        // GNU: "link/" names the directory behind it; a file or a link to one is ENOTDIR.
        // (BusyBox strips the slash and removes the link.)
        const st = attempt(() => ctx.fs.stat(`${ctx.resolve(arg)}/`));
        if (!st.ok && !(force && st.error.code === 'ENOENT')) {
          status = cannot(arg, why(st.error));
          continue;
        }
      }
      if (remove(arg, ctx.resolve(arg)) === false) status = 1;
    }
    return status;
  },
};
