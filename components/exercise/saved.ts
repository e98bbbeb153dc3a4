/** What saved progress adds to an exercise's panel, next to what the machine meets now. */
import { exerciseProgress, type LoadedProgress } from '@/lib/progress';
import type { GoalItem } from './GoalList';

export interface SavedGoals {
  /** Goals reached on an earlier visit that the machine does not meet now. */
  past: Record<string, boolean>;
  completedBefore: boolean;
  /** How many goals were ever reached, when some of them are not met now (else 0). */
  metBefore: number;
  prediction: string | undefined;
  /** Wrong-answer ids made so far, newest first. */
  mistakes: readonly string[];
}

export function savedGoals(
  loaded: LoadedProgress | null,
  scenario: string,
  goals: readonly GoalItem[],
  metNow: Readonly<Record<string, boolean>>,
): SavedGoals {
  const entry = loaded ? exerciseProgress(loaded.progress, scenario) : undefined;
  const reached = goals.filter((g) => entry?.goals.includes(g.id));
  const past = Object.fromEntries(reached.filter((g) => !metNow[g.id]).map((g) => [g.id, true]));
  return {
    past,
    completedBefore: entry?.completed ?? false,
    metBefore: Object.keys(past).length > 0 ? reached.length : 0,
    prediction: entry?.prediction,
    mistakes: entry?.mistakes ?? [],
  };
}
