/**
 * A terminal session: one shell (host bash or container sh) with its history, prompt,
 * completion and cancellation. This is what the terminal, `sim` and the engine's `docker exec`
 * talk to.
 */
import type { FileSystem, Identity } from '../fs';
import { builtins } from './builtins';
import { builtinFor, interpreterBuiltins } from './exec/builtins';
import { complete, type Completion, type CompletionProvider } from './completion';
import { Capture } from './io';
import { parse } from './parser';
import { Shell, type ShellEnvironment } from './shell';
import { ShellSyntaxError } from './syntax-error';
import { CancelToken, type Cancellable } from '../runtime';
import { Pacer, type PacerOptions } from './pacer';
import type { Command, Flavor, HttpClient, Output } from './types';
import type { ProcessInfo, ProcessTable } from '../engine';

export interface SessionOptions {
  flavor: Flavor;
  /** The filesystem this shell sees (it is viewed as `identity`). */
  fs: FileSystem;
  identity: Identity;
  cwd: string;
  /** Initial variables, all exported (HOME, USER, PATH, ...). */
  env: Record<string, string>;
  commands: readonly Command[];
  /** user@host for the bash prompt. */
  user?: string;
  hostname?: string;
  /** In a container: the process this shell is and its PID namespace (`ps`). */
  process?: { self: ProcessInfo; table: ProcessTable };
  pid?: number;
  now?: () => number;
  /** Waits for `ms`; the default resolves at once (virtual time). Must resolve early on cancel. */
  sleep?: (ms: number, cancel: Cancellable) => Promise<void>;
  /** Uniform [0, 1) numbers for $RANDOM; seeded in tests and `sim`. */
  random?: () => number;
  /** Terminal width; null when output is not a terminal (sim, tests). */
  columns?: number | null;
  completions?: CompletionProvider[];
  /** argv[0] the shell was started as (`/bin/sh`), used in its error messages. */
  name?: string;
  /** The host's network (the engine's published ports), for `curl`. */
  http?: HttpClient;
  /** How long lines yield to the host and when a runaway line is cut (./pacer). */
  pacing?: PacerOptions;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Both streams in the order written, as the terminal shows them. */
  output: string;
}

export class Session {
  readonly shell: Shell;
  private readonly env: ShellEnvironment & {
    columns: number | null;
    history: string[];
    cancel: CancelToken;
  };
  private readonly completions: CompletionProvider[];
  private readonly pacer: Pacer;
  private readonly user: string;
  private readonly hostname: string;
  onClear: () => void = () => {};

  constructor(options: SessionOptions) {
    const commands = new Map<string, Command>();
    for (const c of [...options.commands, ...builtins]) commands.set(c.name, c);
    const cancel = new CancelToken();
    this.pacer = new Pacer(options.pacing);
    this.env = {
      flavor: options.flavor,
      fs: options.fs.as(options.identity),
      identity: options.identity,
      commands,
      pid: options.pid ?? 4242,
      name: options.name,
      now: options.now ?? (() => 1_704_067_200_000),
      sleep: options.sleep ?? (async () => {}),
      pause: () => this.pacer.pause(),
      random: options.random ?? Math.random,
      columns: options.columns ?? null,
      cancel,
      history: [],
      clearScreen: () => this.onClear(),
      kernel: {
        hostname: options.hostname ?? 'host',
        self: options.process?.self,
        processes: options.process?.table,
      },
    };
    const env = new Map(Object.entries(options.env));
    env.set('PWD', options.cwd);
    this.shell = new Shell(this.env, { cwd: options.cwd, env, exported: new Set(env.keys()) });
    // an interactive bash expands aliases
    if (options.flavor === 'bash') this.shell.shopts.add('expand_aliases');
    this.shell.http = options.http;
    this.completions = options.completions ?? [];
    this.user = options.user ?? 'learner';
    this.hostname = options.hostname ?? 'host';
  }

  get flavor(): Flavor {
    return this.env.flavor;
  }
  get cwd(): string {
    return this.shell.cwd;
  }
  get history(): readonly string[] {
    return this.env.history;
  }
  get exited(): number | null {
    return this.shell.exitRequested;
  }
  set columns(columns: number | null) {
    this.env.columns = columns;
  }

  /** The prompt a real shell would print here. */
  prompt(): string {
    const home = this.shell.env.get('HOME');
    const cwd = this.shell.cwd;
    const shown =
      home && home !== '/' && (cwd === home || cwd.startsWith(`${home}/`))
        ? `~${cwd.slice(home.length)}`
        : cwd;
    const sign = this.env.identity.uid === 0 ? '#' : '$';
    return this.flavor === 'bash'
      ? `${this.user}@${this.hostname}:${dirtrim(shown, this.shell.env.get('PROMPT_DIRTRIM'))}${sign} `
      : `${shown} ${sign} `;
  }

  /** True when the line is an unfinished command (open quote, trailing `|`): ask for more. */
  needsMore(line: string): boolean {
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) return true;
    try {
      parse(line, { noHereStrings: this.flavor !== 'bash' });
      return false;
    } catch (e) {
      return e instanceof ShellSyntaxError && e.incomplete;
    }
  }

  /** Runs one line typed at the prompt, streaming its output. */
  async run(line: string, out: { stdout: Output; stderr: Output }): Promise<number> {
    this.env.cancel = new CancelToken();
    this.pacer.startLine(this.env.cancel);
    if (line.trim() !== '') this.env.history.push(line);
    return this.shell.run(line, out);
  }

  /** Runs a line and collects its output (tests, sim). */
  async exec(line: string): Promise<ExecResult> {
    const stdout = new Capture();
    const stderr = new Capture();
    const output = new Capture();
    const exitCode = await this.run(line, {
      stdout: { write: (t) => (stdout.write(t), output.write(t)) },
      stderr: { write: (t) => (stderr.write(t), output.write(t)) },
    });
    return { exitCode, stdout: stdout.text, stderr: stderr.text, output: output.text };
  }

  /** Ctrl-C: the running command stops at its next check; `sleep` returns at once. */
  cancel(): void {
    this.env.cancel.cancel();
  }

  complete(line: string, cursor: number = line.length): Completion {
    return complete(line, cursor, {
      fs: this.env.fs,
      cwd: this.shell.cwd,
      home: this.shell.env.get('HOME'),
      commands: [
        ...[...this.env.commands.values()]
          .filter((c) => !c.flavors || c.flavors.includes(this.flavor))
          .map((c) => c.name),
        // bash and ash complete their builtins (alias, type, …) and the aliases too
        ...[...interpreterBuiltins.keys()].filter(
          (name) => /^[a-z]/.test(name) && builtinFor(name, this.flavor),
        ),
        ...this.shell.aliases.keys(),
      ],
      providers: this.completions,
    });
  }
}

/**
 * bash's PROMPT_DIRTRIM for \w (general.c trim_pathname): past `~/`, keep the last N
 * components and put `...` before them, unless what they replace is 3 characters or fewer.
 */
export function dirtrim(path: string, setting: string | undefined): string {
  const keep = /^\s*\d+\s*$/.test(setting ?? '') ? Number(setting) : 0;
  if (keep <= 0) return path;
  const begin = path.startsWith('~') ? path.indexOf('/') + 1 : 0;
  if (begin === 0 && path.startsWith('~')) return path;
  const rest = path.slice(begin);
  if ((rest.match(/\//g) ?? []).length < keep) return path;
  let tail = path.length - 1;
  for (let n = keep; tail > begin; tail--) if (path[tail] === '/' && --n === 0) break;
  if (tail === begin || tail - begin <= 3) return path;
  return `${path.slice(0, begin)}...${path.slice(tail)}`;
}
