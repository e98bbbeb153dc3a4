/**
 * A container whose main process is an interactive shell (`docker run -it … sh`, `-dit`, or such a
 * container started again) keeps that shell waiting for input on its console, as a real shell
 * waits on its TTY or open stdin. The terminal attaches to it (`docker run -it`, `start -ai`,
 * `attach`); the container runs until the shell exits.
 */
import type { ProcessSpec } from '../engine';
import type { Session } from './session';

/** How the terminal shows an attached shell. */
export interface AttachMode {
  /** The shell has a TTY: it prompts and tools see a terminal. Without one (`-i` alone) it does not. */
  tty?: boolean;
  /** The shell was already waiting: its prompt went out before anyone watched, so none shows. */
  resumed?: boolean;
}

/** docker's default detach keys: Ctrl-P then Ctrl-Q. */
export const DETACH_KEYS = '\x10\x11';

/** What attachShell resolves with when the learner detached (the shell goes on running). */
export const DETACHED = -1;

/** The interactive shell a running container's main process is. */
export interface ContainerConsole {
  readonly session: Session;
  readonly tty: boolean;
  /** Ends the main process (and so the container) with the shell's exit status. */
  exit(code: number): void;
}

/** `sh`, `/bin/sh`, `ash`, `bash` … with no script: a shell that reads commands from its input. */
export function isInteractiveShell(argv: readonly string[]): boolean {
  const [first, ...rest] = argv;
  if (first === undefined || !/^(?:(?:\/usr)?\/bin\/)?(?:sh|ash|bash)$/.test(first)) return false;
  return rest.every((a) => a === '-i' || a === '-l' || a === '--login');
}

/** The waiting shells by container ID, one per machine. */
export class Consoles {
  private readonly byContainer = new Map<string, ContainerConsole>();

  get(containerId: string): ContainerConsole | undefined {
    return this.byContainer.get(containerId);
  }

  /** Runs `session` as the main process described by `spec`: it ends when the shell exits. */
  hold(spec: ProcessSpec, session: Session): Promise<number> {
    const id = spec.containerId ?? '';
    return new Promise((resolve) => {
      const entry: ContainerConsole = {
        session,
        tty: Boolean(spec.tty),
        exit: (code) => {
          if (this.byContainer.get(id) === entry) this.byContainer.delete(id);
          resolve(code);
        },
      };
      this.byContainer.set(id, entry);
      // killed (docker kill, rm -f, stop's timeout): the engine has already ended the process
      spec.cancel.onCancel(() => entry.exit(137));
    });
  }
}
