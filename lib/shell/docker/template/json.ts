/**
 * Go's encoding/json for the value model: struct fields in declaration order (omitempty
 * honoured), map keys sorted, nil slices/maps/pointers as null. `escapeHTML` is false for the
 * CLI's `{{json}}` and for the daemon's responses (both SetEscapeHTML(false)); json.Marshal
 * (row contexts' MarshalJSON) escapes <, > and & as \u003c, \u003e, \u0026.
 */
import {
  GoMap,
  GoMethod,
  GoPtr,
  GoSlice,
  GoStringer,
  GoStruct,
  isEmptyValue,
  type GoValue,
} from './values';

export function marshal(v: GoValue, escapeHTML = false): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return quoteJSON(v, escapeHTML);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (v instanceof GoStringer) return v.jsonText;
  if (v instanceof GoPtr) return v.target === null ? 'null' : marshal(v.target, escapeHTML);
  if (v instanceof GoSlice)
    return v.items === null ? 'null' : `[${v.items.map((i) => marshal(i, escapeHTML)).join(',')}]`;
  if (v instanceof GoMap) {
    if (v.entries === null) return 'null';
    const parts = v
      .sortedKeys()
      .map((k) => `${quoteJSON(k, escapeHTML)}:${marshal(v.entries!.get(k), escapeHTML)}`);
    return `{${parts.join(',')}}`;
  }
  if (v instanceof GoStruct) {
    if (v.marshalJSON) return v.marshalJSON();
    const parts: string[] = [];
    for (const f of v.jsonFields()) {
      if (f.omitempty && isEmptyValue(f.value)) continue;
      if (f.value instanceof GoMethod) continue;
      parts.push(`${quoteJSON(f.json ?? f.name, escapeHTML)}:${marshal(f.value, escapeHTML)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return 'null';
}

/** A JSON string as Go writes it (control characters as \u00XX except \n \r \t \b \f). */
export function quoteJSON(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c === 0x2028 || c === 0x2029 || (escapeHTML && '<>&'.includes(ch)))
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * json.Indent / MarshalIndent with prefix "" and the given indent over compact JSON text:
 * `[]` and `{}` stay closed, `"key": value`.
 */
export function indentJSON(compact: string, indent = '    '): string {
  let out = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < compact.length; i++) {
    const ch = compact[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += compact[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      if (compact[i + 1] === close) {
        out += ch + close;
        i++;
      } else {
        depth++;
        out += `${ch}\n${indent.repeat(depth)}`;
      }
    } else if (ch === '}' || ch === ']') {
      depth--;
      out += `\n${indent.repeat(depth)}${ch}`;
    } else if (ch === ',') out += `,\n${indent.repeat(depth)}`;
    else if (ch === ':') out += ': ';
    else out += ch;
  }
  return out;
}
