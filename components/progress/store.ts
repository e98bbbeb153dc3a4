/**
 * The reader's progress in this browser: the one place that reads, writes and clears it
 * (localStorage through lib/progress). Every part of the page (exercise panels, sidebar, home)
 * reads it through `useProgress`, which is null until hydration, so server and first client
 * render agree.
 *
 * This tab keeps the progress in memory too: a refused write (private mode, quota) only means
 * "not saved", and the page goes on as if it were.
 */
import { useSyncExternalStore } from 'react';
import {
  clearEverything,
  emptyProgress,
  loadProgress,
  saveProgress,
  withEvaluation,
  withMistakes,
  withoutExercise,
  withPrediction,
  PROGRESS_KEY,
  type LoadedProgress,
  type Progress,
} from '@/lib/progress';
import { browserStore } from '@/components/playground/storage';
import { SAVE_KEY_PREFIX } from '@/components/playground/events';

/** Dispatched on window after this tab changed the progress (detail: none). */
export const PROGRESS_EVENT = 'layerlab:progress';

let current: LoadedProgress | null = null;
const listeners = new Set<() => void>();

/** The progress as this tab knows it (stable until it changes, as useSyncExternalStore needs). */
export function progressSnapshot(): LoadedProgress {
  if (!current) {
    const store = browserStore();
    current = store ? loadProgress(store) : { progress: emptyProgress(), notice: null };
  }
  return current;
}

/** The progress for a component: null on the server and while hydrating, then this tab's. */
export function useProgress(): LoadedProgress | null {
  return useSyncExternalStore(subscribeProgress, progressSnapshot, serverSnapshot);
}

const serverSnapshot = () => null;

let dispatching = false;

function changed(next: LoadedProgress): void {
  current = next;
  notify();
  dispatching = true;
  try {
    window.dispatchEvent(new Event(PROGRESS_EVENT));
  } finally {
    dispatching = false;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

function update(change: (progress: Progress) => Progress): void {
  const before = progressSnapshot();
  const next = change(before.progress);
  if (next === before.progress) return;
  const store = browserStore();
  if (store) saveProgress(store, next);
  // The notice was about the record that has now been replaced.
  changed({ progress: next, notice: null });
}

/** Records an evaluation of the exercise's goals (writes only when something is new). */
export function recordEvaluation(scenario: string, met: readonly string[], complete: boolean) {
  update((p) => withEvaluation(p, scenario, met, complete));
}

export function recordPrediction(scenario: string, choice: string) {
  update((p) => withPrediction(p, scenario, choice));
}

/** Puts the wrong answers just made at the head of the exercise's list of mistakes. */
export function recordMistakes(scenario: string, made: readonly string[]) {
  update((p) => withMistakes(p, scenario, made));
}

export function resetExerciseProgress(scenario: string) {
  update((p) => withoutExercise(p, scenario));
}

/** "모두 지우기": the progress and every saved playground machine. */
export function clearAllProgress(): boolean {
  const store = browserStore();
  const ok = store ? clearEverything(store, store.keys(), [SAVE_KEY_PREFIX]) : true;
  changed({ progress: emptyProgress(), notice: null });
  return ok;
}

/**
 * For useSyncExternalStore: changes made here, other tabs' changes (the `storage` event) and
 * PROGRESS_EVENT from other code of this tab that wrote the key itself.
 */
export function subscribeProgress(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('storage', onStorage);
    window.addEventListener(PROGRESS_EVENT, onProgressEvent);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(PROGRESS_EVENT, onProgressEvent);
  };
}

function reread(): void {
  current = null;
  notify();
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key === PROGRESS_KEY) reread();
}

function onProgressEvent(): void {
  if (!dispatching) reread();
}
