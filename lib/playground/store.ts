/** Where playgrounds are saved: localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
  get(key: string): string | null;
  /** May throw (quota exceeded, private mode): callers treat a failed save as "not saved". */
  set(key: string, value: string): void;
  remove(key: string): void;
}
