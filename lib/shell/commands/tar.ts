import { showBusyboxUsage } from '../util/args/usage-more';
import { createArchive } from '../util/tar/create';
import { listOrExtract } from '../util/tar/extract';
import { tarUsage, type TarOptions } from '../util/tar/options';
import type { Command, CommandContext } from '../types';

/**
 * tar c|x|t [-zvf ARCHIVE] [-C DIR] [FILE]... — GNU tar 1.34 on the host, BusyBox tar in
 * containers. The first argument may be old-style bundled letters (`cvf a.tar`, `xzf a.tgz`),
 * whose f and C take the following arguments in order. Archives are real tar bytes (see
 * util/tar/format.ts); -z is real gzip.
 */
export const tar: Command = {
  name: 'tar',
  async run(ctx: CommandContext) {
    const parsed = parseTar(ctx);
    if (typeof parsed === 'number') return parsed;
    return parsed.mode === 'c' ? createArchive(ctx, parsed) : listOrExtract(ctx, parsed);
  },
};

const LONG: Record<string, string> = {
  create: 'c',
  extract: 'x',
  get: 'x',
  list: 't',
  gzip: 'z',
  gunzip: 'z',
  verbose: 'v',
  file: 'f',
  directory: 'C',
};

function parseTar(ctx: CommandContext): TarOptions | number {
  const gnu = ctx.flavor === 'bash';
  const o: TarOptions = {
    mode: null,
    file: null,
    dir: null,
    gzip: false,
    verbose: 0,
    operands: [],
  };
  const args = [...ctx.args];
  if (args[0] !== undefined && !args[0].startsWith('-')) args[0] = `-${args[0]}`;
  const fail = (message: string) =>
    gnu ? tarUsage(ctx, message) : (ctx.stderr.write(`tar: ${message}\n`), showBusyboxUsage(ctx));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      o.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split(/=(.*)/s, 2);
      const letter = LONG[name];
      if (letter === undefined) return fail(`unrecognized option '${arg}'`);
      const needs = letter === 'f' || letter === 'C';
      const v = needs ? (value ?? args[++i]) : undefined;
      if (needs && v === undefined) return fail(`option '--${name}' requires an argument`);
      const r = apply(o, letter, v);
      if (r !== null) return fail(r);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      o.operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j] as string;
      if (!'cxtzvfC'.includes(ch)) return fail(`invalid option -- '${ch}'`);
      let value: string | undefined;
      if (ch === 'f' || ch === 'C') {
        value = arg.slice(j + 1) || args[++i];
        if (value === undefined) return fail(`option requires an argument -- '${ch}'`);
        const r = apply(o, ch, value);
        if (r !== null) return fail(r);
        break;
      }
      const r = apply(o, ch, value);
      if (r !== null) return fail(r);
    }
  }
  if (o.mode === null) {
    if (!gnu) return showBusyboxUsage(ctx);
    return tarUsage(
      ctx,
      "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options",
    );
  }
  return o;
}

/** Applies one option letter; returns an error text for a conflicting mode. */
function apply(o: TarOptions, letter: string, value?: string): string | null {
  if (letter === 'c' || letter === 'x' || letter === 't') {
    if (o.mode !== null && o.mode !== letter)
      return "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option";
    o.mode = letter;
  } else if (letter === 'z') o.gzip = true;
  else if (letter === 'v') o.verbose++;
  else if (letter === 'f') o.file = value ?? null;
  else if (letter === 'C') o.dir = value ?? null;
  return null;
}
