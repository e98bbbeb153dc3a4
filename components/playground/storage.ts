/**
 * localStorage as a KeyValueStore (lib/playground's interface), or null where the browser
 * refuses it (private mode, blocked storage): the page goes on without saving.
 */
import type { KeyValueStore } from '@/lib/playground/store';

export function browserStore(): (KeyValueStore & { keys(): string[] }) | null {
  try {
    const ls = window.localStorage;
    return {
      get: (key) => ls.getItem(key),
      set: (key, value) => ls.setItem(key, value),
      remove: (key) => ls.removeItem(key),
      keys: () => Array.from({ length: ls.length }, (_, i) => ls.key(i) ?? ''),
    };
  } catch {
    return null;
  }
}
