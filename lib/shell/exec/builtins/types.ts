import type { Fds } from '../../redirect';
import type { Shell } from '../../shell';

/** A builtin that needs the interpreter itself (loops, functions, fds, variables, parsing). */
export type InterpreterBuiltin = (sh: Shell, args: string[], fds: Fds) => number | Promise<number>;

/** The builtin's error, prefixed as the shell prints it: `bash: read: …` / `sh: read: …`. */
export function complain(sh: Shell, fds: Fds, name: string, message: string): void {
  fds.err.write(`${sh.prefix}: ${name}: ${message}\n`);
}
