/**
 * lib/progress — what the reader has achieved in the exercises, kept between page loads: for each
 * exercise the goals ever reached, whether all were met at once, the answer to its "predict,
 * then run" question and the known wrong answers made (newest first, so their explanations stay
 * readable). Pure: the browser passes its storage in (a KeyValueStore).
 *
 * Invariants: reading never throws and never half-loads a record: a corrupt, foreign or outdated
 * value reads as empty progress with a Korean notice. Progress only grows (a goal once reached
 * stays reached) until the reader resets an exercise or everything. Updates return the same
 * object when nothing changed, so callers write only real changes.
 */
export {
  emptyProgress,
  parseProgress,
  serializeProgress,
  PROGRESS_FORMAT,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  type ExerciseProgress,
  type LoadedProgress,
  type Progress,
} from './record';
export {
  withEvaluation,
  withMistakes,
  withoutExercise,
  withPrediction,
  exerciseProgress,
} from './update';
export { clearEverything, loadProgress, resetAll, resetExercise, saveProgress } from './storage';
export { completedCount } from './summary';
