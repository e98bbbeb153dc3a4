import type { FileSystem, Identity } from '../fs';
import type { HttpResponse, ProcessInfo, ProcessTable } from '../engine';
import type { Cancellable } from '../runtime';

/**
 * Which real shell a session imitates. `bash` is the learner's host (GNU bash + coreutils
 * messages); `busybox` is a container's `sh` (BusyBox ash + applets, as in alpine images).
 */
export type Flavor = 'bash' | 'busybox';

/** Where a command writes. Text is UTF-8; the session keeps stdout and stderr in order. */
export interface Output {
  write(text: string): void;
}

/**
 * Everything a command sees. Commands are pure functions of this context: they read files
 * through `fs` (already acting as the session's user), write to `stdout`/`stderr`, and return
 * the exit status. User errors are output + status, never exceptions.
 */
export interface CommandContext {
  /** argv[0], as typed (after expansion). */
  readonly name: string;
  /** argv[1..]. */
  readonly args: readonly string[];
  readonly fs: FileSystem;
  readonly cwd: string;
  /** Exported environment as the command sees it (including per-command `VAR=x cmd`). */
  readonly env: ReadonlyMap<string, string>;
  readonly stdin: string;
  readonly stdout: Output;
  readonly stderr: Output;
  /**
   * The terminal, when stdout goes straight to it (last stage of a pipeline, no redirection);
   * null otherwise. Real tools change their output for a TTY (`ls` prints columns, quotes odd
   * names), so commands must too.
   */
  readonly tty: { readonly columns: number } | null;
  readonly flavor: Flavor;
  readonly identity: Identity;
  readonly cancel: Cancellable;
  /** Absolute, normalised path for `path` relative to `cwd` (no symlinks resolved). */
  resolve(path: string): string;
  /** The session's current time, ms since the epoch (what `ls -l` compares ages against). */
  now(): number;
  /** Waits `ms` of the session's time (virtual in tests and `sim`), unless cancelled. */
  sleep(ms: number): Promise<void>;
  /**
   * Lets the page breathe: a command that loops (yes, cat /dev/zero, a big tar) awaits this
   * between chunks of work. It resolves at once until the session's time slice is used up, then
   * yields to the browser's event loop so typing and Ctrl-C get through. Check `cancel` after it.
   */
  pause(): Promise<void>;
  /** The session itself, for builtins (cd, export, history) and plug-ins such as `docker`. */
  readonly session: SessionHandle;
  /** The kernel's answers (absent in sessions made without one: tests, fixtures). */
  readonly kernel?: KernelView;
}

/**
 * What a process asks its kernel rather than its files: the node name of its UTS namespace
 * (`hostname`, `uname -n`; a container's is its host name, whatever /etc/hostname says).
 */
export interface KernelView {
  readonly hostname: string;
  /** The process this shell is, in its container's PID namespace (absent on the host). */
  readonly self?: ProcessInfo;
  /** The processes of that namespace. */
  readonly processes?: ProcessTable;
  /**
   * The command replaces the shell instead of running in a fork: BusyBox ash execs the last
   * command of `sh -c` (and of a command line that is the container's process) in its place.
   */
  readonly tail?: boolean;
}

export type CommandResult = number | Promise<number>;

export interface Command {
  readonly name: string;
  /** Which shells have it; both when omitted. */
  readonly flavors?: readonly Flavor[];
  run(ctx: CommandContext): CommandResult;
}

/** The part of a session that builtins and plug-ins may touch. */
export interface SessionHandle {
  readonly flavor: Flavor;
  cwd: string;
  previousCwd: string | null;
  /** Shell variables; the exported ones are in `exported`. */
  readonly env: Map<string, string>;
  readonly exported: Set<string>;
  readonly history: readonly string[];
  readonly lastStatus: number;
  /** $1…: set by `sh -c SCRIPT NAME ARGS…` on the subshell it starts. */
  positional?: string[];
  /** $0 */
  argv0?: string | null;
  /** A subshell, `sh -c` or a script rather than the interactive shell itself. */
  readonly nested?: boolean;
  /** Set by `exit`: the session is over (a container shell returns to the host). */
  exitRequested: number | null;
  /** A copy of this shell's state (cwd, variables), as `( ... )`, `$(...)` and `sh -c` get. */
  subshell(identity?: Identity): SessionHandle;
  /**
   * Makes a subshell a new shell process (`bash -c`, `sh -c`): it starts with no aliases, and
   * expands them only if that shell does when not interactive (dash and ash do, bash does not).
   */
  newProcess?(expandsAliases: boolean): void;
  /** Runs a whole command line in this session (used by `xargs`, `docker exec` plug-ins). */
  run(line: string, io?: { stdin?: string; stdout?: Output; stderr?: Output }): Promise<number>;
  /** Registered commands, by name. */
  readonly commands: ReadonlyMap<string, Command>;
  /** Clears the screen (the terminal decides what that means). */
  clearScreen(): void;
  /**
   * The host's network: answers requests to localhost ports (the engine's published apps).
   * Resolves null when nothing listens on the port.
   */
  readonly http?: HttpClient;
}

/** What `curl` sends: a request addressed to host:port (the engine's apps get an HttpRequest). */
export interface HttpClientRequest {
  method: string;
  host: string;
  port: number;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export type { HttpResponse };

export type HttpClient = (request: HttpClientRequest) => Promise<HttpResponse | null>;
