import { errorText } from '../format';
import { readInput } from '../util/text/io';
import { optionError } from '../util/args/text-args';
import { runSed } from '../util/sed/exec';
import { SedError, parseSed, type SedCmd } from '../util/sed/parse';
import { SED_GNU_USAGE } from '../util/args/usage-sed';
import { busyboxHelp } from '../util/args/usage-text';
import type { Command, CommandContext } from '../types';

interface SedOptions {
  quiet: boolean;
  extended: boolean;
  separate: boolean;
  inPlace: string | null;
  scripts: string[];
  files: string[];
}

/** GNU sed follows an option error with its whole usage text (status 1). */
function badOption(ctx: CommandContext, message: string): number {
  if (ctx.flavor !== 'bash') return optionError(ctx, message);
  ctx.stderr.write(message + SED_GNU_USAGE);
  return 1;
}

/** GNU sed's option loop (-n -e -f -E -r -s -i[SUFFIX], long forms). */
function parseOptions(ctx: CommandContext): SedOptions | number {
  const o: SedOptions = {
    quiet: false,
    extended: false,
    separate: false,
    inPlace: null,
    scripts: [],
    files: [],
  };
  const args = ctx.args;
  const operands: string[] = [];
  let explicit = false;
  const addFile = (f: string): string | null => {
    const got = readInput(ctx, f);
    if (got.ok) return got.text.replace(/\n$/, '');
    ctx.stderr.write(`sed: couldn't open file ${f}: ${got.why}\n`);
    return null;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if ('quiet'.startsWith(name) || 'silent'.startsWith(name)) o.quiet = true;
      else if ('regexp-extended'.startsWith(name)) o.extended = true;
      else if ('separate'.startsWith(name)) o.separate = true;
      else if ('in-place'.startsWith(name)) o.inPlace = value ?? '';
      else if ('expression'.startsWith(name) && name.length > 1) {
        const v = value ?? args[++i];
        if (v === undefined)
          return optionError(ctx, `sed: option '--expression' requires an argument\n`);
        o.scripts.push(v);
        explicit = true;
      } else return badOption(ctx, `sed: unrecognized option '${a}'\n`);
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (c === 'n') o.quiet = true;
      else if (c === 'E' || c === 'r') o.extended = true;
      else if (c === 's' && ctx.flavor === 'bash') o.separate = true;
      else if (c === 'i') {
        o.inPlace = a.slice(j + 1);
        break;
      } else if (c === 'e' || c === 'f') {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined)
          return optionError(ctx, `sed: option requires an argument -- '${c}'\n`);
        const text = c === 'e' ? v : addFile(v);
        if (text === null) return 1;
        o.scripts.push(text);
        explicit = true;
        break;
      } else return badOption(ctx, `sed: invalid option -- '${c}'\n`);
    }
  }
  if (!explicit) {
    const script = operands.shift();
    if (script === undefined) {
      ctx.stderr.write(ctx.flavor === 'bash' ? SED_GNU_USAGE : busyboxHelp('sed'));
      return 1;
    }
    o.scripts.push(script);
  }
  o.files = operands;
  return o;
}

function compile(ctx: CommandContext, o: SedOptions): SedCmd[] | number {
  const script = o.scripts.join('\n');
  try {
    return parseSed(script, o.extended, ctx.flavor === 'bash');
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    if (ctx.flavor !== 'bash') {
      ctx.stderr.write(`sed: ${e.busybox}\n`);
      return 1;
    }
    if (e.pos < 0) {
      ctx.stderr.write(`sed: ${e.gnu}\n`);
      return 4; // GNU panics (status 4) on a missing label
    }
    let start = 0;
    let n = 0;
    for (; n < o.scripts.length - 1; n++) {
      const len = (o.scripts[n] as string).length + 1;
      if (e.pos <= start + len - 1) break;
      start += len;
    }
    ctx.stderr.write(
      `sed: -e expression #${n + 1}, char ${Math.max(0, e.pos - start)}: ${e.gnu}\n`,
    );
    return 1;
  }
}

/**
 * sed [-nEs] [-i[SUFFIX]] {SCRIPT | -e SCRIPT... | -f FILE...} [FILE]... — see
 * util/sed/parse.ts for the commands understood. A last line without "\n" stays
 * without it, as GNU does. GNU exits 2 when an input file is missing, 4 when -i cannot
 * write; BusyBox 1.
 */
export const sed: Command = {
  name: 'sed',
  run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    const o = parseOptions(ctx);
    if (typeof o === 'number') return o;
    const cmds = compile(ctx, o);
    if (typeof cmds === 'number') return cmds;
    const out = ctx.stdout;
    let status = 0;
    const inputs: { file: string; text: string }[] = [];
    for (const file of o.files.length === 0 ? ['-'] : o.files) {
      const got = readInput(ctx, file);
      if (got.ok) {
        inputs.push({ file, text: got.text });
        continue;
      }
      if (got.dir && !bash) continue; // BusyBox reads a directory as empty
      status = bash ? 2 : 1;
      if (got.dir) {
        ctx.stderr.write(
          o.inPlace !== null
            ? `sed: couldn't edit ${file}: not a regular file\n`
            : `sed: read error on ${file}: Is a directory\n`,
        );
        status = 4;
      } else
        ctx.stderr.write(
          bash ? `sed: can't read ${file}: ${got.why}\n` : `sed: ${file}: ${got.why}\n`,
        );
    }
    const streams = o.inPlace !== null || o.separate ? inputs.map((i) => [i]) : [inputs];
    for (const group of streams) {
      // Joined files: a file without a final newline still ends its last line.
      const text = group
        .map((g, k) =>
          k < group.length - 1 && g.text !== '' && !g.text.endsWith('\n') ? `${g.text}\n` : g.text,
        )
        .join('');
      const lines = text === '' ? [] : text.split('\n');
      const lastHasNewline = text.endsWith('\n');
      if (lastHasNewline) lines.pop();
      const r = runSed(cmds, lines, lastHasNewline || group.length === 0, o.quiet, {
        read: (name) => {
          const got = readInput(ctx, name);
          return got.ok && name !== '-' ? got.text : null;
        },
        write: (name, data) => {
          try {
            if (name === '/dev/stdout') out.write(data);
            else ctx.fs.writeFile(ctx.resolve(name), data);
          } catch (e) {
            ctx.stderr.write(`sed: couldn't open file ${name}: ${errorText(e)}\n`);
          }
        },
      });
      if (r.error === 'no previous regular expression') {
        ctx.stderr.write(
          bash
            ? 'sed: -e expression #1, char 0: no previous regular expression\n'
            : 'sed: no previous regexp\n',
        );
        return 1;
      }
      if (r.error !== null) {
        out.write(r.out);
        ctx.stderr.write(`sed: ${r.error}\n`);
        return 1;
      }
      const target = group[0];
      if (o.inPlace !== null && target !== undefined && target.file !== '-') {
        try {
          const path = ctx.resolve(target.file);
          if (o.inPlace !== '') ctx.fs.writeFile(`${path}${o.inPlace}`, target.text);
          ctx.fs.writeFile(path, r.out);
        } catch (e) {
          const dir = target.file.includes('/') ? target.file.replace(/\/[^/]*$/, '') : '.';
          ctx.stderr.write(
            bash
              ? `sed: couldn't open temporary file ${dir}/sedAbCdEf: ${errorText(e)}\n`
              : `sed: can't create '${target.file}': ${errorText(e)}\n`,
          );
          return 4;
        }
      } else out.write(r.out);
      if (r.exit !== null && r.quit) return r.exit;
      if (r.quit) break;
    }
    return status;
  },
};
