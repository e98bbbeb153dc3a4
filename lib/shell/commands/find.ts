import { gnuQuote } from '../quote';
import type { Command, CommandContext } from '../types';
import { compileFind, FindError, type FindItem, type FindOptions } from '../util/files/find-expr';
import { joinPath } from '../util/files/fs-lib';
import { baseName, joinShown } from '../util/files/path';
import { attempt, why } from '../util/files/report';
import { busyboxUsage } from '../util/args/usage-files';

/** One shell word for `session.run`: '...' unless plainly safe. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * find [PATH]... [EXPRESSION] (see util/files/find-expr.ts). Entries come in byte order (real
 * find uses readdir order); -exec runs its command through the session, like a child process.
 */
export const find: Command = {
  name: 'find',
  async run(ctx: CommandContext) {
    const gnu = ctx.flavor === 'bash';
    const args = [...ctx.args];
    const firstExpr = args.findIndex((a) => a.startsWith('-') || a === '!' || a === '(');
    const paths = firstExpr < 0 ? args : args.slice(0, firstExpr);
    const o: FindOptions = { min: 0, max: Infinity, print: true, depthFirst: false };
    let status = 0;
    let quit = false;
    const batches = new Map<number, { argv: string[]; items: string[] }>();
    const run = (argv: string[]) =>
      ctx.session.run(argv.map(shellWord).join(' '), {
        stdin: '',
        stdout: ctx.stdout,
        stderr: ctx.stderr,
      });
    const fail = (shown: string, text: string) => {
      ctx.stderr.write(gnu ? `find: ${gnuQuote(shown)}: ${text}\n` : `find: ${shown}: ${text}\n`);
      status = 1;
    };
    let expr;
    try {
      expr = compileFind(firstExpr < 0 ? [] : args.slice(firstExpr), gnu, o, {
        print: (x) => ctx.stdout.write(`${x.shown}\n`),
        exec: async (argv, x) => (await run(argv.map((a) => a.replaceAll('{}', x.shown)))) === 0,
        batch: (id, argv, x) => {
          const b = batches.get(id) ?? { argv, items: [] };
          b.items.push(x.shown);
          batches.set(id, b);
        },
        remove: (x) => {
          const r = attempt(() =>
            x.st.kind === 'dir' ? ctx.fs.rmdir(x.path) : ctx.fs.unlink(x.path),
          );
          if (!r.ok) {
            const text = why(r.error);
            if (gnu) ctx.stderr.write(`find: cannot delete ${gnuQuote(x.shown)}: ${text}\n`);
            else ctx.stderr.write(`find: ${x.shown}: ${text}\n`);
            status = 1;
          }
          return r.ok;
        },
        quit: () => (quit = true),
      });
    } catch (e) {
      if (!(e instanceof FindError)) throw e;
      ctx.stderr.write(`find: ${e.message}\n`);
      if (!gnu && e.message.startsWith('unrecognized')) ctx.stderr.write(busyboxUsage('find'));
      return 1;
    }
    const test = expr;

    const visit = async (shown: string, path: string, level: number): Promise<void> => {
      if (ctx.cancel.cancelled || quit) return;
      const st = attempt(() => ctx.fs.lstat(path));
      if (!st.ok) return fail(shown, why(st.error));
      let listing: ReturnType<typeof attempt<string[]>> | undefined;
      const list = () => (listing ??= attempt(() => ctx.fs.readdir(path)));
      const item: FindItem = {
        shown,
        path,
        name: level === 0 ? baseName(shown) : (shown.split('/').pop() as string),
        st: st.value,
        empty: () => {
          const l = list();
          return l.ok && l.value.length === 0;
        },
      };
      const check = async () => {
        if (level >= o.min && (await test(item)) && o.print) ctx.stdout.write(`${shown}\n`);
      };
      if (!o.depthFirst) await check();
      if (st.value.kind === 'dir' && level < o.max && !quit) {
        const names = list();
        if (!names.ok) fail(shown, why(names.error));
        else {
          for (const n of names.value)
            await visit(joinShown(shown, n), joinPath(path, n), level + 1);
        }
        listing = undefined; // -delete may have emptied it
      }
      if (o.depthFirst && !quit) await check();
    };
    for (const p of paths.length === 0 ? ['.'] : paths) await visit(p, ctx.resolve(p), 0);
    for (const b of batches.values()) {
      const at = b.argv.indexOf('{}');
      const argv = [...b.argv.slice(0, at), ...b.items, ...b.argv.slice(at + 1)];
      if ((await run(argv)) !== 0) status = 1;
    }
    return status;
  },
};
