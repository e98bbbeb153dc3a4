/** Calling a shell function: its own positional parameters, `local` frames, `return`. */
import type { FunctionDef } from '../ast';
import type { Fds } from '../redirect';
import { MAX_FUNCTION_DEPTH, type Shell } from '../shell';
import { runCommand } from './command';
import { AbortSignal, ReturnSignal } from './signals';

export async function callFunction(
  sh: Shell,
  fn: FunctionDef,
  args: string[],
  fds: Fds,
): Promise<number> {
  const funcnest = Number(sh.lookup('FUNCNEST') ?? '0');
  const limit = sh.flavor === 'bash' && funcnest > 0 ? funcnest : MAX_FUNCTION_DEPTH;
  if (sh.locals.length >= limit) {
    fds.err.write(
      sh.flavor === 'bash'
        ? `${sh.prefix}: ${fn.name}: maximum function nesting level exceeded (${limit})\n`
        : `${sh.prefix}: ${fn.name}: function nesting too deep\n`,
    );
    throw new AbortSignal(1);
  }
  const savedPositional = sh.positional;
  sh.positional = args;
  sh.locals.push(new Map());
  sh.callStack.push(fn.name);
  try {
    return await runCommand(sh, fn.body, fds);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    sh.popLocals();
    sh.callStack.pop();
    sh.positional = savedPositional;
  }
}
