import { parse } from '../parser';
import { describe, ShellSyntaxError } from '../syntax-error';
import type { Command } from '../types';

/**
 * bash -c SCRIPT [NAME [ARGS…]] on the host: a child bash. A script that does not parse is
 * reported as bash reports a -c script, with its line (`bash: -c: line 2: …`).
 */
export const bash: Command = {
  name: 'bash',
  flavors: ['bash'],
  async run(ctx) {
    const [flag, script] = ctx.args;
    if (flag !== '-c') {
      ctx.stderr.write('bash: only `bash -c SCRIPT` is simulated here\n');
      return 2;
    }
    if (script === undefined) {
      ctx.stderr.write('bash: -c: option requires an argument\n');
      return 2;
    }
    try {
      parse(script, { heredocAtEof: true });
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      ctx.stderr.write(syntaxError(script, e));
      return 2;
    }
    const sub = ctx.session.subshell();
    sub.newProcess?.(false);
    sub.argv0 = ctx.args[2] ?? 'bash';
    sub.positional = ctx.args.slice(3);
    return sub.run(script, { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr });
  },
};

function syntaxError(script: string, e: ShellSyntaxError): string {
  const lines = script.split('\n');
  const message = describe(e.problem, 'bash');
  if (e.problem.kind === 'unexpected-token') {
    // bash names the line holding the token and echoes it.
    const token = e.problem.token;
    const at = Math.max(
      0,
      lines.findIndex((l) => l.includes(token)),
    );
    return `bash: -c: line ${at + 1}: ${message}\nbash: -c: line ${at + 1}: \`${lines[at]}'\n`;
  }
  // At the end of the text bash is already on the line after the last one.
  const line = e.problem.kind === 'unterminated' ? lines.length : lines.length + 1;
  return `bash: -c: line ${line}: ${message}\n`;
}
