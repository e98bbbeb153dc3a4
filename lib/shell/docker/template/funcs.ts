/**
 * The template functions the docker CLI registers: Go's builtins (and, or, not, len, index,
 * print, printf, println, eq, ne, lt, le, gt, ge) plus docker's (json, split, join, title,
 * lower, upper, pad, truncate).
 */
import { marshal } from './json';
import { goSprintf } from './printf';
import { sprint, sprintln } from './print';
import { GoMap, GoPtr, GoSlice, typeName, type GoValue } from './values';

/** Thrown by a function; the executor reports it as `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

/** Thrown for misuse the executor reports as is (arity). */
export class ArgCountError extends Error {}

type Fn = (args: GoValue[]) => GoValue;

function arity(name: string, n: number, fn: Fn): Fn {
  return (args) => {
    if (args.length !== n)
      throw new ArgCountError(`wrong number of args for ${name}: want ${n} got ${args.length}`);
    return fn(args);
  };
}

function str(v: GoValue): string {
  return typeof v === 'string' ? v : sprint([v]);
}

export function isTrue(v: GoValue): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof GoSlice) return (v.items?.length ?? 0) > 0;
  if (v instanceof GoMap) return (v.entries?.size ?? 0) > 0;
  if (v instanceof GoPtr) return v.target !== null;
  return true;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function index(args: GoValue[]): GoValue {
  if (args.length === 0)
    throw new ArgCountError('wrong number of args for index: want at least 1 got 0');
  let item = args[0];
  for (const key of args.slice(1)) {
    if (item instanceof GoPtr) item = item.target;
    if (item instanceof GoMap) {
      if (typeof key !== 'string')
        throw new FuncError(`value has type ${typeName(key)}; should be string`);
      item = item.entries?.has(key) ? item.entries.get(key) : item.zero;
    } else if (item instanceof GoSlice || typeof item === 'string') {
      if (typeof key !== 'number' || !Number.isInteger(key))
        throw new FuncError(`cannot index slice/array with type ${typeName(key)}`);
      const len = typeof item === 'string' ? item.length : (item.items?.length ?? 0);
      if (key < 0 || key >= len) throw new FuncError(`index out of range: ${key}`);
      item = typeof item === 'string' ? item.charCodeAt(key) : item.items![key];
    } else if (item === null || item === undefined) throw new FuncError('index of untyped nil');
    else throw new FuncError(`can't index item of type ${typeName(item)}`);
  }
  return item;
}

function basicKind(v: GoValue): string {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string' || typeof v === 'boolean') return typeof v;
  if (v === null || v === undefined) return 'nil';
  throw new FuncError('invalid type for comparison');
}

function compare(op: string): Fn {
  return (args) => {
    if (args.length < 2)
      throw new ArgCountError(`wrong number of args for ${op}: want 2 got ${args.length}`);
    const [a, ...rest] = args;
    if (op === 'eq')
      return rest.some((b) => {
        if (basicKind(a) !== basicKind(b)) throw new FuncError('incompatible types for comparison');
        return a === b;
      });
    const b = rest[0];
    if (rest.length > 1)
      throw new ArgCountError(`wrong number of args for ${op}: want 2 got ${args.length}`);
    if (basicKind(a) !== basicKind(b)) throw new FuncError('incompatible types for comparison');
    if (op === 'ne') return a !== b;
    if (typeof a === 'boolean' || a === null || a === undefined)
      throw new FuncError('invalid type for comparison');
    const x = a as string | number;
    const y = b as string | number;
    return op === 'lt' ? x < y : op === 'le' ? x <= y : op === 'gt' ? x > y : x >= y;
  };
}

const FUNCS: Record<string, Fn> = {
  and: (args) => {
    if (args.length === 0)
      throw new ArgCountError('wrong number of args for and: want at least 1 got 0');
    for (const a of args) if (!isTrue(a)) return a;
    return args[args.length - 1];
  },
  or: (args) => {
    if (args.length === 0)
      throw new ArgCountError('wrong number of args for or: want at least 1 got 0');
    for (const a of args) if (isTrue(a)) return a;
    return args[args.length - 1];
  },
  not: arity('not', 1, ([a]) => !isTrue(a)),
  len: arity('len', 1, ([a]) => {
    const v = a instanceof GoPtr ? a.target : a;
    if (typeof v === 'string') return utf8Length(v);
    if (v instanceof GoSlice) return v.items?.length ?? 0;
    if (v instanceof GoMap) return v.entries?.size ?? 0;
    throw new FuncError(`len of type ${typeName(v)}`);
  }),
  index,
  print: (args) => sprint(args),
  println: (args) => sprintln(args),
  printf: (args) => {
    if (typeof args[0] !== 'string')
      throw new FuncError('wrong type for value; expected string; got ' + typeName(args[0]));
    return goSprintf(args[0], args.slice(1));
  },
  eq: compare('eq'),
  ne: compare('ne'),
  lt: compare('lt'),
  le: compare('le'),
  gt: compare('gt'),
  ge: compare('ge'),
  json: arity('json', 1, ([a]) => marshal(a, false).trim()),
  split: arity('split', 2, ([s, sep]) => new GoSlice(splitGo(str(s), str(sep)))),
  join: arity('join', 2, ([list, sep]) => {
    const items = list instanceof GoSlice ? (list.items ?? []) : [];
    return items.map(str).join(str(sep));
  }),
  title: arity('title', 1, ([s]) =>
    str(s).replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
  ),
  lower: arity('lower', 1, ([s]) => str(s).toLowerCase()),
  upper: arity('upper', 1, ([s]) => str(s).toUpperCase()),
  pad: arity(
    'pad',
    3,
    ([s, before, after]) => ' '.repeat(Number(before)) + str(s) + ' '.repeat(Number(after)),
  ),
  truncate: arity('truncate', 2, ([s, n]) => {
    const chars = [...str(s)];
    return chars.length > Number(n) ? chars.slice(0, Number(n)).join('') : str(s);
  }),
};

/** strings.Split: an empty separator splits into characters. */
function splitGo(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}

/** Parameters declared `string` in Go (the executor checks them like reflect.Call would). */
export const STRING_PARAMS: Readonly<Record<string, readonly number[]>> = {
  upper: [0],
  lower: [0],
  title: [0],
  split: [0, 1],
  join: [1],
  pad: [0],
  truncate: [0],
  printf: [0],
};

export const FUNC_NAMES: ReadonlySet<string> = new Set(Object.keys(FUNCS));

export function lookupFunc(name: string): Fn | undefined {
  return FUNCS[name];
}
