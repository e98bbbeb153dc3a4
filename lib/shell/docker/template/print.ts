/** Go's fmt %v for the value model, and text/template's printing of an action's result. */
import { GoMap, GoMethod, GoPtr, GoSlice, GoStringer, GoStruct, type GoValue } from './values';

/**
 * What `{{X}}` prints: an invalid value is `<no value>`, a pointer is dereferenced once
 * (`{{.State}}` prints `{running true ...}`, not `&{...}`), the rest is fmt.Sprint.
 */
export function printAction(v: GoValue): string {
  if (v === undefined) return '<no value>';
  if (v instanceof GoPtr) return v.target === null ? '<nil>' : formatV(v.target, 0);
  return formatV(v, 0);
}

/** fmt %v. Nested non-nil pointers print as an address, like Go (`map[bridge:0xc0000008c0]`). */
export function formatV(v: GoValue, depth: number): string {
  if (v === undefined || v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatNumber(v);
  if (v instanceof GoStringer) return v.text;
  if (v instanceof GoSlice)
    return `[${(v.items ?? []).map((i) => formatV(i, depth + 1)).join(' ')}]`;
  if (v instanceof GoMap)
    return `map[${v
      .sortedKeys()
      .map((k) => `${k}:${formatV(v.entries!.get(k), depth + 1)}`)
      .join(' ')}]`;
  if (v instanceof GoStruct)
    return `{${v.fields.map((f) => formatV(f.value, depth + 1)).join(' ')}}`;
  if (v instanceof GoPtr) {
    if (v.target === null) return '<nil>';
    return depth === 0 ? `&${formatV(v.target, 1)}` : fakeAddress(v);
  }
  if (v instanceof GoMethod) return fakeAddress(v);
  return String(v);
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  // %v of a float64 is %g: shortest representation, exponent for large/small magnitudes.
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  return String(n);
}

const addresses = new WeakMap<object, string>();
let nextAddress = 0xc000010000;

/** A stable, Go-looking heap address for a pointer printed inside a struct or map. */
function fakeAddress(p: object): string {
  let a = addresses.get(p);
  if (!a) {
    a = `0x${nextAddress.toString(16)}`;
    nextAddress += 0x1c0;
    addresses.set(p, a);
  }
  return a;
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: readonly GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatTop(a);
  });
  return out;
}

/** fmt.Sprintln: spaces between all operands, newline at the end. */
export function sprintln(args: readonly GoValue[]): string {
  return `${args.map(formatTop).join(' ')}\n`;
}

/** An operand passed to fmt: pointers to structs print `&{...}`. */
export function formatTop(v: GoValue): string {
  return formatV(v, 0);
}
