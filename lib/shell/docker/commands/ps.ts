/** docker ps / container ls: the table (tabwriter), -a, -q, -s, --no-trunc, --format, -f. */
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
    { name: 'filter', short: 'f', type: 'array' },
    { name: 'latest', short: 'l', type: 'bool' },
  ],
  args: { max: 0 },
  run(d, flags) {
    // -l shows the latest container in any state, as --last does (it implies -a).
    const all = bool(flags, 'all') || bool(flags, 'latest');
    let list = d.engine.list().filter((c) => all || c.state.status === 'running');
    for (const f of arr(flags, 'filter')) {
      const [key, value = ''] = f.split('=');
      if (key === 'name') list = list.filter((c) => c.name.includes(value));
      else if (key === 'status') list = list.filter((c) => c.state.status === value);
      else if (key === 'volume')
        list = list.filter((c) =>
          c.mounts.some((m) => m.name === value || m.destination === value || m.source === value),
        );
      else if (key === 'ancestor')
        list = list.filter((c) => c.imageRef === value || c.image.repoTags.includes(value));
      else {
        d.err.write(`Error response from daemon: invalid filter '${key}'\n`);
        return 1;
      }
    }
    if (bool(flags, 'latest')) list = list.slice(0, 1);
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
