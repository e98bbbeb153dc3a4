/** A small fmt.Sprintf: %v %s %d %q %t %x %%, with width, `-` and `0` flags. */
import { encodeUtf8 } from '../../../fs';
import { goQuote } from '../format/go-quote';
import { formatTop } from './print';
import type { GoValue } from './values';

export function goSprintf(format: string, args: readonly GoValue[]): string {
  let out = '';
  let argIndex = 0;
  const re = /%([-+# 0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g;
  let last = 0;
  for (let m = re.exec(format); m; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', width = '', precision, verb = 'v'] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argIndex++];
    let text = formatVerb(verb, arg);
    if (precision !== undefined && (verb === 's' || verb === 'v'))
      text = [...text].slice(0, Number(precision)).join('');
    const w = Number(width || 0);
    if (text.length < w) {
      const pad = (flags.includes('0') && !flags.includes('-') ? '0' : ' ').repeat(w - text.length);
      text = flags.includes('-') ? text + pad : pad + text;
    }
    out += text;
  }
  out += format.slice(last);
  if (argIndex < args.length)
    out += `%!(EXTRA ${args
      .slice(argIndex)
      .map(
        (a) =>
          `${typeof a === 'string' ? 'string' : typeof a === 'number' ? 'int' : 'bool'}=${formatTop(a)}`,
      )
      .join(', ')})`;
  return out;
}

function formatVerb(verb: string, arg: GoValue): string {
  switch (verb) {
    case 'd':
      return typeof arg === 'number' ? String(Math.trunc(arg)) : `%!d(${badType(arg)})`;
    case 'q':
      return typeof arg === 'string' ? goQuote(arg) : `%!q(${badType(arg)})`;
    case 't':
      return typeof arg === 'boolean' ? String(arg) : `%!t(${badType(arg)})`;
    case 'x':
      if (typeof arg === 'number') return arg.toString(16);
      if (typeof arg === 'string')
        return [...encodeUtf8(arg)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return `%!x(${badType(arg)})`;
    case 's':
    case 'v':
      return formatTop(arg);
    default:
      return `%!${verb}(${badType(arg)})`;
  }
}

function badType(arg: GoValue): string {
  const t =
    typeof arg === 'string'
      ? 'string'
      : typeof arg === 'number'
        ? 'int'
        : typeof arg === 'boolean'
          ? 'bool'
          : 'value';
  return `${t}=${formatTop(arg)}`;
}
