/**
 * Go values as the docker CLI's templates see them. JS primitives stand for Go's basic types
 * (string, bool, int); Go's composite types are explicit classes so printing (%v) and encoding
 * (encoding/json) are unambiguous: a nil slice prints `[]` but encodes `null`, a missing map key
 * prints `<no value>`, a nil pointer `<nil>`.
 *
 * `null` is a nil interface (`<nil>`); `undefined` is Go's invalid reflect.Value (`<no value>`).
 */

export type GoValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | GoStruct
  | GoMap
  | GoSlice
  | GoPtr
  | GoStringer
  | GoMethod;

export interface GoField {
  name: string;
  value: GoValue;
  /** encoding/json key; defaults to `name`. */
  json?: string;
  /** `json:",omitempty"`: skipped by json when empty (still printed by %v). */
  omitempty?: boolean;
  /** An embedded struct: its fields are promoted (lookup) and inlined (json). */
  embedded?: boolean;
}

/** A struct: fields in declaration order. `typeName` is what template errors call it. */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: readonly GoField[],
    /** A json.Marshaler (e.g. the CLI's list row contexts). */
    readonly marshalJSON?: () => string,
  ) {}

  /** A field by Go name, including fields promoted from embedded structs (or *structs). */
  field(name: string): GoField | undefined {
    const own = this.fields.find((f) => f.name === name && !f.embedded);
    if (own) return own;
    for (const f of this.fields) {
      const inner = f.embedded ? embeddedStruct(f.value) : null;
      const found = inner?.field(name);
      if (found) return found;
    }
    return undefined;
  }

  /** Fields as encoding/json sees them: embedded structs inlined. */
  jsonFields(): GoField[] {
    return this.fields.flatMap((f) => {
      const inner = f.embedded ? embeddedStruct(f.value) : null;
      return inner ? inner.jsonFields() : f.embedded ? [] : [f];
    });
  }
}

function embeddedStruct(v: GoValue): GoStruct | null {
  const target = v instanceof GoPtr ? v.target : v;
  return target instanceof GoStruct ? target : null;
}

/** map[string]T: `entries` null is a nil map; `zero` is T's zero value (what `index` returns). */
export class GoMap {
  constructor(
    readonly entries: ReadonlyMap<string, GoValue> | null,
    readonly zero: GoValue = undefined,
  ) {}

  sortedKeys(): string[] {
    return [...(this.entries?.keys() ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** []T: `items` null is a nil slice. */
export class GoSlice {
  constructor(readonly items: readonly GoValue[] | null) {}
}

/** *T: `target` null is a nil pointer. */
export class GoPtr {
  constructor(
    readonly typeName: string,
    readonly target: GoValue | null,
  ) {}
}

/** A value with a String() method (time.Time) and its own JSON form. */
export class GoStringer {
  constructor(
    readonly text: string,
    readonly jsonText: string,
  ) {}
}

/** A method on a template row context: `{{.Names}}`, `{{.Label "k"}}`. */
export class GoMethod {
  constructor(
    readonly call: (args: GoValue[]) => GoValue,
    /** Number of parameters (`Label` takes 1). */
    readonly arity = 0,
  ) {}
}

// ---- constructors --------------------------------------------------------------------------

export function struct(
  typeName: string,
  fields: Record<string, GoValue | [GoValue, 'omitempty']>,
): GoStruct {
  return new GoStruct(
    typeName,
    Object.entries(fields).map(([name, v]) =>
      Array.isArray(v) ? { name, value: v[0], omitempty: true } : { name, value: v },
    ),
  );
}

/** A []string, nil when `items` is null. */
export function strings(items: readonly string[] | null): GoSlice {
  return new GoSlice(items);
}

/** A map[string]T from a record, nil when `record` is null. */
export function goMap(
  record: Readonly<Record<string, GoValue>> | null,
  zero: GoValue = undefined,
): GoMap {
  return new GoMap(record ? new Map(Object.entries(record)) : null, zero);
}

/** struct{}{} — the value type of Config.Volumes / ExposedPorts. */
export const EMPTY_STRUCT = new GoStruct('struct {}', []);

/** map[string]struct{} from a set of keys (`map[/data:{}]`). */
export function goSet(keys: Readonly<Record<string, unknown>> | null): GoMap {
  return new GoMap(
    keys ? new Map(Object.keys(keys).map((k) => [k, EMPTY_STRUCT])) : null,
    EMPTY_STRUCT,
  );
}

export function ptr(typeName: string, target: GoValue | null): GoPtr {
  return new GoPtr(typeName, target);
}

/** The Go type name used in template errors (`can't evaluate field X in type T`). */
export function typeName(v: GoValue): string {
  if (v === null || v === undefined) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof GoPtr) return v.typeName;
  if (v instanceof GoMap) return 'map[string]interface {}';
  if (v instanceof GoSlice) return '[]interface {}';
  if (v instanceof GoStringer) return 'time.Time';
  return 'func';
}

/**
 * The daemon's raw JSON decoded into interface{} (what the CLI's inspect falls back to when the
 * typed template fails): structs become maps keyed by their JSON names, nil things become nil.
 */
export function toRaw(v: GoValue): GoValue {
  if (v instanceof GoPtr) return v.target === null ? null : toRaw(v.target);
  if (v instanceof GoStringer) return JSON.parse(v.jsonText) as string;
  if (v instanceof GoSlice) return v.items === null ? null : new GoSlice(v.items.map(toRaw));
  if (v instanceof GoMap) {
    if (v.entries === null) return null;
    return new GoMap(new Map([...v.entries].map(([k, e]) => [k, toRaw(e)])), undefined);
  }
  if (v instanceof GoStruct) {
    const entries = new Map<string, GoValue>();
    for (const f of v.jsonFields()) {
      if (f.omitempty && isEmptyValue(f.value)) continue;
      if (f.value instanceof GoMethod) continue;
      entries.set(f.json ?? f.name, toRaw(f.value));
    }
    return new GoMap(entries, undefined);
  }
  if (v instanceof GoMethod) return undefined;
  // json.Number (UseNumber): a string type, so `len` and `eq` treat it as text.
  if (typeof v === 'number') return String(v);
  return v;
}

/** encoding/json's isEmptyValue (for omitempty). */
export function isEmptyValue(v: GoValue): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (v instanceof GoSlice) return v.items === null || v.items.length === 0;
  if (v instanceof GoMap) return v.entries === null || v.entries.size === 0;
  if (v instanceof GoPtr) return v.target === null;
  return false;
}
