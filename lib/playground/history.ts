/**
 * Undo and the timeline. Undo works a host command at a time: a `docker exec -it` session with
 * everything typed inside it is one unit, like an editor save. Each unit keeps the machine's
 * state from before it, newest last.
 */
import type { MachineState } from '../machine';
import type { Step } from './steps';

export const MAX_UNDO = 20;
/** Keeps the undo stack's JSON under this many characters (a few MB at most in memory). */
export const MAX_UNDO_CHARS = 4_000_000;

interface Unit {
  /** How many steps of the timeline the unit holds (its last ones). */
  steps: number;
  /** JSON of the machine before the unit. */
  before: string;
}

export class PlaygroundHistory {
  private units: Unit[] = [];
  private readonly steps: Step[];

  constructor(timeline: readonly Step[] = []) {
    this.steps = [...timeline];
  }

  /** Every step taken, oldest first (undone ones removed). */
  get timeline(): readonly Step[] {
    return this.steps;
  }

  get canUndo(): boolean {
    return this.units.length > 0;
  }

  /**
   * Call once a unit has finished, with the machine's state from just before it began (as
   * stored JSON when the caller already has it).
   */
  record(steps: readonly Step[], before: MachineState | string): void {
    if (steps.length === 0) return;
    const json = typeof before === 'string' ? before : JSON.stringify(before);
    this.units.push({ steps: steps.length, before: json });
    this.steps.push(...steps);
    let chars = this.units.reduce((n, u) => n + u.before.length, 0);
    while (this.units.length > MAX_UNDO || (chars > MAX_UNDO_CHARS && this.units.length > 1)) {
      chars -= this.units.shift()!.before.length;
    }
  }

  /** The state to restore to undo the last unit (and its steps), or null when there is none. */
  undo(): { steps: Step[]; state: MachineState } | null {
    const unit = this.units.pop();
    if (!unit) return null;
    const steps = this.steps.splice(this.steps.length - unit.steps, unit.steps);
    return { steps, state: JSON.parse(unit.before) as MachineState };
  }
}
