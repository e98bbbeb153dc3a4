/**
 * A playground's machine behind a terminal: a fresh machine (host bash in the book's repo,
 * the daemon with the book's images) whose interactive `docker exec -it` shells are handed to
 * the terminal driver. The browser passes real time; tests may pass any scheduler.
 */
import { realTimeScheduler, type Scheduler } from '../runtime';
import { createMachine, REPO, type Machine } from '../machine';
import { TerminalDriver, type CommandInfo, type TerminalIo } from './driver';

export interface PlaygroundTerminal {
  machine: Machine;
  driver: TerminalDriver;
}

export interface PlaygroundOptions {
  /** The exercise's first command, suggested (grey) at the first prompt, not typed. */
  suggestion?: string;
  /** The clock; real time from `setTimer` by default. */
  scheduler?: Scheduler;
  /** setTimeout (lib/ has no DOM: the browser passes its own). */
  setTimer: (fn: () => void, ms: number) => unknown;
  seed?: number;
  /** Called after every command line has finished (the layer view refreshes). */
  onCommandFinished?: (line: string, info: CommandInfo) => void;
}

export function createPlaygroundTerminal(
  io: TerminalIo,
  options: PlaygroundOptions,
): PlaygroundTerminal {
  let driver: TerminalDriver | null = null;
  const scheduler = options.scheduler ?? realTimeScheduler(options.setTimer, () => Date.now());
  const machine = createMachine({
    cwd: REPO,
    scheduler,
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
    docker: {
      attachShell: (session, mode) => driver!.attachShell(session, mode),
      readLine: (prompt) => driver!.readLine(prompt),
    },
  });
  driver = new TerminalDriver(machine.host, io, {
    suggestion: options.suggestion,
    onCommandFinished: options.onCommandFinished,
  });
  return { machine, driver };
}
