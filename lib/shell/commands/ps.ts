/**
 * ps: BusyBox's, over the container's PID namespace
 * (docs/semantics.md#m36-processes-in-a-container). ps is one more process: forked by the shell
 * with the next PID, its command line the shell's and `{ps}` before it, or, as the last command
 * of `sh -c` or the container's own command, the shell itself. Recorded in
 * lib/shell/docker/fixtures/identity-ps.cmds. Debian's busybox-static 1.35 (the book's images,
 * the oracle's) prints `PID   USER     COMMAND`; Alpine's and the official image's add TIME.
 * Only containers have it: the host has no `ps`.
 */
import { isDebianBusyboxStatic, type ProcessInfo } from '../../engine';
import { getopt } from '../util/args/getopt';
import { optionError } from '../util/args/text-args';
import type { Command, CommandContext } from '../types';

interface Column {
  width: number;
  header: string;
  right?: boolean;
  value(p: ProcessInfo, names: Names): string;
}

interface Names {
  user(uid: number): string;
  group(gid: number): string;
}

/** What a column shows that the simulation does not model (terminal, memory, state). */
const UNKNOWN = () => '?';

/**
 * busybox procps/ps.c out_spec, in its order (the order of the -o error's list); `etime` and
 * `time` only where the build has FEATURE_PS_TIME (Alpine's, the official image's).
 */
const SPEC: [string, Column][] = [
  ['user', { width: 8, header: 'USER', value: (p, n) => n.user(p.uid) }],
  ['group', { width: 8, header: 'GROUP', value: (p, n) => n.group(p.gid) }],
  ['comm', { width: 16, header: 'COMMAND', value: (p) => p.comm }],
  ['args', { width: 0, header: 'COMMAND', value: (p) => commandLine(p) }],
  ['pid', { width: 5, header: 'PID', right: true, value: (p) => String(p.pid) }],
  ['ppid', { width: 5, header: 'PPID', right: true, value: (p) => String(p.ppid) }],
  ['pgid', { width: 5, header: 'PGID', right: true, value: (p) => String(leader(p)) }],
  ['etime', { width: 7, header: 'ELAPSED', right: true, value: UNKNOWN }],
  ['nice', { width: 5, header: 'NI', right: true, value: () => '0' }],
  ['rgroup', { width: 8, header: 'RGROUP', value: (p, n) => n.group(p.gid) }],
  ['ruser', { width: 8, header: 'RUSER', value: (p, n) => n.user(p.uid) }],
  // CPU time: what the simulated processes use rounds to nothing
  ['time', { width: 5, header: 'TIME', right: true, value: () => '0:00' }],
  ['tty', { width: 6, header: 'TT', value: UNKNOWN }],
  ['vsz', { width: 4, header: 'VSZ', right: true, value: UNKNOWN }],
  ['sid', { width: 5, header: 'SID', right: true, value: (p) => String(leader(p)) }],
  ['stat', { width: 4, header: 'STAT', value: UNKNOWN }],
  ['rss', { width: 4, header: 'RSS', right: true, value: UNKNOWN }],
];

/** How the BusyBox at /bin/busybox was built: its columns and how it runs its applets. */
interface Build {
  columns: Map<string, Column>;
  defaults: string[];
  /**
   * Debian's busybox-static runs an applet in the shell's own process (a fork, or the shell
   * itself for the last command), so /proc keeps the shell's command line: `{ps} sh -c …`.
   * Other builds exec /bin/ps, whose command line is its own.
   */
  inShell: boolean;
}

function buildOf(ctx: CommandContext): Build {
  const debian = isDebianBusyboxStatic(ctx.fs);
  const timed = (name: string) => !debian || (name !== 'etime' && name !== 'time');
  return {
    columns: new Map(SPEC.filter(([name]) => timed(name))),
    defaults: debian ? ['pid', 'user', 'args'] : ['pid', 'user', 'time', 'args'],
    inShell: debian,
  };
}

/** A forked child stays in its parent's process group and session; the others lead their own. */
function leader(p: ProcessInfo): number {
  return p.ppid === 0 ? p.pid : p.ppid;
}

/** read_cmdline: the arguments, after `{comm}` when comm is not argv[0]'s file name. */
function commandLine(p: ProcessInfo): string {
  const text = p.argv.join(' ');
  const arg0 = p.argv[0] ?? '';
  const base = arg0.slice(arg0.lastIndexOf('/') + 1).slice(0, 15);
  return base === p.comm ? text : `{${p.comm}} ${text}`;
}

/** The names a file maps ids to (/etc/passwd, /etc/group), else the number. */
function namesIn(ctx: CommandContext): Names {
  const table = (path: string) => {
    const byId = new Map<number, string>();
    try {
      for (const line of ctx.fs.readTextFile(path).split('\n')) {
        const [name, , id] = line.split(':');
        if (name && id !== undefined && !byId.has(Number(id))) byId.set(Number(id), name);
      }
    } catch {
      // no such file: numbers
    }
    return (id: number) => byId.get(id) ?? String(id);
  };
  return { user: table('/etc/passwd'), group: table('/etc/group') };
}

/** -o values: `a,b=HEADER,c`; a header of one's own also sets the column's width. */
function parseFormat(
  ctx: CommandContext,
  columns: Map<string, Column>,
  values: readonly string[],
): Column[] | null {
  const out: Column[] = [];
  for (const item of values.flatMap((v) => v.split(','))) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    const column = columns.get(name);
    if (!column) {
      const known = [...columns.keys()].join(',');
      ctx.stderr.write(`ps: bad -o argument '${name}', supported arguments: ${known}\n`);
      return null;
    }
    const header = eq < 0 ? null : item.slice(eq + 1);
    out.push(header === null ? column : { ...column, header, width: header.length });
  }
  return out;
}

/** The processes to list: the namespace's, with ps itself forked or in the shell's place. */
function processes(ctx: CommandContext, build: Build): ProcessInfo[] {
  const kernel = ctx.kernel;
  const self = kernel?.self ?? { pid: 1, ppid: 0, uid: 0, gid: 0, argv: ['sh'], comm: 'sh' };
  const listed = kernel?.processes?.list() ?? [self];
  const argv = build.inShell ? self.argv : [ctx.name, ...ctx.args];
  if (kernel?.tail) return listed.map((p) => (p.pid === self.pid ? { ...p, argv, comm: 'ps' } : p));
  const pid = kernel?.processes?.fork() ?? self.pid + 1;
  const { uid, gid } = ctx.identity;
  return [...listed, { pid, ppid: self.pid, uid, gid, argv, comm: 'ps' }];
}

/** A cell padded to its column (headers to the left); the last column is not padded. */
function cell(text: string, column: Column, last: boolean, header: boolean): string {
  if (last) return text;
  return column.right && !header ? text.padStart(column.width) : text.padEnd(column.width);
}

export const ps: Command = {
  name: 'ps',
  flavors: ['busybox'],
  run(ctx) {
    const r = getopt(ctx, { flags: 'aAdeflT', withValue: 'o' });
    if (!r.ok) return optionError(ctx, r.error);
    const build = buildOf(ctx);
    const format = r.opts.values.has('o')
      ? parseFormat(ctx, build.columns, r.opts.values.get('o')!)
      : build.defaults.map((name) => build.columns.get(name)!);
    if (!format) return 1;
    const names = namesIn(ctx);
    const line = (cells: string[], header = false) =>
      cells.map((text, i) => cell(text, format[i]!, i === cells.length - 1, header)).join(' ');
    // on a terminal every line is cut one short of its width
    const width = ctx.tty ? Math.max(ctx.tty.columns - 1, 7) : Infinity;
    const rows = [
      line(
        format.map((c) => c.header),
        true,
      ),
      ...processes(ctx, build).map((p) => line(format.map((c) => c.value(p, names)))),
    ];
    ctx.stdout.write(rows.map((row) => `${row.slice(0, width)}\n`).join(''));
    return 0;
  },
};
