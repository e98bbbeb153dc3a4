/** The docker CLI's building blocks: one subcommand per file, parsed flags, the engine to call. */
import type { Engine } from '../../engine';
import type { AttachMode, ContainerConsole } from '../container-console';
import type { ReplSession } from '../repl-session';
import type { Session } from '../session';
import type { CommandContext, Output } from '../types';
import type { FlagSpec, FlagValues } from './flags';

export interface DockerEnv {
  engine: Engine;
  /**
   * Hands an interactive container shell to the terminal (`docker exec -it c sh`, `docker run
   * -it`); resolves with its exit status when the learner types `exit`, or DETACHED after
   * Ctrl-P Ctrl-Q. Absent where there is no terminal (sim, tests).
   */
  attachShell?: (session: Session, mode?: AttachMode) => Promise<number>;
  /**
   * The line the reader types at the terminal after `prompt` (a command's own question, such as
   * the prune commands' `[y/N]`). Absent where there is no terminal (sim, tests).
   */
  readLine?: (prompt: string) => Promise<TerminalAnswer>;
  /** A BusyBox session inside a container, for `docker exec -it c sh`. */
  containerShell?: (containerId: string, options: { user?: string; workdir?: string }) => Session;
  /** A program's own prompt inside a container (`docker exec -it r redis-cli`), if it has one. */
  containerRepl?: (
    containerId: string,
    argv: readonly string[],
    options: { user?: string; workdir?: string; env?: string[] },
  ) => ReplSession | null;
  /** The interactive shell a running container's main process is, if it is one. */
  console?: (containerId: string) => ContainerConsole | undefined;
}

/** What the reader did at a command's question: typed a line, or Ctrl-D / Ctrl-C. */
export type TerminalAnswer = { line: string } | { end: 'eof' | 'interrupt' };

export interface DockerContext {
  env: DockerEnv;
  engine: Engine;
  /** The shell command context `docker` runs in (cwd, fs as the learner, tty, stdin). */
  sh: CommandContext;
  out: Output;
  err: Output;
  /** How the subcommand was invoked, e.g. "docker container run" or "docker run". */
  invoked: string;
}

export interface Subcommand {
  /** Full path under docker, e.g. "container run". */
  path: string;
  /** Short forms at the top level, e.g. ["run"]; "container ls" also answers to "ps". */
  aliases?: string[];
  /** Other names inside the group, e.g. "container ls" is also "container ps" and "container list". */
  groupAliases?: string[];
  /** One line for `docker <group>` help. */
  summary?: string;
  /** Usage after the command's name, e.g. "[OPTIONS] IMAGE [COMMAND] [ARG...]". */
  usage: string;
  flags: FlagSpec[];
  /** false for run/create/exec: flags stop at the first positional argument. */
  interspersed?: boolean;
  args?: { min?: number; max?: number; exact?: number };
  run(d: DockerContext, flags: FlagValues, args: string[]): Promise<number> | number;
}
