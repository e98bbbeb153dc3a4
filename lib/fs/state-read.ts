/**
 * Reading saved state (browser storage, a shared link, an imported file) never trusts it: every
 * value is checked while it is read, and anything unexpected becomes a StateError naming where.
 */

/** A saved state that cannot be restored: unknown format or version, or corrupt JSON. */
export class StateError extends Error {
  constructor(
    message: string,
    /** Where in the document, e.g. "engine.containers[2].state.status". */
    readonly at: string = '',
    /** format: not a saved state at all; version: saved by another version; corrupt: damaged. */
    readonly kind: 'format' | 'version' | 'corrupt' = 'corrupt',
  ) {
    super(at === '' ? message : `${message} (at ${at})`);
    this.name = 'StateError';
  }
}

export function fail(at: string, expected: string): never {
  throw new StateError(`corrupt state: expected ${expected}`, at);
}

export type Fields = Record<string, unknown>;

export function obj(v: unknown, at: string): Fields {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, 'an object');
  return v as Fields;
}

export function arr(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) fail(at, 'an array');
  return v;
}

export function str(v: unknown, at: string): string {
  if (typeof v !== 'string') fail(at, 'a string');
  return v;
}

export function bool(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') fail(at, 'a boolean');
  return v;
}

/** A finite number (times may be fractional on a real clock). */
export function num(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at, 'a number');
  return v;
}

export function int(v: unknown, at: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max)
    fail(at, `an integer in [${min}, ${max}]`);
  return v;
}

export function oneOf<T extends string>(v: unknown, at: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    fail(at, `one of ${values.join(', ')}`);
  return v as T;
}

export function strArr(v: unknown, at: string): string[] {
  return arr(v, at).map((s, i) => str(s, `${at}[${i}]`));
}

export function nullable<T>(v: unknown, at: string, read: (v: unknown, at: string) => T): T | null {
  return v === null ? null : read(v, at);
}

export function optional<T>(
  v: unknown,
  at: string,
  read: (v: unknown, at: string) => T,
): T | undefined {
  return v === undefined ? undefined : read(v, at);
}

/** A string → string map (labels, options); built without a prototype to read, so `__proto__` is a plain key. */
export function strRecord(v: unknown, at: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(obj(v, at)))
    Object.defineProperty(out, k, {
      value: str(value, `${at}.${k}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** `{ "80/tcp": {} }`-style sets (image Volumes, ExposedPorts). */
export function emptyRecord(v: unknown, at: string): Record<string, Record<string, never>> {
  const out: Record<string, Record<string, never>> = {};
  for (const [k, value] of Object.entries(obj(v, at))) {
    if (Object.keys(obj(value, `${at}.${k}`)).length > 0) fail(`${at}.${k}`, 'an empty object');
    Object.defineProperty(out, k, {
      value: {},
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** An absolute, normalised path ("/a/b", never "a", "/a/../b" or "/a/"). */
export function absPath(v: unknown, at: string): string {
  const path = str(v, at);
  const clean = path === '/' || (path.startsWith('/') && !/\/\.{0,2}(\/|$)/.test(path));
  if (!clean || path.includes('\0')) fail(at, 'an absolute, normalised path');
  return path;
}
