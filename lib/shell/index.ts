/**
 * lib/shell — the simulated shells learners type into: the host's bash (GNU coreutils
 * messages) and a container's BusyBox sh, over lib/fs filesystems.
 *
 * Invariants:
 * - Nothing typed escapes as an exception: parse errors, expansion errors, missing files and
 *   command failures all end as text on stderr plus an exit status, as in the real shell.
 * - Output is byte for byte what the real tool prints for the session's flavor; where it is not,
 *   the command's file says so. Recorded real transcripts (fixtures/) are replayed by tests.
 * - Every run ends: there are no loops, output per command and file growth are capped
 *   (No space left on device), and `sleep` is the session's time, cancellable.
 * - One command per file (commands/, builtins/); plug-ins such as `docker` are more Commands
 *   given to the Session, with the session handle for state and a completion provider.
 */
export { Session, type ExecResult, type SessionOptions } from './session';
export { ReplSession } from './repl-session';
export { standardCommands } from './commands';
export { DETACH_KEYS, DETACHED } from './container-console';
export type { AttachMode, ContainerConsole } from './container-console';
export { transcript, seededRandom } from './transcript';
export type { Completion, CompletionProvider, CompletionRequest } from './completion';
export type {
  Command,
  CommandContext,
  CommandResult,
  Flavor,
  HttpClient,
  HttpClientRequest,
  HttpResponse,
  KernelView,
  Output,
  SessionHandle,
} from './types';
export { Consoles, isInteractiveShell } from './container-console';
export { quoteArgv } from './quote';
export { dirtrim } from './session';
export { dockerCommand } from './docker/cli';
export { dockerCompletion } from './docker/completion';
export { type DockerEnv, type TerminalAnswer } from './docker/types';
export { SeededRandom } from './random';
export { type LineRunner } from './transcript';
