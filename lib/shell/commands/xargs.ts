import { shellWord } from '../quote';
import { optionError, parseTextArgs } from '../util/args/text-args';
import { outputFull } from '../util/text/stream';
import type { Command, CommandContext } from '../types';

/** At most this many command runs per xargs (a runaway list cannot freeze the tab). */
const MAX_RUNS = 10_000;

/** Splits input as xargs does by default: blanks/newlines, quotes and backslashes. */
function splitWords(input: string, bash: boolean): string[] | string {
  const words: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string;
    if (c === '"' || c === "'") {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        const kind = c === '"' ? 'double' : 'single';
        return bash
          ? `xargs: unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option\n`
          : `xargs: unmatched ${kind} quote\n`;
      }
      cur += input.slice(i + 1, end);
      has = true;
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      cur += input[++i];
      has = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) words.push(cur);
  return words;
}

/**
 * xargs [-0rt] [-n N] [-I REPL] [-d DELIM] [COMMAND [ARG]...] — builds command lines from
 * stdin and runs each through the session (`ctx.session.run`) with every word quoted, so
 * input text is never re-interpreted by the shell. Children get empty stdin (real xargs
 * gives them /dev/null). Status: 123 if a run failed with 1–125, 124 when one exited 255
 * (then stops), 126/127 as the shell reports them.
 */
export const xargs: Command = {
  name: 'xargs',
  async run(ctx: CommandContext) {
    const bash = ctx.flavor === 'bash';
    // Options end at the command (xargs uses getopt with '+').
    let split = ctx.args.length;
    for (let i = 0; i < ctx.args.length; i++) {
      const a = ctx.args[i] as string;
      if (a === '--') {
        split = i + 1;
        break;
      }
      if (!a.startsWith('-') || a === '-') {
        split = i;
        break;
      }
      if (/^-[^-]*[nIdLsPE]$/.test(a)) i++;
    }
    const r = parseTextArgs(
      ctx,
      {
        flags: '0rtxp',
        withValue: 'nIdLsPE',
        long: { null: '0', 'no-run-if-empty': 'r', verbose: 't' },
      },
      ctx.args.slice(0, split).filter((a) => a !== '--'),
    );
    if (!r.ok) return r.status;
    const { flags, values } = r.opts;
    const command = ctx.args.slice(split);
    if (command.length === 0) command.push('echo');
    const nText = (values.get('n') ?? []).slice(-1)[0];
    const maxArgs = nText === undefined ? Infinity : Number(nText);
    if (nText !== undefined && !(/^\d+$/.test(nText) && maxArgs >= 1)) {
      if (!/^\d+$/.test(nText)) {
        ctx.stderr.write(
          bash
            ? `xargs: invalid number "${nText}" for -n option\n`
            : `xargs: invalid number '${nText}'\n`,
        );
        return 1;
      }
      if (bash) return optionError(ctx, `xargs: value ${nText} for -n option should be >= 1\n`);
      ctx.stderr.write(`xargs: number ${nText} is not in 1..2147483647 range\n`);
      return 1;
    }
    const repl = (values.get('I') ?? []).slice(-1)[0];
    const delim = flags.has('0') ? '\0' : (values.get('d') ?? []).slice(-1)[0];
    let items: string[];
    if (delim !== undefined) {
      items = ctx.stdin.split(delim);
      if (items[items.length - 1] === '' || (delim !== '\0' && items[items.length - 1] === '\n'))
        items.pop();
    } else if (repl !== undefined) {
      items = ctx.stdin
        .split('\n')
        .map((l) => l.replace(/^[ \t]+/, ''))
        .filter((l) => l !== '');
    } else {
      const w = splitWords(ctx.stdin, bash);
      if (typeof w === 'string') {
        ctx.stderr.write(w);
        return 1;
      }
      items = w;
    }
    const batches: string[][] = [];
    if (repl !== undefined)
      for (const it of items) batches.push(command.map((c) => c.split(repl).join(it)));
    else {
      const per = Number.isFinite(maxArgs) ? maxArgs : Math.max(items.length, 1);
      for (let i = 0; i < items.length; i += per)
        batches.push([...command, ...items.slice(i, i + per)]);
      if (items.length === 0 && !flags.has('r')) batches.push([...command]);
    }
    const name = command[0] as string;
    if (batches.length > 0 && !ctx.session.commands.has(name)) {
      ctx.stderr.write(`xargs: ${name}: No such file or directory\n`);
      return 127;
    }
    const stdout = ctx.stdout;
    let status = 0;
    for (const words of batches.slice(0, MAX_RUNS)) {
      if (ctx.cancel.cancelled) return 130;
      if (flags.has('t')) ctx.stderr.write(`${words.join(' ')}\n`);
      const code = await ctx.session.run(words.map(shellWord).join(' '), {
        stdin: '',
        stdout,
        stderr: ctx.stderr,
      });
      if (code === 255) {
        ctx.stderr.write(`xargs: ${name}: exited with status 255; aborting\n`);
        return 124;
      }
      if (code === 126 || code === 127) return code;
      if (code !== 0) status = 123;
      if (outputFull(stdout)) break;
    }
    return status;
  },
};
