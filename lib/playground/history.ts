/** Undo and the timeline: a snapshot of the machine before every command, newest last. */
import type { SandboxState } from '../shell/sandbox-state';

export const MAX_UNDO = 20;
/** Keeps the undo stack's JSON under this many characters (a few MB at most in memory). */
export const MAX_UNDO_CHARS = 4_000_000;

export interface HistoryEntry {
  line: string;
  /** JSON of the machine before `line` ran. */
  before: string;
}

export class PlaygroundHistory {
  private entries: HistoryEntry[] = [];
  private readonly lines: string[];

  constructor(timeline: readonly string[] = []) {
    this.lines = [...timeline];
  }

  /** Every command run, oldest first (undone ones removed). */
  get timeline(): readonly string[] {
    return this.lines;
  }

  get canUndo(): boolean {
    return this.entries.length > 0;
  }

  /** Call with the machine's state taken just before `line` runs. */
  record(line: string, before: SandboxState): void {
    this.entries.push({ line, before: JSON.stringify(before) });
    this.lines.push(line);
    let chars = this.entries.reduce((n, e) => n + e.before.length, 0);
    while (this.entries.length > MAX_UNDO || (chars > MAX_UNDO_CHARS && this.entries.length > 1)) {
      chars -= this.entries.shift()!.before.length;
    }
  }

  /** The state to restore to undo the last command, or null when there is nothing to undo. */
  undo(): { line: string; state: SandboxState } | null {
    const entry = this.entries.pop();
    if (!entry) return null;
    this.lines.pop();
    return { line: entry.line, state: JSON.parse(entry.before) as SandboxState };
  }

  clear(): void {
    this.entries = [];
    this.lines.length = 0;
  }
}
