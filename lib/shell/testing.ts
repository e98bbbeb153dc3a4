/** Test harness: run one command with a hand-built context (no parser involved). */
import { EPOCH_2024, normalizePath, type FileSystem, type Identity, type MemFs } from '../fs';
import { CancelToken } from '../runtime';
import { createHostFs } from '../machine';
import type { Command, Flavor, SessionHandle } from './types';

export interface RunOptions {
  fs?: FileSystem;
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string;
  flavor?: Flavor;
  identity?: Identity;
  tty?: { columns: number } | null;
  /** The session clock; 2024-01-01T00:00:00Z by default (same instant as hostFs' files). */
  now?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in the order written, as a terminal shows them. */
  output: string;
  exitCode: number;
}

/** A fresh host filesystem (see host.ts): /home/learner/ch06, /tmp, /etc/passwd, /etc/group. */
export const hostFs = (): MemFs => createHostFs();

export async function runCommand(
  command: Command,
  args: string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const identity = options.identity ?? { uid: 0, gid: 0 };
  const fs = (options.fs ?? hostFs()).as(identity);
  const cwd = options.cwd ?? '/';
  let stdout = '';
  let stderr = '';
  let output = '';
  const env = new Map(Object.entries(options.env ?? {}));
  const session: SessionHandle = {
    flavor: options.flavor ?? 'bash',
    cwd,
    previousCwd: null,
    env,
    exported: new Set(env.keys()),
    history: [],
    lastStatus: 0,
    exitRequested: null,
    commands: new Map([[command.name, command]]),
    run: async () => 0,
    subshell: () => session,
    clearScreen: () => {},
  };
  const exitCode = await command.run({
    name: command.name,
    args,
    fs,
    cwd,
    env,
    stdin: options.stdin ?? '',
    stdout: { write: (t) => ((stdout += t), (output += t)) },
    stderr: { write: (t) => ((stderr += t), (output += t)) },
    tty: options.tty ?? null,
    flavor: options.flavor ?? 'bash',
    identity,
    cancel: new CancelToken(),
    resolve: (p) => normalizePath(p.startsWith('/') ? p : `${cwd}/${p}`),
    now: () => options.now ?? EPOCH_2024,
    sleep: async () => {},
    pause: async () => {},
    session,
  });
  return { stdout, stderr, output, exitCode };
}
