import { gnuQuote } from '../quote';
import { joinPath } from '../util/files/fs-lib';
import type { Command, CommandContext } from '../types';
import { missingOperand, parseOrFail } from '../util/args/file-args';
import { joinShown } from '../util/files/path';
import { attempt, report, why } from '../util/files/report';

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
    if (operands.length === 0) return flags.has('f') ? 0 : missingOperand(ctx);
    const remover = new Remover(ctx, flags);
    let status = 0;
    for (const arg of operands) status = remover.operand(arg) ?? status;
    return status;
  },
};

/** Removes operands (trees with -r); with -i asks first, the answers being the lines of stdin. */
class Remover {
  private readonly gnu: boolean;
  private readonly force: boolean;
  private readonly recursive: boolean;
  private readonly answers: string[];

  constructor(
    private readonly ctx: CommandContext,
    private readonly flags: Set<string>,
  ) {
    this.gnu = ctx.flavor === 'bash';
    this.force = flags.has('f');
    this.recursive = flags.has('r') || flags.has('R');
    this.answers = ctx.stdin.split('\n');
    if (this.answers[this.answers.length - 1] === '') this.answers.pop();
  }

  /** The status this operand sets (1 when it failed), or undefined when it leaves it. */
  operand(arg: string): number | undefined {
    const { ctx, gnu, recursive } = this;
    const last = arg.replace(/\/+$/, '').split('/').pop();
    if (recursive && (last === '.' || last === '..')) {
      return report(
        ctx,
        `refusing to remove '.' or '..' directory: skipping ${gnuQuote(arg)}`,
        `can't remove '.' or '..'`,
      );
    }
    if (recursive && ctx.resolve(arg) === '/' && gnu) {
      ctx.stderr.write(
        `rm: it is dangerous to operate recursively on '/'\n` +
          'rm: use --no-preserve-root to override this failsafe\n',
      );
      return 1;
    }
    if (gnu && arg.endsWith('/')) {
      // GNU: "link/" names the directory behind it; a file or a link to one is ENOTDIR.
      // (BusyBox strips the slash and removes the link.)
      const st = attempt(() => ctx.fs.stat(`${ctx.resolve(arg)}/`));
      if (!st.ok && !(this.force && st.error.code === 'ENOENT')) {
        return this.cannot(arg, why(st.error));
      }
    }
    return this.remove(arg, ctx.resolve(arg)) === false ? 1 : undefined;
  }

  private cannot(shown: string, text: string): number {
    return report(
      this.ctx,
      `cannot remove ${gnuQuote(shown)}: ${text}`,
      `can't remove '${shown}': ${text}`,
    );
  }

  /** -i: the question goes to stderr; an answer starting with y is yes. */
  private ask(question: string): boolean {
    if (!this.flags.has('i') || this.force) return true;
    this.ctx.stderr.write(`rm: ${question}? `);
    return /^[yY]/.test(this.answers.shift() ?? '');
  }

  private fileQuestion(shown: string, kind: string, size: number): string {
    if (!this.gnu) return `remove '${shown}'`;
    if (kind === 'symlink') return `remove symbolic link ${gnuQuote(shown)}`;
    return `remove regular ${size === 0 ? 'empty ' : ''}file ${gnuQuote(shown)}`;
  }

  /** true: removed; false: failed (reported); null: kept because the answer was no. */
  private remove(shown: string, path: string): boolean | null {
    const { ctx, gnu } = this;
    const st = attempt(() => ctx.fs.lstat(path));
    if (!st.ok) {
      if (this.force && st.error.code === 'ENOENT') return true;
      if (!gnu && st.error.code !== 'ENOENT') {
        report(ctx, '', `can't stat '${shown}': ${why(st.error)}`);
      } else this.cannot(shown, why(st.error));
      return false;
    }
    if (st.value.kind === 'dir') return this.removeDir(shown, path);
    if (!this.ask(this.fileQuestion(shown, st.value.kind, st.value.size))) return null;
    const r = attempt(() => ctx.fs.unlink(path));
    if (!r.ok) this.cannot(shown, why(r.error));
    else if (this.flags.has('v')) ctx.stdout.write(`removed ${gnuQuote(shown)}\n`);
    return r.ok;
  }

  private removeDir(shown: string, path: string): boolean | null {
    const { ctx, gnu } = this;
    if (!this.recursive && !this.flags.has('d')) {
      report(ctx, `cannot remove ${gnuQuote(shown)}: Is a directory`, `'${shown}' is a directory`);
      return false;
    }
    if (this.recursive) {
      const emptied = this.removeChildren(shown, path);
      if (emptied !== true) return emptied;
    }
    if (!this.ask(`remove directory ${gnuQuote(shown)}`)) return null;
    const r = attempt(() => ctx.fs.rmdir(path));
    if (!r.ok) this.cannot(shown, why(r.error));
    else if (this.flags.has('v')) {
      ctx.stdout.write(`removed directory${gnu ? '' : ':'} ${gnuQuote(shown)}\n`);
    }
    return r.ok;
  }

  /** -r: everything inside first (after asking to descend); true when all of it went. */
  private removeChildren(shown: string, path: string): boolean | null {
    const names = attempt(() => this.ctx.fs.readdir(path));
    const empty = names.ok && names.value.length === 0;
    if ((!this.gnu || !empty) && !this.ask(`descend into directory ${gnuQuote(shown)}`)) {
      return null;
    }
    if (!names.ok) {
      this.cannot(shown, why(names.error));
      return false;
    }
    let all: boolean | null = true;
    for (const name of names.value) {
      const r = this.remove(joinShown(shown, name), joinPath(path, name));
      if (r === false) all = false;
      else if (r === null && all) all = null;
    }
    return all;
  }
}
