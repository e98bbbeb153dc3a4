/**
 * Connects a line editor to the simulated shells: the host's bash and, while `docker exec -it`
 * runs, a container's sh stacked on top of it. Everything the terminal shows goes through
 * `io.write` (LF becomes CR LF, output streams as the command writes it); every key goes in
 * through `input`. No DOM: the browser component is a thin adapter around this.
 */
import {
  DETACH_KEYS,
  DETACHED,
  type AttachMode,
  type Session,
  type TerminalAnswer,
} from '../shell';
import { LineEditor, type EditorAction } from './line-editor';

export interface TerminalIo {
  write(data: string): void;
  columns(): number;
}

interface Attached {
  session: Session;
  /** Resolves `docker exec -it` (or `docker run -it`) with the shell's exit status. */
  done?: (code: number) => void;
  /** Ctrl-C reached this shell's running command. */
  interrupted?: boolean;
  /** No TTY (`-i` alone): the shell never prompts and tools see no terminal. */
  noTty?: boolean;
  /** Attached to a shell already waiting (`start -ai`, `attach`): its next prompt is not shown. */
  promptPending?: boolean;
}

const PROMPT_COLOR = '\x1b[32m';
const RESET = '\x1b[0m';

export const HOST_EXITED =
  '\r\n[호스트 셸이 끝났습니다. 아래의 되돌리기나 처음부터를 누르면 다시 시작합니다.]\r\n';

/** How a finished command line ran. */
export interface CommandInfo {
  /** 1: the host's shell; 2 and more: a container shell stacked on it (`docker exec -it`). */
  depth: number;
  /** The reader pressed Ctrl-C while it ran. */
  interrupted: boolean;
}

export interface DriverOptions {
  /** Shown grey after the first prompt, not typed (the exercise's first command): → takes it. */
  suggestion?: string;
  /** Called after every command line has finished, in any shell (the layer view refreshes). */
  onCommandFinished?: (line: string, info: CommandInfo) => void;
}

export class TerminalDriver {
  readonly editor: LineEditor;
  private readonly stack: Attached[];
  private atLineStart = true;
  private suggestion: string;
  private idle: Promise<void> = Promise.resolve();
  private retired = false;
  /** A Ctrl-P typed into a container shell, held to see whether Ctrl-Q (detach) follows. */
  private heldCtrlP = false;
  private prompted: (() => void)[] = [];
  /** A running command's own question (`[y/N]`) waits for the line typed next. */
  private question: ((answer: TerminalAnswer) => void) | null = null;
  private readonly onCommandFinished: (line: string, info: CommandInfo) => void;

  constructor(
    host: Session,
    private readonly io: TerminalIo,
    options: DriverOptions = {},
  ) {
    this.onCommandFinished = options.onCommandFinished ?? (() => {});
    this.stack = [{ session: host }];
    // As a learner's ~/.bashrc might: the book's folders make prompts of 50 columns otherwise.
    // A shell variable, not exported; `unset PROMPT_DIRTRIM` shows the whole path again.
    if (!host.shell.env.has('PROMPT_DIRTRIM')) host.shell.env.set('PROMPT_DIRTRIM', '2');
    this.suggestion = options.suggestion ?? '';
    this.editor = new LineEditor({
      columns: () => io.columns(),
      complete: (line, cursor) => this.session.complete(line, cursor),
      needsMore: (text) => !this.question && this.session.needsMore(text),
      history: () => this.session.history,
    });
    this.prepare(host);
  }

  /** The shell the keys go to now. */
  get session(): Session {
    return this.stack.at(-1)!.session;
  }

  /** Settles when the command started by the last Enter has finished (tests). */
  get settled(): Promise<void> {
    return this.idle;
  }

  start(): void {
    this.prompt();
  }

  /** How many shells are stacked (1: only the host's). */
  get depth(): number {
    return this.stack.length;
  }

  /** Settles at the next prompt, in whichever shell (a replay feeds one line at a time). */
  nextPrompt(): Promise<void> {
    return new Promise((resolve) => this.prompted.push(resolve));
  }

  /**
   * The machine behind this driver was replaced (undo, reset, import): interrupt what runs and
   * write nothing more to the terminal; a new driver takes over.
   */
  retire(): void {
    this.retired = true;
    for (const { session } of this.stack) session.cancel();
  }

  input(data: string): void {
    if (this.question && data.includes('\x03')) return this.answer({ end: 'interrupt' });
    const keys = this.stack.length > 1 ? this.detachKeys(data) : data;
    if (keys !== '') this.apply(this.editor.feed(keys));
  }

  /**
   * docker's detach keys while a container shell has the terminal: Ctrl-P then Ctrl-Q leaves it
   * running and gives the terminal back to the host. Ctrl-P waits for the next key; any other
   * key lets both through. Returns the keys for the shell.
   */
  private detachKeys(data: string): string {
    const keys = (this.heldCtrlP ? '\x10' : '') + data;
    this.heldCtrlP = false;
    const at = keys.indexOf(DETACH_KEYS);
    if (at >= 0) {
      if (at > 0) this.apply(this.editor.feed(keys.slice(0, at)));
      const entry = this.stack.pop()!;
      // recorded as a step of that shell, so a replay detaches at the same point
      this.onCommandFinished(DETACH_KEYS, { depth: this.stack.length + 1, interrupted: false });
      entry.done?.(DETACHED);
      return '';
    }
    if (!keys.endsWith('\x10')) return keys;
    this.heldCtrlP = true;
    return keys.slice(0, -1);
  }

  resize(): void {
    for (const { session, noTty } of this.stack) if (!noTty) session.columns = this.io.columns();
    this.apply(this.editor.resize());
  }

  /** For DockerEnv.attachShell: the keys go to `session` until it exits. */
  attachShell = (session: Session, mode: AttachMode = {}): Promise<number> =>
    new Promise((resolve) => {
      const noTty = mode.tty === false;
      this.prepare(session, noTty);
      this.stack.push({ session, done: resolve, noTty, promptPending: mode.resumed });
      this.prompt();
    });

  /**
   * For DockerEnv.readLine: `prompt` starts a line the reader types, as a program's question
   * does (docker's `[y/N]`), in the terminal's colours. Enter answers with the line; Ctrl-D on
   * an empty line ends the input; Ctrl-C interrupts the question (`^C` is echoed). The line is
   * neither run nor kept in the history.
   */
  readLine = (prompt: string): Promise<TerminalAnswer> =>
    new Promise((resolve) => {
      this.question = resolve;
      this.apply(this.editor.prompt(prompt));
      this.notifyPrompted();
    });

  private answer(answer: TerminalAnswer): void {
    const resolve = this.question!;
    this.question = null;
    if ('end' in answer && answer.end === 'interrupt') this.apply(this.editor.interruptLine());
    resolve(answer);
  }

  private prepare(session: Session, noTty = false): void {
    session.columns = noTty ? null : this.io.columns();
    session.onClear = () => {
      this.write('\x1b[H\x1b[2J\x1b[3J');
      this.atLineStart = true;
    };
  }

  private prompt(): void {
    if (!this.atLineStart) this.write('\r\n');
    const entry = this.stack.at(-1)!;
    const shown = !entry.noTty && !entry.promptPending;
    entry.promptPending = false;
    const text = shown ? `${PROMPT_COLOR}${this.session.prompt()}${RESET}` : '';
    const suggestion = this.suggestion;
    this.suggestion = '';
    this.apply(this.editor.prompt(text, '', suggestion));
    this.notifyPrompted();
  }

  /** Settles nextPrompt(): the keys go to a prompt again (a shell's or a command's question). */
  private notifyPrompted(): void {
    for (const resolve of this.prompted.splice(0)) resolve();
  }

  private apply(actions: EditorAction[]): void {
    for (const action of actions) {
      if (action.type === 'write') this.write(action.data);
      else if (action.type === 'interrupt') {
        this.stack.at(-1)!.interrupted = true;
        this.session.cancel();
      } else if (this.question)
        this.answer(action.type === 'submit' ? { line: action.line } : { end: 'eof' });
      else if (action.type === 'submit') this.idle = this.run(action.line);
      else this.idle = this.endOfFile();
    }
  }

  private write(data: string): void {
    if (data === '' || this.retired) return;
    this.io.write(data);
    this.atLineStart = data.endsWith('\n');
  }

  /** Program output: LF to CR LF, as a terminal's line discipline does. */
  private output(text: string): void {
    this.write(text.replace(/\r?\n/g, '\r\n'));
  }

  private async run(line: string): Promise<void> {
    const entry = this.stack.at(-1)!;
    const depth = this.stack.length;
    entry.interrupted = false;
    const out = { write: (text: string) => this.output(text) };
    try {
      await entry.session.run(line, { stdout: out, stderr: out });
    } catch (error) {
      this.output(`layerlab: 내부 오류: ${String(error)}\n`);
    }
    // retired, or detached from while the line ran: the terminal has moved on
    if (this.retired || !this.stack.includes(entry)) return;
    this.onCommandFinished(line, { depth, interrupted: entry.interrupted });
    this.afterCommand(entry);
  }

  private afterCommand(entry: Attached): void {
    const code = entry.session.exited;
    if (code === null) return this.prompt();
    if (entry.done) {
      this.stack.pop();
      entry.done(code);
      return;
    }
    this.write(HOST_EXITED);
  }

  /** Ctrl-D on an empty line: sh leaves (like `exit`); the host's bash ignores it. */
  private async endOfFile(): Promise<void> {
    if (this.stack.length > 1) return this.run('exit');
    this.write('\r\nUse "exit" to leave the shell.\r\n');
    this.prompt();
  }
}
