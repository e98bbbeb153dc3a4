/** One command of a pipeline: simple, compound (with its redirections) or a function definition. */
import type { Command, Compound } from '../ast';
import { ExpansionError } from '../expand';
import { applyRedirects, RedirectError, type Fds } from '../redirect';
import type { Shell } from '../shell';
import { runArithCommand } from './arith-command';
import { runCase } from './case';
import { runCond } from './cond';
import { runArithFor, runFor } from './for';
import { runGroup, runSubshell } from './group';
import { runIf } from './if';
import { runLoop } from './loop';
import { runSimple } from './simple';

export async function runCommand(sh: Shell, cmd: Command, fds: Fds): Promise<number> {
  if (cmd.type === 'simple') return runSimple(sh, cmd, fds);
  if (cmd.type === 'function') {
    sh.functions.set(cmd.name, cmd);
    return 0;
  }
  const io = await redirected(sh, cmd, fds);
  if (io === null) return 1;
  return runCompound(sh, cmd, io);
}

/** The fds with a compound command's redirections applied, or null after reporting an error. */
export async function redirected(sh: Shell, cmd: Compound, fds: Fds): Promise<Fds | null> {
  if (cmd.redirects.length === 0) return fds;
  try {
    const ex = sh.expander(fds);
    return await applyRedirects(
      cmd.redirects,
      fds,
      ex,
      sh.host.fs,
      (p) => sh.resolve(p),
      sh.flavor,
      sh.prefix,
    );
  } catch (e) {
    if (e instanceof RedirectError) fds.err.write(`${e.message}\n`);
    else if (e instanceof ExpansionError) fds.err.write(`${sh.prefix}: ${e.message}\n`);
    else throw e;
    return null;
  }
}

function runCompound(sh: Shell, cmd: Compound, fds: Fds): Promise<number> {
  switch (cmd.type) {
    case 'if':
      return runIf(sh, cmd, fds);
    case 'for':
      return runFor(sh, cmd, fds);
    case 'arith-for':
      return runArithFor(sh, cmd, fds);
    case 'while':
    case 'until':
      return runLoop(sh, cmd, fds);
    case 'case':
      return runCase(sh, cmd, fds);
    case 'group':
      return runGroup(sh, cmd, fds);
    case 'subshell':
      return runSubshell(sh, cmd, fds);
    case 'arith-cmd':
      return runArithCommand(sh, cmd, fds);
    case 'cond':
      return runCond(sh, cmd, fds);
  }
}
