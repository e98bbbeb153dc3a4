/**
 * read [-r] [-p prompt] [-a array] [-n count] [-d delim] [-s] [-t secs] [name ...]: one line of
 * standard input, split on IFS into the names (the last takes the rest). Status 1 at end of input.
 */
import { splitInto } from '../../expand';
import type { Shell } from '../../shell';
import { complain, type InterpreterBuiltin } from './types';

const READ_USAGE =
  'read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]';

interface ReadOptions {
  raw: boolean;
  prompt: string | null;
  array: string | null;
  count: number | null;
  delimiter: string;
  names: string[];
}

export const readBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  const options = parseOptions(
    sh,
    args,
    (m) => complain(sh, fds, 'read', m),
    (u) => fds.err.write(u),
  );
  if (!options) return 2;
  // -p prompts only when input comes from a terminal; the simulation's stdin never does.
  let line = readRaw(fds.stdin, options);
  if (line === null) {
    assignAll(sh, options, '');
    return 1;
  }
  const complete = line.endsWith(options.delimiter) && options.count === null;
  if (complete) line = line.slice(0, -options.delimiter.length);
  const text = options.raw ? line : unescape(line);
  assignAll(sh, options, text);
  return complete || options.count !== null ? 0 : 1;
};

function readRaw(
  stdin: { takeUntil(d: string): string | null; take(n: number): string | null },
  o: ReadOptions,
): string | null {
  if (o.count !== null) return stdin.take(o.count);
  if (o.raw) return stdin.takeUntil(o.delimiter);
  // Without -r, a backslash before the newline continues the line.
  let line = '';
  for (;;) {
    const chunk = stdin.takeUntil(o.delimiter);
    if (chunk === null) return line === '' ? null : line;
    line += chunk;
    if (!/(^|[^\\])(\\\\)*\\\n$/.test(line)) return line;
    line = line.slice(0, -2);
  }
}

function unescape(text: string): string {
  return text.replace(/\\(.)/gs, '$1').replace(/\\$/, '');
}

function assignAll(sh: Shell, o: ReadOptions, text: string): void {
  const ifs = sh.lookup('IFS') ?? ' \t\n';
  if (o.array !== null) {
    sh.setArray(o.array, splitInto(text, ifs, null));
    return;
  }
  const names = o.names.length > 0 ? o.names : ['REPLY'];
  if (names.length === 1 && o.names.length === 0) {
    sh.setVar('REPLY', text);
    return;
  }
  let rest = trimIfsWhite(text, ifs);
  names.forEach((name, k) => {
    if (k === names.length - 1) {
      sh.setVar(name, trimTrailing(rest, ifs));
      return;
    }
    const [field] = splitInto(rest, ifs, null);
    sh.setVar(name, field ?? '');
    rest = trimIfsWhite(rest.slice(afterFirstField(rest, ifs)), ifs);
  });
}

const white = (ifs: string) => [...ifs].filter((c) => ' \t\n'.includes(c));

function trimIfsWhite(text: string, ifs: string): string {
  const w = white(ifs);
  let i = 0;
  while (i < text.length && w.includes(text[i]!)) i++;
  return text.slice(i);
}

function trimTrailing(text: string, ifs: string): string {
  const w = white(ifs);
  let end = text.length;
  while (end > 0 && w.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Index just past the first field and the one separator after it. */
function afterFirstField(text: string, ifs: string): number {
  let i = 0;
  while (i < text.length && !ifs.includes(text[i]!)) i++;
  const w = white(ifs);
  while (i < text.length && w.includes(text[i]!)) i++;
  if (i < text.length && ifs.includes(text[i]!) && !w.includes(text[i]!)) i++;
  return i;
}

function parseOptions(
  sh: Shell,
  args: string[],
  fail: (m: string) => void,
  usage: (text: string) => void,
): ReadOptions | null {
  const o: ReadOptions = {
    raw: false,
    prompt: null,
    array: null,
    count: null,
    delimiter: '\n',
    names: [],
  };
  let i = 0;
  for (; i < args.length && /^-./.test(args[i]!); i++) {
    const arg = args[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    for (let k = 1; k < arg.length; k++) {
      const flag = arg[k]!;
      if (flag === 'r' || flag === 's') {
        if (flag === 'r') o.raw = true;
        continue;
      }
      if (!'padntu'.includes(flag) || (sh.flavor !== 'bash' && 'a'.includes(flag))) {
        fail(sh.flavor === 'bash' ? `-${flag}: invalid option` : `illegal option -${flag}`);
        if (sh.flavor === 'bash') usage(`read: usage: ${READ_USAGE}\n`);
        return null;
      }
      const value = arg.length > k + 1 ? arg.slice(k + 1) : args[++i];
      if (value === undefined) {
        fail(`-${flag}: option requires an argument`);
        return null;
      }
      if (flag === 'p') o.prompt = value;
      if (flag === 'a') o.array = value;
      if (flag === 'n') o.count = Number(value);
      if (flag === 'd') o.delimiter = value.slice(0, 1) || '\0';
      break;
    }
  }
  o.names = args.slice(i);
  return o;
}
