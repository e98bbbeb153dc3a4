/**
 * A simple command: expand the words, assignments and redirections, then run the first word as
 * a special builtin, a function, a command, a command at a path or a script, in that order.
 */
import { isFsError, strerror } from '../../fs';
import type { SimpleCommand } from '../ast';
import { expandWord, expandWords, ExpansionError } from '../expand';
import { Limited } from '../io';
import { applyRedirects, FileOutput, RedirectError, WriteError, type Fds } from '../redirect';
import type { Shell } from '../shell';
import type { CommandContext } from '../types';
import { builtinFor, SPECIAL_BUILTINS } from './builtins';
import { callFunction } from './function';
import { BrokenPipe, PipeBuffer } from './pipe';
import { runPathCommand } from './path';
import { AbortSignal, ExitSignal } from './signals';
import { traceCommand } from './trace';

type Assigned = { name: string; value: string; array?: string[]; index?: string; append?: boolean };

export async function runSimple(sh: Shell, cmd: SimpleCommand, fds: Fds): Promise<number> {
  sh.currentErr = fds.err;
  sh.substitutionStatus = 0;
  const ex = sh.expander(fds);
  let argv: string[];
  const assigned: Assigned[] = [];
  let io: Fds;
  try {
    argv = await expandWords(cmd.words, ex);
    for (const a of cmd.assignments) assigned.push(await expandAssignment(sh, a, ex));
    io = await applyRedirects(
      cmd.redirects,
      fds,
      ex,
      sh.host.fs,
      (p) => sh.resolve(p),
      sh.flavor,
      sh.prefix,
    );
  } catch (e) {
    return expansionFailed(sh, e, fds);
  }
  if (sh.options.xtrace) traceCommand(sh, assigned, argv, fds);
  if (argv.length === 0) {
    for (const a of assigned) assign(sh, a);
    return sh.substitutionStatus;
  }
  sh.atTail = cmd === sh.tailCommand;
  const status = await dispatch(sh, argv, assigned, io);
  if (sh.exitRequested !== null) throw new ExitSignal(sh.exitRequested);
  return status;
}

function expansionFailed(sh: Shell, e: unknown, fds: Fds): number {
  if (e instanceof RedirectError) fds.err.write(`${e.message}\n`);
  else if (e instanceof ExpansionError) {
    fds.err.write(`${sh.prefix}: ${e.message}\n`);
    // An expansion error ends a script; at the prompt it drops the rest of the line.
    if (e.fatal)
      throw sh.nested ? new ExitSignal(sh.flavor === 'bash' ? 1 : 2) : new AbortSignal(1);
  } else throw e;
  return 1;
}

async function expandAssignment(
  sh: Shell,
  a: SimpleCommand['assignments'][number],
  ex: ReturnType<Shell['expander']>,
): Promise<Assigned> {
  const base = { name: a.name, append: a.append };
  if (a.array) return { ...base, value: '', array: await expandWords(a.array, ex) };
  const value = await expandWord(a.value, ex);
  if (a.index) return { ...base, value, index: String(sh.arith(await expandWord(a.index, ex))) };
  return { ...base, value };
}

export function assign(sh: Shell, a: Assigned): void {
  if (a.array) {
    const values = a.append ? [...(sh.arrays.get(a.name) ?? []), ...a.array] : a.array;
    sh.setArray(a.name, values);
  } else if (a.index !== undefined) {
    const i = Number(a.index);
    const old = sh.arrays.get(a.name)?.[i] ?? '';
    sh.setElement(a.name, i, a.append ? old + a.value : a.value);
  } else {
    const old = sh.lookup(a.name) ?? '';
    sh.setVar(a.name, a.append ? old + a.value : a.value);
  }
}

async function dispatch(sh: Shell, argv: string[], assigned: Assigned[], io: Fds): Promise<number> {
  const name = argv[0]!;
  const builtin = builtinFor(name, sh.flavor);
  if (builtin && SPECIAL_BUILTINS.has(name)) {
    for (const a of assigned) assign(sh, a);
    return builtin(sh, argv.slice(1), io);
  }
  const fn = sh.functions.get(name);
  if (fn) return withTemporary(sh, assigned, () => callFunction(sh, fn, argv.slice(1), io));
  if (builtin) return withTemporary(sh, assigned, async () => builtin(sh, argv.slice(1), io));
  return runPathCommand(sh, argv, assigned, io);
}

/** `X=1 f`: the variable holds for the function or builtin only. */
async function withTemporary(
  sh: Shell,
  assigned: Assigned[],
  run: () => Promise<number>,
): Promise<number> {
  if (assigned.length === 0) return run();
  const saved = assigned.map((a) => [a.name, sh.env.get(a.name)] as const);
  for (const a of assigned) assign(sh, a);
  try {
    return await run();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) sh.env.delete(name);
      else sh.env.set(name, value);
    }
  }
}

/** Runs a registered command with its context; turns its failures into the tool's messages. */
export async function runRegistered(
  sh: Shell,
  name: string,
  argv: string[],
  assigned: Assigned[],
  io: Fds,
): Promise<number> {
  const command = sh.host.commands.get(name)!;
  const env = new Map([...sh.env].filter(([k]) => sh.exported.has(k)));
  for (const a of assigned) env.set(a.name, a.value);
  // Pipes and files have their own limits; anything else (the terminal) gets a per-command cap.
  const bounded = io.out instanceof PipeBuffer || io.out instanceof FileOutput;
  const out = bounded ? null : new Limited(io.out);
  let stdin: string | undefined;
  const ctx: CommandContext = {
    name,
    args: argv.slice(1),
    fs: sh.host.fs,
    cwd: sh.cwd,
    env,
    // Read on first use: a command that never reads stdin leaves it for the next (`while read`).
    get stdin() {
      return (stdin ??= io.stdin.takeAll());
    },
    stdout: out ?? io.out,
    stderr: io.err,
    tty: io.outIsTerminal && sh.host.columns !== null ? { columns: sh.host.columns } : null,
    flavor: sh.flavor,
    identity: sh.host.identity,
    cancel: sh.host.cancel,
    resolve: (p) => sh.resolve(p),
    now: () => sh.host.now(),
    sleep: (ms) => sh.host.sleep(ms, sh.host.cancel),
    pause: () => sh.host.pause?.() ?? Promise.resolve(),
    session: sh,
    kernel: sh.atTail && sh.host.kernel ? { ...sh.host.kernel, tail: true } : sh.host.kernel,
  };
  try {
    const status = await command.run(ctx);
    if (!out?.overflowed) return status;
    io.err.write(`${name}: write error: ${strerror('ENOSPC')}\n`);
    return 1;
  } catch (e) {
    if (e instanceof BrokenPipe) throw e;
    if (e instanceof WriteError) io.err.write(`${name}: write error: ${e.message}\n`);
    else if (isFsError(e)) io.err.write(`${name}: ${strerror(e.code)}\n`);
    else if (e instanceof Error) io.err.write(`${name}: internal error: ${e.message}\n`);
    else throw e; // the interpreter's own signals (exit, break, Ctrl-C)
    return 1;
  }
}
