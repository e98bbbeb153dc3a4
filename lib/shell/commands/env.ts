import { shellWord } from '../quote';
import { parseTextArgs } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

/**
 * env [-i] [-u NAME]... [NAME=VALUE]... [COMMAND [ARG]...] — without a command, prints the
 * environment one NAME=value per line in the order the session holds it (insertion order
 * of its Map; a real env prints the order the kernel passed, which for a shell is the order
 * variables were exported). With a command, runs it through the session as
 * `NAME=VALUE... COMMAND ARG...`; `-i` and `-u` then only affect what a printing `env`
 * shows, since a command line cannot unset inherited variables.
 */
export const env: Command = {
  name: 'env',
  async run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const args = [...ctx.args];
    // Options end at the first NAME=VALUE or command word, for both flavors.
    let firstOperand = -1;
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      if (!a.startsWith('-') || a === '-') {
        firstOperand = i;
        break;
      }
      if (/^-[^-]*u$/.test(a)) i++;
    }
    const optionArgs = firstOperand < 0 ? args : args.slice(0, firstOperand);
    const rest = firstOperand < 0 ? [] : args.slice(firstOperand);
    const r = parseTextArgs(
      ctx,
      {
        flags: 'i0',
        withValue: 'u',
        long: { 'ignore-environment': 'i', null: '0', 'unset=': 'u' },
        busyboxLong: { 'ignore-environment': 'i', 'unset=': 'u' },
      },
      optionArgs,
      bash ? 125 : 1,
    );
    if (!r.ok) return r.status;
    const operands = [...r.opts.operands, ...rest];
    let ignore = r.opts.flags.has('i');
    if (operands[0] === '-') {
      ignore = true;
      operands.shift();
    }
    const vars = new Map(ignore ? [] : ctx.env);
    for (const name of r.opts.values.get('u') ?? []) vars.delete(name);
    const assigns: string[] = [];
    while (operands.length > 0 && /^[^=]+=/.test(operands[0] as string)) {
      const a = operands.shift() as string;
      const eq = a.indexOf('=');
      vars.delete(a.slice(0, eq));
      vars.set(a.slice(0, eq), a.slice(eq + 1));
      assigns.push(a);
    }
    if (operands.length === 0) {
      const end = r.opts.flags.has('0') ? '\0' : '\n';
      const out = ctx.stdout;
      for (const [k, v] of vars) out.write(`${k}=${v}${end}`);
      return 0;
    }
    const command = operands[0] as string;
    if (!ctx.session.commands.has(command)) {
      ctx.stderr.write(
        bash
          ? `env: '${command}': No such file or directory\n`
          : `env: can't execute '${command}': No such file or directory\n`,
      );
      return 127;
    }
    const line = [...assigns, ...operands].map(shellWord).join(' ');
    return ctx.session.run(line, { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr });
  },
};
