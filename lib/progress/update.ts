/**
 * Pure updates of a progress record. Each returns the same object when nothing changed, so a
 * caller can compare by identity and write only real changes.
 */
import type { ExerciseProgress, Progress } from './record';

/** The exercise's entry, or undefined (own entries only: `constructor` is not an exercise). */
export function exerciseProgress(progress: Progress, id: string): ExerciseProgress | undefined {
  return Object.hasOwn(progress.exercises, id) ? progress.exercises[id] : undefined;
}

/** Records one evaluation: goals met now are kept for good; `complete` marks the exercise done. */
export function withEvaluation(
  progress: Progress,
  id: string,
  met: readonly string[],
  complete: boolean,
): Progress {
  const before = exerciseProgress(progress, id);
  const known = new Set(before?.goals);
  const added = [...new Set(met)].filter((g) => !known.has(g));
  const completed = (before?.completed ?? false) || complete;
  if (added.length === 0 && completed === (before?.completed ?? false)) return progress;
  return put(progress, id, {
    ...entryOf(before),
    goals: [...(before?.goals ?? []), ...added],
    completed,
  });
}

/** Keeps the reader's confirmed answer to the exercise's prediction question. */
export function withPrediction(progress: Progress, id: string, choice: string): Progress {
  const before = exerciseProgress(progress, id);
  if (before?.prediction === choice) return progress;
  return put(progress, id, { ...entryOf(before), prediction: choice });
}

/**
 * Puts the wrong answers just made (`made`, in the order they were explained) at the head of
 * the exercise's list of mistakes, each once: the list reads newest first.
 */
export function withMistakes(progress: Progress, id: string, made: readonly string[]): Progress {
  const before = exerciseProgress(progress, id);
  const head = [...new Set(made)];
  const mistakes = [...head, ...(before?.mistakes ?? []).filter((m) => !head.includes(m))];
  if (head.length === 0 || sameList(mistakes, before?.mistakes ?? [])) return progress;
  return put(progress, id, { ...entryOf(before), mistakes });
}

/** Forgets one exercise: goals, completion, prediction and mistakes. */
export function withoutExercise(progress: Progress, id: string): Progress {
  if (!exerciseProgress(progress, id)) return progress;
  const exercises = { ...progress.exercises };
  delete exercises[id];
  return { ...progress, exercises };
}

function put(progress: Progress, id: string, entry: ExerciseProgress): Progress {
  const exercises = { ...progress.exercises };
  Object.defineProperty(exercises, id, { value: entry, enumerable: true, writable: true });
  return { ...progress, exercises };
}

function entryOf(before: ExerciseProgress | undefined): ExerciseProgress {
  return before ?? { goals: [], completed: false };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
