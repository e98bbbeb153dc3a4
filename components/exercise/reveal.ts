/**
 * Whether each playground's "predict, then run" outcome is there to see. The live checks
 * (GoalsLive, a lazy chunk below the terminal) decide it; the prediction card above the terminal
 * reads it. Both sit in one playground but load at different times, hence a tiny store.
 */
import { useSyncExternalStore } from 'react';

const revealed = new Map<string, boolean>();
const listeners = new Set<() => void>();

export function setRevealed(scenario: string, value: boolean): void {
  if ((revealed.get(scenario) ?? false) === value) return;
  revealed.set(scenario, value);
  for (const listener of listeners) listener();
}

export function useRevealed(scenario: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => revealed.get(scenario) ?? false,
    () => false,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
