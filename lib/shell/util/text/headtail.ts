/**
 * What head and tail share: option parsing (-n, -c, -q, -v and the obsolete -N), counts,
 * and the `==> FILE <==` headers with each flavor's rules and error wording.
 */
import type { CommandContext } from '../../types';
import { parseTextArgs } from '../args/text-args';
import { readInput } from './io';

const GNU_LONG: Record<string, string> = {
  'lines=': 'n',
  'bytes=': 'c',
  quiet: 'q',
  silent: 'q',
  verbose: 'v',
  'zero-terminated': 'z',
};

export interface HeadTailOptions {
  bytes: boolean;
  /** Count as given; `from` for tail's +N, `allBut` for head's -N. */
  count: number;
  sign: '' | '+' | '-';
  headers: boolean | undefined;
  files: string[];
  /** -z (GNU): lines end with NUL. */
  sep: string;
  /** tail -f / -F. */
  follow: boolean;
}

export function parseHeadTail(ctx: CommandContext): HeadTailOptions | number {
  const args = [...ctx.args];
  if (args[0] !== undefined && /^-\d+$/.test(args[0])) args[0] = `-n${args[0].slice(1)}`;
  const r = parseTextArgs(
    ctx,
    {
      flags: `qv${ctx.flavor === 'bash' ? 'z' : ''}${ctx.name === 'tail' ? 'fF' : ''}`,
      withValue: 'nc',
      long: ctx.flavor === 'busybox' && ctx.name === 'head' ? undefined : GNU_LONG,
    },
    args,
  );
  if (!r.ok) return r.status;
  const o = r.opts;
  const last = [...o.order].reverse().find((l) => l === 'n' || l === 'c');
  const bytes = last === 'c';
  const value = last === undefined ? '10' : ((o.values.get(last) ?? []).slice(-1)[0] ?? '10');
  const m = /^([+-]?)(\d+)$/.exec(value);
  if (m === null) {
    if (ctx.flavor === 'bash') {
      ctx.stderr.write(`${ctx.name}: invalid number of ${bytes ? 'bytes' : 'lines'}: '${value}'\n`);
    } else ctx.stderr.write(`${ctx.name}: invalid number '${value}'\n`);
    return 1;
  }
  let headers: boolean | undefined;
  for (const l of o.order) if (l === 'q' || l === 'v') headers = l === 'v';
  return {
    bytes,
    count: Number(m[2]),
    sign: m[1] as '' | '+' | '-',
    headers,
    files: o.operands.length === 0 ? ['-'] : o.operands,
    sep: o.flags.has('z') ? '\0' : '\n',
    follow: ctx.name === 'tail' && (o.flags.has('f') || o.flags.has('F')),
  };
}

/** Runs `pick` over every file, printing headers and errors as head/tail do. */
export function eachFile(
  ctx: CommandContext,
  opts: HeadTailOptions,
  pick: (text: string) => string,
  write: (text: string) => void,
): number {
  const bash = ctx.flavor === 'bash';
  const tail = ctx.name === 'tail';
  const reads = opts.files.map((f) => ({ file: f, r: readInput(ctx, f) }));
  let status = 0;
  // BusyBox tail opens every file first and shows headers only if more than one opened.
  const opened = reads.filter((x) => x.r.ok || x.r.dir).length;
  const multi = !bash && tail ? opened > 1 : opts.files.length > 1;
  const headers = opts.headers ?? multi;
  let printed = false;
  reads.forEach(({ file, r }, index) => {
    if (!r.ok && !r.dir) {
      status = 1;
      if (bash) ctx.stderr.write(`${ctx.name}: cannot open '${file}' for reading: ${r.why}\n`);
      else if (tail) ctx.stderr.write(`tail: can't open '${file}': ${r.why}\n`);
      else ctx.stderr.write(`head: ${file}: ${r.why}\n`);
      return;
    }
    if (headers) {
      const first = !bash && !tail ? index === 0 : !printed;
      write(`${first ? '' : '\n'}==> ${file === '-' ? 'standard input' : file} <==\n`);
      printed = true;
    }
    if (!r.ok) {
      status = 1;
      if (bash) ctx.stderr.write(`${ctx.name}: error reading '${file}': Is a directory\n`);
      else if (tail) ctx.stderr.write('tail: read error: Is a directory\n');
      else ctx.stderr.write(`head: ${file}: Input/output error\n`);
      return;
    }
    write(pick(r.text));
  });
  if (!bash && tail && opened === 0) ctx.stderr.write('tail: no files\n');
  return status;
}
