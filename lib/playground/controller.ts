/**
 * A playground's machine over its lifetime: it starts from a share link, a saved state or the
 * exercise's start; every host command and editor save becomes an undo unit and is saved; undo,
 * reset and import replace the machine and hand the terminal to a new driver. Pure: the browser
 * passes its storage, its timers and the terminal's output.
 */
import { realTimeScheduler } from '../runtime';
import { machineStamp } from '../layers';
import { startExercise, type Scenario } from '../exercises';
import {
  REPO,
  writeAsLearner,
  createMachine,
  type Machine,
  restoreMachine,
  snapshot,
  type MachineState,
} from '../machine';
import { TerminalDriver, type CommandInfo, type TerminalIo } from '../terminal';

import { PlaygroundHistory } from './history';
import { readSaved, writeSaved } from './saved';
import { encodeShare, type SharedSession } from './share';
import { isEdit, lineStep, type Step } from './steps';
import type { KeyValueStore } from './store';
import { SaveWriter, type IdleScheduler } from './save-writer';
import { importNotice, NOTICE_IMPORT_FAILED, NOTICE_RESTORE_FAILED, terminalNote } from './notices';

export interface ControllerOptions {
  /** The save key's and share link's name for this playground. */
  id: string;
  /** The exercise; none: the free machine. */
  scenario?: Scenario;
  io: TerminalIo;
  /** Browser storage; none: nothing survives a reload. */
  store?: KeyValueStore;
  /** Key in `store`. */
  storeKey?: string;
  /**
   * Runs a save when the browser is idle (requestIdleCallback in the page); none: every save is
   * written at once. The page calls flushSave() when it is hidden or left.
   */
  idle?: IdleScheduler;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  now?(): number;
  /** Suggested (grey, not typed) at the first prompt of a fresh start. */
  suggestion?: string;
  /**
   * Input holding Enter is about to reach the shell (typed, pasted or run from a code block):
   * the editor saves its unsaved files here, so the line reads what the learner sees.
   */
  beforeEnter?(): void;
  /** The first seed when nothing is restored (random by default). */
  seed?: number;
}

/** What changed the playground: a finished line, an editor save, a new machine, or work no command made. */
export type Change =
  | { kind: 'command'; line: string }
  | { kind: 'edit'; path: string }
  | { kind: 'machine'; reason: 'start' | 'reset' | 'undo' | 'import' | 'share' | 'restore' }
  | { kind: 'background' };

/**
 * What the page draws from (`useSyncExternalStore`): a new object after every change, the same
 * object in between. The machine is replaced on undo, reset and import.
 */
export interface PlaygroundSnapshot {
  readonly machine: Machine;
  /** Grows by one with every change. */
  readonly version: number;
  readonly change: Change;
}

/** How long background work may go unnoticed (an app answering, a container exiting). */
export const BACKGROUND_CHECK_MS = 250;

export type StartSource = { share: SharedSession } | null;

export class PlaygroundController {
  driver!: TerminalDriver;
  history = new PlaygroundHistory();
  seed: number;
  /** Why the saved state was not used (shown once, in Korean), or null. */
  notice: string | null = null;
  /** Steps since the last host prompt (a `docker exec -it` session's lines). */
  private unit: Step[] = [];
  /**
   * The machine at the last host prompt, as stored JSON: the next unit's "before". Taken at the
   * prompt (undo must get that machine back exactly, whatever runs next), saved on idle.
   */
  private current!: string;
  private readonly saver: SaveWriter;
  private replaying = false;
  private listeners = new Set<() => void>();
  private snap!: PlaygroundSnapshot;
  /** machineStamp at the last change: background work is a different stamp. */
  private stamp = 0;
  private checkPending = false;
  private enterHooks = new Set<() => void>();

  private constructor(private readonly options: ControllerOptions) {
    this.seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
    this.saver = new SaveWriter(options.store, this.key, options.idle);
  }

  /** Starts from a share link when given, else the saved state, else the exercise's start. */
  static async start(options: ControllerOptions, source: StartSource = null) {
    const c = new PlaygroundController(options);
    if (source) {
      c.seed = source.share.seed;
      await c.adopt(await c.fresh(), null, '');
      await c.replay(source.share.steps);
      c.emit({ kind: 'machine', reason: 'share' });
      return c;
    }
    const text = options.store?.get(c.key) ?? null;
    const saved = readSaved(text, options.id);
    if (saved && 'saved' in saved) {
      try {
        const machine = c.restore(saved.saved.state);
        c.saver.found(text!);
        c.seed = saved.saved.seed;
        c.history = new PlaygroundHistory(saved.saved.timeline);
        await c.adopt(machine, terminalNote.restored(saved.saved.timeline.length), '');
        return c;
      } catch {
        c.notice = NOTICE_RESTORE_FAILED;
      }
    } else if (saved) c.notice = saved.notice;
    if (c.notice) c.saver.remove();
    await c.adopt(await c.fresh(), null, options.suggestion ?? '');
    return c;
  }

  /** Calls `listener` after every change; returns the unsubscribe (for useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlaygroundSnapshot => this.snap;

  /**
   * Runs `hook` just before input holding Enter reaches the shell (typed, pasted or run from a
   * code block): the editor saves its unsaved files there. Returns the removal.
   */
  onBeforeEnter(hook: () => void): () => void {
    this.enterHooks.add(hook);
    return () => this.enterHooks.delete(hook);
  }

  get machine(): Machine {
    return this.snap.machine;
  }

  /**
   * Something may have changed the machine without a command (the browser pane asked an app,
   * a timer ran in a container): it is looked at shortly, and a change is announced if there is one.
   */
  activity(): void {
    if (this.checkPending) return;
    this.checkPending = true;
    this.options.setTimer(() => {
      this.checkPending = false;
      if (machineStamp(this.machine.engine) !== this.stamp) this.emit({ kind: 'background' });
    }, BACKGROUND_CHECK_MS);
  }

  get key(): string {
    return this.options.storeKey ?? `layerlab:playground:${this.options.id}`;
  }

  get timeline(): readonly Step[] {
    return this.history.timeline;
  }

  /** A command is running or a container shell is open: undo waits for the host prompt. */
  get busy(): boolean {
    return this.replaying || this.driver.depth > 1 || this.driver.editor.mode === 'running';
  }

  input(data: string): void {
    if (this.replaying) return;
    if (/[\r\n]/.test(data)) {
      this.options.beforeEnter?.();
      for (const hook of [...this.enterHooks]) hook();
    }
    this.driver.input(data);
  }

  /** Back to the exercise's start (a new seed, nothing saved). */
  async reset(): Promise<void> {
    this.seed = Math.floor(Math.random() * 2 ** 31);
    this.history = new PlaygroundHistory();
    this.saver.remove();
    await this.adopt(await this.fresh(), terminalNote.reset, this.options.suggestion ?? '');
    this.emit({ kind: 'machine', reason: 'reset' });
  }

  /** Undoes the last host command (or editor save); false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    if (this.busy) return false;
    const undone = this.history.undo();
    if (!undone) return false;
    await this.adopt(this.restore(undone.state), terminalNote.undone(undone.steps), '');
    this.saver.now(this.savedText());
    this.emit({ kind: 'machine', reason: 'undo' });
    return true;
  }

  /**
   * Writes a file as the editor does (as the learner, folders created), then records it: a
   * share link's replay. A write the learner may not make is skipped, as the editor refused it.
   */
  edit(path: string, content: string): void {
    try {
      writeAsLearner(this.machine.engine.host, path, content);
    } catch {
      return;
    }
    this.edited(path, content);
  }

  /** The editor has written a file into the host filesystem: one undo unit, saved. */
  edited(path: string, content: string): void {
    this.commit([{ edit: path, content }]);
    this.emit({ kind: 'edit', path });
  }

  /** The saved playground as a file's text (export). */
  exportText(): string {
    return writeSaved(this.options.id, this.seed, this.timeline, snapshot(this.machine));
  }

  /** Loads an exported file; a Korean notice when it cannot be used (the machine stays). */
  async importText(text: string): Promise<string | null> {
    const read = readSaved(text, this.options.id);
    if (!read) return NOTICE_IMPORT_FAILED;
    if ('notice' in read) return importNotice(read.notice);
    let machine: Machine;
    try {
      machine = this.restore(read.saved.state);
    } catch {
      return NOTICE_IMPORT_FAILED;
    }
    this.seed = read.saved.seed;
    this.history = new PlaygroundHistory(read.saved.timeline);
    await this.adopt(machine, terminalNote.imported, '');
    this.saver.now(this.savedText());
    this.emit({ kind: 'machine', reason: 'import' });
    return null;
  }

  /** A save waiting for idle is written now (the page is hidden, reloaded or left). */
  flushSave(): void {
    this.saver.flush();
  }

  /** A save is waiting for idle. */
  get savePending(): boolean {
    return this.saver.pending;
  }

  /** The fragment (without '#') of a link that replays this playground's steps. */
  shareFragment(): string {
    return encodeShare(this.shared());
  }

  /** What a share link carries: the exercise, its seed and the steps so far. */
  shared(): SharedSession {
    return { scenario: this.options.id, seed: this.seed, steps: [...this.timeline] };
  }

  private async fresh(): Promise<Machine> {
    const docker = { attachShell: this.attachShell, readLine: this.readLine };
    const scheduler = this.scheduler();
    if (!this.options.scenario)
      return createMachine({ cwd: REPO, scheduler, seed: this.seed, docker });
    return startExercise(this.options.scenario, this.seed, { scheduler, docker });
  }

  private restore(state: MachineState): Machine {
    return restoreMachine(state, {
      scheduler: this.scheduler(),
      docker: { attachShell: this.attachShell, readLine: this.readLine },
    });
  }

  /** Real time; every timer that fires may be a container's work, so it counts as activity. */
  private scheduler() {
    const now = this.options.now ?? (() => Date.now());
    const setTimer = (fn: () => void, ms: number) =>
      this.options.setTimer(() => {
        fn();
        this.activity();
      }, ms);
    return realTimeScheduler(setTimer, now, this.options.clearTimer);
  }

  /** A new snapshot for the page; listeners are told. */
  private emit(change: Change): void {
    this.setSnapshot(this.machine, change);
    for (const listener of [...this.listeners]) listener();
  }

  private setSnapshot(machine: Machine, change: Change): void {
    this.snap = { machine, version: (this.snap?.version ?? 0) + 1, change };
    this.stamp = machineStamp(machine.engine);
  }

  private attachShell: TerminalDriver['attachShell'] = (session, mode) =>
    this.driver.attachShell(session, mode);

  private readLine: TerminalDriver['readLine'] = (prompt) => this.driver.readLine(prompt);

  /** Hands the terminal to a new driver on `machine`, after a note about what happened. */
  private async adopt(machine: Machine, note: string | null, suggestion: string): Promise<void> {
    this.driver?.retire();
    await machine.internals.ready;
    this.setSnapshot(machine, { kind: 'machine', reason: 'start' });
    this.current = JSON.stringify(snapshot(machine));
    this.unit = [];
    if (note) this.options.io.write(note);
    this.driver = new TerminalDriver(machine.host, this.options.io, {
      suggestion,
      onCommandFinished: (line, info) => this.finished(line, info),
    });
    this.driver.start();
  }

  private finished(line: string, info: CommandInfo): void {
    const step = lineStep(line, info.depth, info.interrupted);
    // A host line that attached a container shell (`docker run -it … sh`) finishes after the
    // lines typed into that shell, but it was typed before them, and a replay must type it first.
    if (info.depth === 1) this.unit.unshift(step);
    else this.unit.push(step);
    if (info.depth === 1) this.commit([]);
    this.emit({ kind: 'command', line });
  }

  /** Closes the current unit (plus `extra` steps) at the host prompt and saves. */
  private commit(extra: Step[]): void {
    const steps = [...this.unit, ...extra];
    this.unit = [];
    this.history.record(steps, this.current);
    this.current = JSON.stringify(snapshot(this.machine));
    this.saver.later(() => this.savedText());
  }

  /** The stored text of the machine at the last prompt (its JSON is the undo stack's: built once). */
  private savedText(): string {
    return writeSaved(this.options.id, this.seed, this.timeline, this.current);
  }

  /** Plays steps through the terminal as if typed (a share link), one prompt at a time. */
  private async replay(steps: readonly Step[]): Promise<void> {
    this.replaying = true;
    try {
      for (const step of steps) {
        if (isEdit(step)) {
          this.edit(step.edit, step.content);
          continue;
        }
        const prompt = this.driver.nextPrompt();
        this.driver.input(`\x15${step.line.replace(/\n/g, '\r')}\r`);
        if (step.interrupted) {
          await new Promise((resolve) => this.options.setTimer(() => resolve(undefined), 300));
          this.driver.input('\x03');
        }
        await prompt;
      }
    } finally {
      this.replaying = false;
    }
  }
}
