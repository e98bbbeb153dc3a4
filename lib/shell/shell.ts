/**
 * The interpreter's state and entry points: a shell's variables, arrays, functions, positional
 * parameters, options and traps, and `run`, which parses a line and executes it. Each kind of
 * node has its executor in ./exec (one file each); special builtins that need the interpreter
 * (break, read, set, eval, …) are in ./exec/builtins. A subshell is a copy of this state.
 */
import { normalizePath, type FileSystem, type Identity } from '../fs';
import type { Script, FunctionDef, SimpleCommand } from './ast';
import { ArithError, evaluateArith } from './arith';
import { CancelToken, type Cancellable } from '../runtime';
import { Input } from './exec/input';
import { BrokenPipe, PipeBuffer } from './exec/pipe';
import { runList } from './exec/list';
import { definesAliases, runLineByLine } from './exec/lines';
import {
  AbortSignal,
  BreakSignal,
  ContinueSignal,
  ExitSignal,
  InterruptSignal,
  ReturnSignal,
} from './exec/signals';
import { ExpansionError, type Expander } from './expand';
import { Capture } from './io';
import { parse, type ParseOptions } from './parser';
import type { Fds } from './redirect';
import { describe, ShellSyntaxError } from './syntax-error';
import type { Command, Flavor, HttpClient, KernelView, Output, SessionHandle } from './types';

export interface ShellEnvironment {
  readonly flavor: Flavor;
  /** The filesystem as seen by `identity`. */
  readonly fs: FileSystem;
  readonly identity: Identity;
  readonly commands: ReadonlyMap<string, Command>;
  readonly pid: number;
  /** argv[0] of the shell, when not plain `bash` / `sh`. */
  readonly name?: string;
  now(): number;
  sleep(ms: number, cancel: Cancellable): Promise<void>;
  /** Yields to the event loop when the current time slice is used up (see CommandContext.pause). */
  pause?(): Promise<void>;
  random(): number;
  /** Terminal width when output goes to a terminal. */
  columns: number | null;
  /** Replaced for every line typed (Session.run), so Ctrl-C only stops the current one. */
  cancel: Cancellable;
  readonly history: string[];
  clearScreen(): void;
  readonly kernel?: KernelView;
}

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
}

/** Where bash stops a runaway recursion (FUNCNEST-style), instead of exhausting the stack. */
export const MAX_FUNCTION_DEPTH = 1000;

export class Shell implements SessionHandle {
  cwd: string;
  previousCwd: string | null = null;
  readonly env: Map<string, string>;
  readonly exported: Set<string>;
  readonly arrays = new Map<string, string[]>();
  readonly functions = new Map<string, FunctionDef>();
  /** `alias` definitions, expanded by the parser while `aliasTable` is set (./alias). */
  readonly aliases = new Map<string, string>();
  positional: string[] = [];
  /** $0 */
  argv0: string | null = null;
  options: ShellOptions = {
    errexit: false,
    nounset: false,
    xtrace: false,
    pipefail: false,
    noglob: false,
  };
  readonly shopts = new Set<string>();
  readonly traps = new Map<string, string>();
  /** Saved values of `local` variables, one frame per running function. */
  readonly locals: Map<string, { value?: string; array?: string[]; exported: boolean }>[] = [];
  /** > 0 while a condition runs (if, while, && ||, !): set -e does not apply there. */
  errexitGuard = 0;
  loopDepth = 0;
  /** Names of the running functions, innermost last ($FUNCNAME). */
  readonly callStack: string[] = [];
  /** > 0 while `.`/`source` runs a file: `return` ends it. */
  sourceDepth = 0;
  lastStatus = 0;
  exitRequested: number | null = null;
  /** `exec >file` with no command: redirections that stay for the rest of the shell. */
  persistent: Partial<Fds> | null = null;
  /** Background jobs started with `&`, for `wait` and `$!`. */
  readonly jobs: { pid: number; done: Promise<number> }[] = [];
  lastBackgroundPid: number | null = null;
  /** Status of the last `$(...)` of the command being expanded: `X=$(false)` returns it. */
  substitutionStatus = 0;
  currentErr: Output | null = null;
  http?: HttpClient;
  /** True in a subshell, `sh -c` or a script: errors that end a script end it. */
  readonly nested: boolean;
  /**
   * Set on the shell a container runs as a process (`sh -c SCRIPT`, or its command line): like
   * ash, it runs the script's last simple command in its own place, without a fork.
   */
  execsLastCommand = false;
  /** That command, while its script runs. */
  tailCommand: SimpleCommand | null = null;
  /** True while the tail command is dispatched: it sees `kernel.tail`. */
  atTail = false;

  constructor(
    readonly host: ShellEnvironment,
    state: {
      cwd: string;
      env: Map<string, string>;
      exported: Set<string>;
      previousCwd?: string | null;
    },
    nested = false,
  ) {
    this.cwd = state.cwd;
    this.env = state.env;
    this.exported = state.exported;
    this.previousCwd = state.previousCwd ?? null;
    this.nested = nested;
  }

  get flavor(): Flavor {
    return this.host.flavor;
  }
  get commands(): ReadonlyMap<string, Command> {
    return this.host.commands;
  }
  get history(): readonly string[] {
    return this.host.history;
  }
  clearScreen(): void {
    this.host.clearScreen();
  }

  /** How the shell names itself in errors: argv[0] (`/bin/sh` when a container runs `/bin/sh -c`). */
  get prefix(): string {
    return this.host.name ?? (this.flavor === 'bash' ? 'bash' : 'sh');
  }

  /** A copy of this shell's state; with `identity`, running as that user (sudo). */
  subshell(identity?: Identity): Shell {
    const host = identity ? { ...this.host, fs: this.host.fs.as(identity), identity } : this.host;
    const sub = new Shell(
      host,
      {
        cwd: this.cwd,
        env: new Map(this.env),
        exported: new Set(this.exported),
        previousCwd: this.previousCwd,
      },
      true,
    );
    for (const [k, v] of this.arrays) sub.arrays.set(k, [...v]);
    for (const [k, v] of this.functions) sub.functions.set(k, v);
    for (const [k, v] of this.aliases) sub.aliases.set(k, v);
    for (const o of this.shopts) sub.shopts.add(o);
    for (const [k, v] of this.traps) if (k !== 'EXIT') sub.traps.set(k, v);
    sub.positional = [...this.positional];
    sub.argv0 = this.argv0;
    sub.options = { ...this.options };
    sub.persistent = this.persistent;
    sub.lastStatus = this.lastStatus;
    sub.http = this.http;
    return sub;
  }

  newProcess(expandsAliases: boolean): void {
    this.aliases.clear();
    if (expandsAliases) this.shopts.add('expand_aliases');
    else this.shopts.delete('expand_aliases');
  }

  /**
   * Defines functions again from their definitions as written (`FunctionDef.source`), as a
   * restored machine's shell needs them. A source that no longer parses defines nothing.
   */
  restoreFunctions(sources: readonly string[]): void {
    for (const source of sources) {
      let script: Script;
      try {
        script = parse(source, this.parseOptions());
      } catch {
        continue;
      }
      for (const item of script)
        for (const cmd of item.first.commands)
          if (cmd.type === 'function') this.functions.set(cmd.name, cmd);
    }
  }

  /**
   * How this shell parses text: BusyBox's ash has no here-strings; aliases expand in ash, and in
   * bash when expand_aliases is on (an interactive bash sets it, `bash -c` does not).
   */
  parseOptions(): ParseOptions {
    const expand = this.flavor !== 'bash' || this.shopts.has('expand_aliases');
    return {
      heredocAtEof: true,
      noHereStrings: this.flavor !== 'bash',
      ...(expand ? { aliases: this.aliases } : {}),
    };
  }

  resolve(path: string): string {
    return normalizePath(path.startsWith('/') ? path : `${this.cwd}/${path}`);
  }

  /** Parses and runs a command line or script in this shell. */
  async run(
    line: string,
    io: { stdin?: string | Input; stdout?: Output; stderr?: Output } = {},
  ): Promise<number> {
    const stdout = io.stdout ?? new Capture();
    const stderr = io.stderr ?? new Capture();
    const fds = (): Fds => ({
      stdin: io.stdin instanceof Input ? io.stdin : new Input(io.stdin ?? ''),
      out: stdout,
      err: stderr,
      outIsTerminal: io.stdout !== undefined && this.host.columns !== null,
      ...this.persistent,
    });
    const options = this.parseOptions();
    if (definesAliases(line)) return runLineByLine(this, line, options, fds());
    let script: Script;
    try {
      script = parse(line, options);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      stderr.write(`${this.prefix}: ${describe(e.problem, this.flavor)}\n`);
      return (this.lastStatus = 2);
    }
    if (this.execsLastCommand) this.tailCommand = lastSimpleCommand(script);
    return this.runScript(script, fds());
  }

  /** Runs a parsed script, turning the signals that end it into a status. */
  async runScript(script: Script, fds: Fds): Promise<number> {
    try {
      this.lastStatus = await runList(this, script, fds);
    } catch (e) {
      if (e instanceof ExitSignal) {
        this.exitRequested = e.status;
        this.lastStatus = e.status;
      } else if (e instanceof InterruptSignal) {
        this.lastStatus = 130;
        await this.runInterruptTrap(fds);
      } else if (e instanceof BrokenPipe) this.lastStatus = 141;
      else if (e instanceof ReturnSignal || e instanceof AbortSignal) this.lastStatus = e.status;
      else if (e instanceof BreakSignal || e instanceof ContinueSignal) this.lastStatus = 0;
      else throw e;
    }
    if (this.exitRequested !== null && this.nested) await this.runExitTrap(fds);
    return this.lastStatus;
  }

  /** `trap … INT`: Ctrl-C stopped the line; the action runs, itself no longer cancelled. */
  private async runInterruptTrap(fds: Fds): Promise<void> {
    const action = this.traps.get('INT');
    if (action === undefined || action === '') return;
    const cancelled = this.host.cancel;
    this.host.cancel = new CancelToken();
    try {
      await this.run(action, { stdin: fds.stdin, stdout: fds.out, stderr: fds.err });
    } finally {
      this.host.cancel = cancelled;
    }
    this.lastStatus = 130;
  }

  /** Runs `trap … EXIT` once, when this shell ends. */
  async runExitTrap(fds: Fds): Promise<void> {
    const action = this.traps.get('EXIT');
    if (action === undefined) return;
    this.traps.delete('EXIT');
    const status = this.lastStatus;
    await this.run(action, { stdin: fds.stdin, stdout: fds.out, stderr: fds.err });
    this.lastStatus = status;
  }

  /** Between commands: lets the page breathe, and stops on Ctrl-C. */
  async checkpoint(): Promise<void> {
    if (this.host.pause) await this.host.pause();
    if (this.host.cancel.cancelled) throw new InterruptSignal();
  }

  // ---- variables ----

  lookup(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.lastStatus);
      case '$':
        return String(this.host.pid);
      case '#':
        return String(this.positional.length);
      case '0':
        return this.argv0 ?? this.prefix;
      case 'RANDOM':
        return String(Math.floor(this.host.random() * 32768));
      case 'PWD':
        return this.env.get('PWD') ?? this.cwd;
      case '@':
      case '*':
        return this.positional.join(' ');
      case '!':
        return this.lastBackgroundPid === null ? undefined : String(this.lastBackgroundPid);
      case '-':
        return this.optionFlags();
      case 'FUNCNAME':
        return this.callStack.at(-1) ?? this.env.get(name);
      default:
        if (/^[1-9]\d*$/.test(name)) return this.positional[Number(name) - 1];
        return this.arrays.get(name)?.[0] ?? this.env.get(name);
    }
  }

  private optionFlags(): string {
    const o = this.options;
    const set = (on: boolean, flag: string) => (on ? flag : '');
    const head = set(o.errexit, 'e') + set(o.noglob, 'f');
    const tail = set(o.nounset, 'u') + set(o.xtrace, 'x');
    if (this.flavor !== 'bash') return head + tail;
    return this.nested ? `${head}h${tail}B` : `${head}him${tail}BH`;
  }

  setVar(name: string, value: string): void {
    const array = this.arrays.get(name);
    if (array) array[0] = value;
    else this.env.set(name, value);
  }

  setElement(name: string, index: number, value: string): void {
    let array = this.arrays.get(name);
    if (!array) {
      const scalar = this.env.get(name);
      array = scalar === undefined ? [] : [scalar];
      this.env.delete(name);
      this.arrays.set(name, array);
    }
    array[index] = value;
  }

  setArray(name: string, values: string[]): void {
    this.env.delete(name);
    this.arrays.set(name, values);
  }

  unsetVar(name: string): void {
    this.env.delete(name);
    this.arrays.delete(name);
    this.exported.delete(name);
  }

  /** `local NAME`: remembers the caller's value, restored when the function returns. */
  declareLocal(name: string): boolean {
    const frame = this.locals.at(-1);
    if (!frame) return false;
    if (!frame.has(name)) {
      const array = this.arrays.get(name);
      frame.set(name, {
        value: this.env.get(name),
        array: array ? [...array] : undefined,
        exported: this.exported.has(name),
      });
    }
    return true;
  }

  popLocals(): void {
    const frame = this.locals.pop();
    if (!frame) return;
    for (const [name, saved] of frame) {
      this.unsetVar(name);
      if (saved.array) this.arrays.set(name, saved.array);
      else if (saved.value !== undefined) this.env.set(name, saved.value);
      if (saved.exported) this.exported.add(name);
    }
  }

  arith(expr: string): bigint {
    try {
      return evaluateArith(expr, {
        get: (name, index) =>
          index === undefined
            ? this.lookup(name)
            : (this.arrays.get(name)?.[Number(index)] ??
              (index === 0n ? this.env.get(name) : undefined)),
        set: (name, value, index) =>
          index === undefined
            ? this.setVar(name, value)
            : this.setElement(name, Number(index), value),
      });
    } catch (e) {
      if (e instanceof ArithError)
        // Fatal: a script ends, the prompt drops the rest of the line.
        throw new ExpansionError(this.flavor === 'bash' ? e.bash : e.busybox, true);
      throw e;
    }
  }

  expander(fds: Fds): Expander {
    return {
      fs: this.host.fs,
      cwd: this.cwd,
      flavor: this.flavor,
      lookup: (name) => this.lookup(name),
      positional: () => this.positional,
      array: (name) => {
        const array = this.arrays.get(name);
        if (array) return array.filter((v) => v !== undefined);
        const scalar = this.env.get(name);
        return scalar === undefined ? undefined : [scalar];
      },
      element: (name, index) => {
        const i = Number(index);
        const array = this.arrays.get(name);
        if (array) return array[i < 0 ? array.length + i : i];
        return i === 0 ? this.env.get(name) : undefined;
      },
      assign: (name, value) => this.setVar(name, value),
      home: (user) => (user === '' ? this.env.get('HOME') : homeOf(this.host.fs, user)),
      commandSubstitution: async (source) => {
        const out = new PipeBuffer();
        const sub = this.subshell();
        this.substitutionStatus = await sub.run(source, {
          stdout: out,
          stderr: this.currentErr ?? fds.err,
        });
        return out.text;
      },
      arith: (expr) => this.arith(expr),
      nounset: this.options.nounset,
      noglob: this.options.noglob,
      nullglob: this.shopts.has('nullglob'),
    };
  }
}

function homeOf(fs: FileSystem, user: string): string | undefined {
  try {
    for (const line of fs.readTextFile('/etc/passwd').split('\n')) {
      const f = line.split(':');
      if (f[0] === user) return f[5];
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The simple command ash would exec in place of the shell: the last of the script, alone. */
function lastSimpleCommand(script: Script): SimpleCommand | null {
  const last = script.at(-1);
  if (!last || last.background) return null;
  const pipeline = last.rest.at(-1)?.pipeline ?? last.first;
  const only = pipeline.commands.length === 1 ? pipeline.commands[0] : undefined;
  return !pipeline.negated && only?.type === 'simple' ? only : null;
}
