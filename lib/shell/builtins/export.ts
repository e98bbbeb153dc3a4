import type { Command } from '../types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** export [NAME[=VALUE]]...; with no operands lists exported variables as the shell does. */
export const exportBuiltin: Command = {
  name: 'export',
  run(ctx) {
    const s = ctx.session;
    const args = ctx.args.filter((a) => a !== '-p' && a !== '--');
    if (args.length === 0) {
      const names = [...s.exported].filter((n) => s.env.has(n)).sort();
      for (const n of names) {
        const v = s.env.get(n)!;
        ctx.stdout.write(
          ctx.flavor === 'bash'
            ? `declare -x ${n}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`
            : `export ${n}='${v.replace(/'/g, `'"'"'`)}'\n`,
        );
      }
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!NAME.test(name)) {
        ctx.stderr.write(
          ctx.flavor === 'bash'
            ? `bash: export: \`${arg}': not a valid identifier\n`
            : `sh: export: ${arg}: bad variable name\n`,
        );
        status = ctx.flavor === 'bash' ? 1 : 2;
        continue;
      }
      if (eq >= 0) s.env.set(name, arg.slice(eq + 1));
      s.exported.add(name);
    }
    return status;
  },
};
