/**
 * A container's PID namespace, as far as `ps` shows it (docs/semantics.md#m36-processes-in-a-container):
 * its main process is PID 1; after a start the next PID handed out is 7, each `docker exec`
 * takes the next one and uses up six (runc's own helpers take the rest), and a process forked
 * inside takes the next one. Recorded on Docker 20.10 with runc 1.1
 * (lib/shell/docker/fixtures/identity-ps.cmds): `sh -c 'ps; ...'` forks ps as 7, two `docker
 * exec c ps` in a row are 7 and 13. Only the processes the simulation runs are counted: a
 * command that forks in a real shell without being modelled here (ls, cat) does not use a PID.
 */
import type { ProcessInfo, ProcessTable } from './process';

/** The first PID after PID 1 once the container has started. */
export const FIRST_PID_AFTER_START = 7;
/** PIDs one `docker exec` uses up: its process gets the first. */
export const PIDS_PER_EXEC = 6;

interface Entry {
  info: ProcessInfo;
  alive: () => boolean;
}

export interface ProcessHandle {
  readonly pid: number;
  /** The process has ended: it leaves the table. */
  end(): void;
  /** The process lives while `alive` says so (an interactive shell until it exits). */
  liveWhile(alive: () => boolean): void;
}

export class PidNamespace implements ProcessTable {
  private next = FIRST_PID_AFTER_START;
  private entries: Entry[] = [];

  /** A new namespace whose PID 1 runs `argv`, alive while `running` says so. */
  constructor(init: Omit<ProcessInfo, 'pid'>, running: () => boolean) {
    this.entries.push({ info: { ...init, pid: 1 }, alive: running });
  }

  /** A `docker exec` process joining the namespace. */
  exec(process: Omit<ProcessInfo, 'pid'>): ProcessHandle {
    const pid = this.next;
    this.next += PIDS_PER_EXEC;
    let ended = false;
    const entry: Entry = { info: { ...process, pid }, alive: () => !ended };
    // ended execs leave the table (PID 1 stays: its liveness is the container's)
    this.entries = [...this.entries.filter((e, i) => i === 0 || e.alive()), entry];
    return {
      pid,
      end: () => void (ended = true),
      liveWhile: (alive) => void (entry.alive = () => !ended && alive()),
    };
  }

  init(): ProcessHandle {
    const entry = this.entries[0]!;
    return {
      pid: 1,
      end: () => {},
      liveWhile: (alive) => void (entry.alive = alive),
    };
  }

  fork(): number {
    return this.next++;
  }

  list(): ProcessInfo[] {
    return this.entries
      .filter((e) => e.alive())
      .map((e) => e.info)
      .sort((a, b) => a.pid - b.pid);
  }
}
