/** docker ps / container ls: the table (tabwriter), -a, -q, -s, -n/--last, -l, --no-trunc, --format, -f. */
import { reportDaemonError } from '../errors';
import { checkFilterFlag, listContainers, parseFilterArgs } from '../filters';
import { shortId } from '../format';
import { arr, bool, str } from '../flags';
import type { Subcommand } from '../types';
import { PS_FORMAT, psRowContext, renderList } from '../inspect';

export const ps: Subcommand = {
  path: 'container ls',
  aliases: ['ps'],
  groupAliases: ['ps', 'list'],
  summary: 'List containers',
  usage: '[OPTIONS]',
  flags: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'size', short: 's', type: 'bool' },
    { name: 'no-trunc', type: 'bool' },
    { name: 'format', type: 'string' },
    { name: 'filter', short: 'f', type: 'array', validate: checkFilterFlag },
    { name: 'latest', short: 'l', type: 'bool' },
    { name: 'last', short: 'n', type: 'int' },
  ],
  args: { max: 0 },
  run(d, flags) {
    // -l is --last 1: the newest container in any state
    const last = bool(flags, 'latest') ? 1 : ((flags.get('last') as number | undefined) ?? -1);
    let list;
    try {
      list = listContainers(d.engine, parseFilterArgs(arr(flags, 'filter')), {
        all: bool(flags, 'all'),
        last: Math.max(last, 0),
      });
    } catch (e) {
      return reportDaemonError(d, e);
    }
    const noTrunc = bool(flags, 'no-trunc');
    if (bool(flags, 'quiet')) {
      for (const c of list) d.out.write(`${noTrunc ? c.id : shortId(c.id)}\n`);
      return 0;
    }
    // The CLI's default table is itself a template.
    const table = `table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}${bool(flags, 'size') ? '\t{{.Size}}' : ''}`;
    const format = str(flags, 'format');
    const out = renderList(
      format === undefined || format === 'table' ? table : format,
      list.map((c) => psRowContext(d.engine, c, { noTrunc })),
      PS_FORMAT,
    );
    d.out.write(out.stdout);
    d.err.write(out.stderr);
    return out.exitCode;
  },
};
