/** The stored form of the reader's progress: versioned, validated on every read. */

/** The localStorage key (one record for every exercise). */
export const PROGRESS_KEY = 'layerlab:progress';
export const PROGRESS_FORMAT = 'layerlab-progress';
export const PROGRESS_VERSION = 1;

export interface ExerciseProgress {
  /** Goal ids ever met, in the order they were first met. */
  goals: string[];
  /** All goals were met at the same time at least once. */
  completed: boolean;
  /** The choice confirmed for the exercise's "predict, then run" question. */
  prediction?: string;
  /** Ids of the known wrong answers the reader has made, the most recent first. */
  mistakes?: string[];
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** Scenario id → progress; an exercise never touched has no entry. */
  exercises: Record<string, ExerciseProgress>;
}

export interface LoadedProgress {
  progress: Progress;
  /** Korean: why saved progress was dropped (corrupt or outdated), or null. */
  notice: string | null;
}

export const NOTICE_CORRUPT = '저장된 실습 진행 상황을 읽을 수 없어 처음부터 다시 기록합니다.';
export const NOTICE_VERSION =
  '레이어랩이 바뀌어 예전에 저장한 실습 진행 상황을 쓸 수 없습니다. 처음부터 다시 기록합니다.';

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exercises: {} };
}

/** Parses and checks a stored record; nothing stored reads as empty without a notice. */
export function parseProgress(text: string | null | undefined): LoadedProgress {
  if (text === null || text === undefined || text === '') return fresh(null);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fresh(NOTICE_CORRUPT);
  }
  if (!isObject(value) || value.format !== PROGRESS_FORMAT) return fresh(NOTICE_CORRUPT);
  if (value.version !== PROGRESS_VERSION) return fresh(NOTICE_VERSION);
  if (!isObject(value.exercises)) return fresh(NOTICE_CORRUPT);
  const exercises: Record<string, ExerciseProgress> = {};
  for (const [id, entry] of Object.entries(value.exercises)) {
    const exercise = readExercise(entry);
    if (!exercise) return fresh(NOTICE_CORRUPT);
    // defineProperty: an id such as `__proto__` stays a plain entry.
    Object.defineProperty(exercises, id, { value: exercise, enumerable: true, writable: true });
  }
  return { progress: { ...emptyProgress(), exercises }, notice: null };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

function readExercise(entry: unknown): ExerciseProgress | null {
  if (!isObject(entry)) return null;
  const { goals, completed, prediction, mistakes } = entry;
  if (!isStringList(goals)) return null;
  if (typeof completed !== 'boolean') return null;
  if (prediction !== undefined && typeof prediction !== 'string') return null;
  if (mistakes !== undefined && !isStringList(mistakes)) return null;
  const exercise: ExerciseProgress = { goals: [...new Set(goals)], completed };
  if (prediction !== undefined) exercise.prediction = prediction;
  if (mistakes !== undefined && mistakes.length > 0) exercise.mistakes = [...new Set(mistakes)];
  return exercise;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function fresh(notice: string | null): LoadedProgress {
  return { progress: emptyProgress(), notice };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
