/**
 * Dockerfile parsing as the 20.10 daemon does it: comments, `\` line continuations, instruction
 * names in any case, JSON (exec) forms, `--flag=value` options of COPY/ADD, and the parse-time
 * errors (`dockerfile parse error line N: ...`). Variables are expanded later, step by step.
 */
import { DaemonError } from '../errors';

export interface Instruction {
  /** Lowercase keyword, e.g. "copy". */
  cmd: string;
  /** Everything after the keyword and its options, continuations joined, trimmed. */
  rest: string;
  /** The instruction as `Step n/m : ...` shows it. */
  original: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** `--name=value` options (COPY/ADD/FROM). */
  flags: Record<string, string>;
  /** The JSON array form (RUN, CMD, ENTRYPOINT, VOLUME, COPY, ADD), when used. */
  json: string[] | null;
}

const KNOWN = new Set([
  'from',
  'run',
  'cmd',
  'label',
  'maintainer',
  'expose',
  'env',
  'add',
  'copy',
  'entrypoint',
  'volume',
  'user',
  'workdir',
  'arg',
  'onbuild',
  'stopsignal',
  'healthcheck',
  'shell',
]);
const JSON_FORMS = new Set(['run', 'cmd', 'entrypoint', 'volume', 'copy', 'add', 'shell']);
const FLAGS: Record<string, string[]> = {
  copy: ['from', 'chown'],
  add: ['chown'],
  from: ['platform'],
  run: [],
};

export function parseError(line: number, message: string): DaemonError {
  return new DaemonError(`dockerfile parse error line ${line}: ${message}`);
}

/** Splits the text into instructions; throws Docker's parse errors. */
export function parseDockerfile(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const start = i + 1;
    i++;
    if (/^\s*(#|$)/.test(first)) continue;
    let joined = '';
    for (let line = first; ; line = lines[i++]!) {
      const continued = /\\[ \t]*$/.test(line);
      joined += continued ? line.replace(/\\[ \t]*$/, '') : line;
      if (!continued) break;
      // comments and empty lines inside a continuation are skipped
      while (i < lines.length && /^\s*(#|$)/.test(lines[i]!)) i++;
      if (i >= lines.length) break;
    }
    out.push(instruction(joined.trim(), start));
  }
  return out;
}

function instruction(original: string, line: number): Instruction {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(original)!;
  const cmd = m[1]!.toLowerCase();
  if (!KNOWN.has(cmd)) throw parseError(line, `unknown instruction: ${m[1]!.toUpperCase()}`);
  let rest = m[2]!.trim();
  const flags: Record<string, string> = {};
  const allowed = FLAGS[cmd];
  if (allowed) {
    for (
      let f = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest);
      f;
      f = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest)
    ) {
      if (!allowed.includes(f[1]!)) throw parseError(line, `Unknown flag: ${f[1]}`);
      flags[f[1]!] = f[2] ?? '';
      rest = rest.slice(f[0].length);
    }
  }
  const json = JSON_FORMS.has(cmd) ? jsonForm(rest) : null;
  const ins: Instruction = { cmd, rest, original, line, flags, json };
  validate(ins);
  return ins;
}

function jsonForm(rest: string): string[] | null {
  if (!rest.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(rest);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // not JSON: the shell form
  }
  return null;
}

function validate(ins: Instruction): void {
  const name = ins.cmd.toUpperCase();
  const words = ins.json ?? splitWords(ins.rest);
  const fail = (message: string) => {
    throw parseError(ins.line, message);
  };
  switch (ins.cmd) {
    case 'env':
    case 'label':
    case 'expose':
    case 'volume':
    case 'maintainer':
    case 'stopsignal':
    case 'onbuild':
      if (words.length === 0) fail(`${name} requires at least one argument`);
      if (ins.cmd === 'env' || ins.cmd === 'label') nameValues(name, words);
      break;
    case 'arg':
    case 'user':
    case 'workdir':
      if (words.length !== 1) fail(`${name} requires exactly one argument`);
      break;
    case 'copy':
    case 'add':
      if (words.length < 2)
        fail(
          `${name} requires at least two arguments, but only ${words.length === 0 ? 'zero were' : 'one was'} provided. Destination could not be determined.`,
        );
      break;
    case 'from':
      if (words.length !== 1 && !(words.length === 3 && words[1]!.toLowerCase() === 'as'))
        fail('FROM requires either one or three arguments');
      break;
  }
}

/** ENV/LABEL word checks: these errors carry no line number (moby parseNameVal). */
function nameValues(name: string, words: readonly string[]): void {
  const fail = (message: string) => {
    throw new DaemonError(`failed to parse Dockerfile: ${message}`);
  };
  if (!words[0]!.includes('=')) {
    if (words.length < 2) fail(`${name} must have two arguments`);
    return;
  }
  const bad = words.find((w) => !w.includes('=') || w.startsWith('='));
  if (bad !== undefined)
    fail(`Syntax error - can't find = in "${bad}". Must be of the form: name=value`);
}

/** Splits on whitespace outside quotes, keeping quotes and escapes (Docker's parseWords). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === '' && /\s/.test(ch)) {
      if (word !== '') words.push(word);
      word = '';
      continue;
    }
    word += ch;
    if (ch === '\\' && quote !== "'" && i + 1 < text.length) word += text[++i];
    else if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
  }
  if (word !== '') words.push(word);
  return words;
}
