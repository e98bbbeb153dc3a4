/**
 * How containers run things. The engine never imports the shell: whoever builds the engine
 * hands it a ProcessRunner (the shell's BusyBox sh, for real), and the book's apps are Programs
 * the runner makes available inside containers.
 */
import type { FileSystem, Identity } from '../fs';
import type { CancelToken } from '../runtime';

export interface Output {
  write(text: string): void;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

export type HttpHandler = (request: HttpRequest) => HttpResponse | Promise<HttpResponse>;

/** A process as `ps` lists it (/proc/<pid>: stat, status, cmdline). */
export interface ProcessInfo {
  pid: number;
  /** Parent PID: 0 for PID 1 and for `docker exec` processes (their parent is outside). */
  ppid: number;
  uid: number;
  gid: number;
  argv: readonly string[];
  /** /proc/<pid>/comm: the name of the file it runs (at most 15 characters). */
  comm: string;
}

/** The processes of a container's PID namespace. */
export interface ProcessTable {
  /** Every live process, by PID. */
  list(): ProcessInfo[];
  /** The PID a process forked now gets. */
  fork(): number;
}

/** What a process sees: the container's filesystem as its user, argv, env, its own stop signal. */
export interface ProcessSpec {
  fs: FileSystem;
  argv: string[];
  env: string[];
  cwd: string;
  identity: Identity;
  stdout: Output;
  stderr: Output;
  /** Resolves on SIGTERM (docker stop). PID 1 ignores it unless it handles it (the apps do). */
  terminated: Promise<void>;
  /** Fires on SIGKILL (docker kill, rm -f, stop after its timeout): stop at the next chance. */
  readonly cancel: CancelToken;
  sleep(ms: number): Promise<void>;
  /** The scheduler's yield to the host's event loop, for busy shells. */
  yieldToHost?(): Promise<void>;
  /** ms of work after which a busy shell line is cut (virtual time); null for none. */
  workBudgetMs?: number | null;
  now(): number;
  /** Serve HTTP on a container port (reachable from the host through -p). */
  listen(port: number, handler: HttpHandler): void;
  /** The container the process runs in. */
  containerId?: string;
  /** The container's host name (its UTS namespace's, as `hostname` and `uname -n` read it). */
  hostname?: string;
  /** The process's own PID in the container's namespace, and the namespace's processes. */
  pid?: number;
  processes?: ProcessTable;
  /**
   * The process has a terminal (`-t`): its output already went through the terminal's line
   * discipline (LF written as CR LF, stdout and stderr one stream), and tools see a TTY this wide.
   */
  tty?: { columns: number } | null;
  /** Its stdin stays open (`-i`, or a TTY): a shell given no script waits for input. */
  stdinOpen?: boolean;
  /**
   * Connects to a port of the process's own container (its localhost): what a server there
   * listens on, or null when nothing does (redis-cli, psql reach their servers this way).
   */
  connect?(port: number): HttpHandler | null;
  /** `exec "$@"`: replaces the process with argv, found as the container's shell finds it. */
  exec?(argv: readonly string[]): Promise<number>;
}

/** What a terminal's line discipline (ONLCR) makes of a program's output: every LF as CR LF. */
export function ttyOutput(out: Output): Output {
  return { write: (text) => out.write(text.replaceAll('\n', '\r\n')) };
}

export type ProcessExit = { code: number } | { notFound: string } | { permissionDenied: string };

export interface ProcessRunner {
  /** Whether argv[0] can be executed in `spec.fs` (checked before the container counts as started). */
  check(spec: ProcessSpec): ProcessExit | null;
  /** Runs the process to its end; resolves its exit status. */
  run(spec: ProcessSpec): Promise<number>;
}

/** A program the book's images ship (the todo-list web app, the bind-mount lister, ...). */
export interface Program {
  /** The executable's name as the image's CMD/ENTRYPOINT invokes it (e.g. "dotnet"). */
  name: string;
  run(spec: ProcessSpec, args: readonly string[]): Promise<number>;
  /**
   * An interactive prompt for a terminal (`docker exec -it r redis-cli`), or null when these
   * args make a one-shot run (`redis-cli GET k`).
   */
  repl?(spec: ProcessSpec, args: readonly string[]): Repl | null;
}

/** A program reading lines at its own prompt (redis-cli, psql) while it has the terminal. */
export interface Repl {
  /** What it prints once before its first prompt (psql's version line). */
  readonly banner?: string;
  prompt(): string;
  /** Handles one typed line; `exited` becomes a status when it was the last. */
  line(text: string, out: { stdout: Output; stderr: Output }): Promise<void>;
  readonly exited: number | null;
}
