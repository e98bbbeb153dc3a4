/**
 * The interpreter: runs parsed lines in a shell state (cwd, variables, last status). A
 * command-substitution runs in a copy of that state, as a subshell does.
 */
import { isFsError, normalizePath, strerror, type FileSystem, type Identity } from '../fs';
import type { AndOr, Pipeline, SimpleCommand } from './ast';
import { expandWord, expandWords, ExpansionError, type Expander } from './expand';
import { Capture, Limited } from './io';
import { parse } from './parser';
import { applyRedirects, RedirectError, WriteError, type Fds } from './redirect';
import { describe, ShellSyntaxError } from './syntax-error';
import type {
  Cancellation,
  Command,
  CommandContext,
  Flavor,
  HttpClient,
  Output,
  SessionHandle,
} from './types';

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
  sleep(ms: number, cancel: Cancellation): Promise<void>;
  /** Yields to the event loop when the current time slice is used up (see CommandContext.pause). */
  pause?(): Promise<void>;
  random(): number;
  /** Terminal width when output goes to a terminal. */
  columns: number | null;
  /** Replaced for every line typed (Session.run), so Ctrl-C only stops the current one. */
  cancel: Cancellation;
  readonly history: string[];
  clearScreen(): void;
}

export class Shell implements SessionHandle {
  cwd: string;
  previousCwd: string | null = null;
  readonly env: Map<string, string>;
  readonly exported: Set<string>;
  lastStatus = 0;
  exitRequested: number | null = null;
  http?: HttpClient;

  constructor(
    readonly host: ShellEnvironment,
    state: {
      cwd: string;
      env: Map<string, string>;
      exported: Set<string>;
      previousCwd?: string | null;
    },
  ) {
    this.cwd = state.cwd;
    this.env = state.env;
    this.exported = state.exported;
    this.previousCwd = state.previousCwd ?? null;
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
  private get prefix(): string {
    return this.host.name ?? (this.flavor === 'bash' ? 'bash' : 'sh');
  }

  /** A copy of this shell's state: `$(...)` and script files run in one. */
  /** A copy of this shell's state; with `identity`, running as that user (sudo). */
  subshell(identity?: Identity): Shell {
    const host = identity ? { ...this.host, fs: this.host.fs.as(identity), identity } : this.host;
    const sub = new Shell(host, {
      cwd: this.cwd,
      env: new Map(this.env),
      exported: new Set(this.exported),
      previousCwd: this.previousCwd,
    });
    sub.http = this.http;
    return sub;
  }

  resolve(path: string): string {
    return normalizePath(path.startsWith('/') ? path : `${this.cwd}/${path}`);
  }

  async run(
    line: string,
    io: { stdin?: string; stdout?: Output; stderr?: Output } = {},
  ): Promise<number> {
    const stdout = io.stdout ?? new Capture();
    const stderr = io.stderr ?? new Capture();
    let script;
    try {
      script = parse(line);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      stderr.write(`${this.prefix}: ${describe(e.problem, this.flavor)}\n`);
      return (this.lastStatus = 2);
    }
    const fds: Fds = {
      stdin: io.stdin ?? '',
      out: stdout,
      err: stderr,
      outIsTerminal: io.stdout !== undefined && this.host.columns !== null,
    };
    for (const andOr of script) {
      if (this.exitRequested !== null || this.host.cancel.cancelled) break;
      this.lastStatus = await this.runAndOr(andOr, fds);
    }
    return this.lastStatus;
  }

  private async runAndOr(andOr: AndOr, fds: Fds): Promise<number> {
    let status = await this.runPipeline(andOr.first, fds);
    for (const { op, pipeline } of andOr.rest) {
      if (this.exitRequested !== null || this.host.cancel.cancelled) break;
      if ((op === '&&' && status === 0) || (op === '||' && status !== 0)) {
        this.lastStatus = status;
        status = await this.runPipeline(pipeline, fds);
      }
    }
    return status;
  }

  private async runPipeline(pipeline: Pipeline, fds: Fds): Promise<number> {
    let stdin = fds.stdin;
    let status = 0;
    const last = pipeline.commands.length - 1;
    for (const [k, cmd] of pipeline.commands.entries()) {
      const pipe = k < last ? new Capture() : null;
      const stageFds: Fds = {
        stdin,
        out: pipe ?? fds.out,
        err: fds.err,
        outIsTerminal: pipe ? false : fds.outIsTerminal,
      };
      // Every stage but the last runs in a subshell: `cd x | cat` changes nothing.
      const shell = pipeline.commands.length > 1 ? this.subshell() : this;
      status = await shell.runSimple(cmd, stageFds);
      stdin = pipe?.text ?? '';
    }
    return pipeline.negated ? (status === 0 ? 1 : 0) : status;
  }

  private expander(): Expander {
    return {
      fs: this.host.fs,
      cwd: this.cwd,
      lookup: (name) => this.lookup(name),
      assign: (name, value) => this.env.set(name, value),
      home: (user) => (user === '' ? this.env.get('HOME') : homeOf(this.host.fs, user)),
      commandSubstitution: async (source) => {
        const out = new Capture();
        const sub = this.subshell();
        this.substitutionStatus = await sub.run(source, {
          stdout: out,
          stderr: this.currentErr ?? new Capture(),
        });
        return out.text;
      },
    };
  }

  private currentErr: Output | null = null;
  /** Status of the last `$(...)` of the command being expanded: `X=$(false)` returns it. */
  private substitutionStatus = 0;

  lookup(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.lastStatus);
      case '$':
        return String(this.host.pid);
      case '#':
        return '0';
      case '0':
        return this.prefix;
      case 'RANDOM':
        return String(Math.floor(this.host.random() * 32768));
      case 'PWD':
        return this.cwd;
      case '@':
      case '*':
      case '!':
        return '';
      default:
        return this.env.get(name);
    }
  }

  private async runSimple(cmd: SimpleCommand, fds: Fds): Promise<number> {
    this.currentErr = fds.err;
    this.substitutionStatus = 0;
    const ex = this.expander();
    let argv: string[];
    let assigned: [string, string][];
    let io: Fds;
    try {
      argv = await expandWords(cmd.words, ex);
      assigned = [];
      for (const a of cmd.assignments) assigned.push([a.name, await expandWord(a.value, ex)]);
      io = await applyRedirects(
        cmd.redirects,
        fds,
        ex,
        this.host.fs,
        (p) => this.resolve(p),
        this.flavor,
        this.prefix,
      );
    } catch (e) {
      if (e instanceof RedirectError) fds.err.write(`${e.message}\n`);
      else if (e instanceof ExpansionError) fds.err.write(`${this.prefix}: ${e.message}\n`);
      else throw e;
      return 1;
    }
    if (argv.length === 0) {
      for (const [name, value] of assigned) this.env.set(name, value);
      return this.substitutionStatus;
    }
    const typed = argv[0]!;
    const byPath =
      typed.includes('/') && !this.host.commands.has(typed) ? this.commandAtPath(typed) : null;
    const name = byPath ?? typed;
    const command = this.host.commands.get(name);
    if (!command || (command.flavors && !command.flavors.includes(this.flavor))) {
      const script = name.includes('/') ? this.readScript(name) : null;
      if (script !== null)
        return this.subshell().run(script, { stdin: io.stdin, stdout: io.out, stderr: io.err });
      return this.notFound(name, io);
    }
    const env = new Map([...this.env].filter(([k]) => this.exported.has(k)));
    for (const [k, v] of assigned) env.set(k, v);
    const out = new Limited(io.out);
    const ctx: CommandContext = {
      name,
      args: argv.slice(1),
      fs: this.host.fs,
      cwd: this.cwd,
      env,
      stdin: io.stdin,
      stdout: out,
      stderr: io.err,
      tty: io.outIsTerminal && this.host.columns !== null ? { columns: this.host.columns } : null,
      flavor: this.flavor,
      identity: this.host.identity,
      cancel: this.host.cancel,
      resolve: (p) => this.resolve(p),
      now: () => this.host.now(),
      sleep: (ms) => this.host.sleep(ms, this.host.cancel),
      pause: () => this.host.pause?.() ?? Promise.resolve(),
      session: this,
    };
    try {
      const status = await command.run(ctx);
      if (out.overflowed) {
        io.err.write(`${name}: write error: ${strerror('ENOSPC')}\n`);
        return 1;
      }
      return status;
    } catch (e) {
      if (e instanceof WriteError) io.err.write(`${name}: write error: ${e.message}\n`);
      else if (isFsError(e)) io.err.write(`${name}: ${strerror(e.code)}\n`);
      else io.err.write(`${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }

  /**
   * `/bin/ls` and friends: a path to an executable whose name is a command we simulate (in a
   * BusyBox image every applet is a link to /bin/busybox) runs that command.
   */
  private commandAtPath(name: string): string | null {
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (!this.host.commands.has(base)) return null;
    try {
      return this.host.fs.stat(this.resolve(name)).kind === 'file' ? base : null;
    } catch {
      return null;
    }
  }

  /** The text of an executable shell script at `name` (`#!/bin/sh`, or no #! line), else null. */
  private readScript(name: string): string | null {
    const path = this.resolve(name);
    try {
      const st = this.host.fs.stat(path);
      const { uid, gid } = this.host.identity;
      const bits =
        uid === 0
          ? st.mode & 0o111
          : uid === st.uid
            ? st.mode & 0o100
            : gid === st.gid
              ? st.mode & 0o010
              : st.mode & 0o001;
      if (st.kind !== 'file' || bits === 0) return null;
      const text = this.host.fs.readTextFile(path);
      if (text.includes('\u0000')) return null; // a binary, not a script
      const shebang = /^#!\s*(\S+)/.exec(text)?.[1];
      return shebang === undefined || /\/(ba)?sh$/.test(shebang) ? text : null;
    } catch {
      return null;
    }
  }

  private notFound(name: string, io: Fds): number {
    if (name.includes('/')) {
      const path = this.resolve(name);
      const exists = this.host.fs.exists(path);
      const why = exists ? strerror('EACCES') : strerror('ENOENT');
      io.err.write(
        this.flavor === 'bash'
          ? `${this.prefix}: ${name}: ${why}\n`
          : `${this.prefix}: ${name}: ${exists ? 'Permission denied' : 'not found'}\n`,
      );
      return exists ? 126 : 127;
    }
    io.err.write(
      this.flavor === 'bash'
        ? `${this.prefix}: ${name}: command not found\n`
        : `${this.prefix}: ${name}: not found\n`,
    );
    return 127;
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
