/** Progress in a KeyValueStore (localStorage in the browser), where any call may throw. */
import type { KeyValueStore } from '../playground/store';
import { withoutExercise } from './update';
import {
  emptyProgress,
  parseProgress,
  PROGRESS_KEY,
  serializeProgress,
  type LoadedProgress,
  type Progress,
} from './record';

/** Never throws: unreadable storage reads as empty progress (nothing saved is not an error). */
export function loadProgress(store: KeyValueStore): LoadedProgress {
  let text: string | null;
  try {
    text = store.get(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), notice: null };
  }
  const loaded = parseProgress(text);
  // A record that cannot be used is replaced at once, so its notice is shown only once.
  if (loaded.notice) saveProgress(store, loaded.progress);
  return loaded;
}

/** False when the store refused (quota, private mode): the progress is simply not saved. */
export function saveProgress(store: KeyValueStore, progress: Progress): boolean {
  try {
    if (Object.keys(progress.exercises).length === 0) store.remove(PROGRESS_KEY);
    else store.set(PROGRESS_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

/** Forgets one exercise's progress; returns what is left. */
export function resetExercise(store: KeyValueStore, id: string): Progress {
  const { progress } = loadProgress(store);
  const next = withoutExercise(progress, id);
  if (next !== progress) saveProgress(store, next);
  return next;
}

/** Forgets every exercise's progress (the saved machines stay: see clearEverything). */
export function resetAll(store: KeyValueStore): boolean {
  return saveProgress(store, emptyProgress());
}

/**
 * Forgets everything the site keeps for the reader: the progress record and every key starting
 * with one of `prefixes` (the saved playground machines). `keys` lists the store's keys.
 */
export function clearEverything(
  store: KeyValueStore,
  keys: readonly string[],
  prefixes: readonly string[],
): boolean {
  let ok = true;
  for (const key of [PROGRESS_KEY, ...keys.filter((k) => prefixes.some((p) => k.startsWith(p)))]) {
    try {
      store.remove(key);
    } catch {
      ok = false;
    }
  }
  return ok;
}
