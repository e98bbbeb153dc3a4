/** eval, `.`/source and exec: running text and files in this shell, replacing its fds. */
import { parse } from '../../parser';
import { describe, ShellSyntaxError } from '../../syntax-error';
import type { Fds } from '../../redirect';
import type { Shell } from '../../shell';
import { runList } from '../list';
import { ExitSignal, ReturnSignal } from '../signals';
import { runPathCommand } from '../path';
import { complain, type InterpreterBuiltin } from './types';

/** Parses and runs `source` in this shell; signals (exit, return, break) pass through. */
export async function runText(sh: Shell, source: string, fds: Fds): Promise<number> {
  let script;
  try {
    script = parse(source, sh.parseOptions());
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    // An interactive bash names no line for eval's text (a script would: `eval: line N:`).
    fds.err.write(`${sh.prefix}: ${describe(e.problem, sh.flavor)}\n`);
    return 2;
  }
  return runList(sh, script, fds);
}

export const evalBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  if (args.length === 0) return 0;
  return runText(sh, args.join(' '), fds);
};

export const sourceBuiltin =
  (name: '.' | 'source'): InterpreterBuiltin =>
  async (sh, args, fds) => {
    const [file, ...rest] = args;
    if (file === undefined) {
      if (sh.flavor === 'bash') {
        complain(sh, fds, '.', 'filename argument required');
        fds.err.write('.: usage: . filename [arguments]\n');
      }
      return 2;
    }
    let text: string;
    try {
      text = sh.host.fs.readTextFile(sh.resolve(file));
    } catch {
      if (sh.flavor === 'bash') fds.err.write(`${sh.prefix}: ${file}: No such file or directory\n`);
      else
        fds.err.write(`${sh.prefix}: ${name}: can't open '${file}': No such file or directory\n`);
      if (sh.flavor !== 'bash' && sh.nested) throw new ExitSignal(2);
      return 1;
    }
    const saved = sh.positional;
    if (rest.length > 0) sh.positional = rest;
    sh.sourceDepth++;
    try {
      return await runText(sh, text, fds);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.status;
      throw e;
    } finally {
      sh.sourceDepth--;
      if (rest.length > 0) sh.positional = saved;
    }
  };

/** exec with redirections only: they stay for the rest of the shell. With a command: run it, end. */
export const execBuiltin: InterpreterBuiltin = async (sh, args, fds) => {
  if (args.length === 0) {
    sh.persistent = {
      out: fds.out,
      err: fds.err,
      stdin: fds.stdin,
      outIsTerminal: fds.outIsTerminal,
      extra: fds.extra,
    };
    return 0;
  }
  const status = await runPathCommand(sh, args, [], fds);
  throw new ExitSignal(status);
};
