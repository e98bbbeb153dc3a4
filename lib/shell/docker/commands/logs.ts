import { reportDaemonError } from '../errors';
import { str } from '../flags';
import type { Subcommand } from '../types';

/** docker logs: the main process's output, stdout to stdout and stderr to stderr, in order. */
export const logs: Subcommand = {
  path: 'container logs',
  aliases: ['logs'],
  summary: 'Fetch the logs of a container',
  usage: '[OPTIONS] CONTAINER',
  flags: [
    { name: 'tail', short: 'n', type: 'string' },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'timestamps', short: 't', type: 'bool' },
  ],
  args: { exact: 1 },
  run(d, flags, [ref]) {
    try {
      const c = d.engine.container(ref!);
      let entries = c.logs;
      const tail = str(flags, 'tail');
      if (tail !== undefined && tail !== 'all') {
        const lines = entries.flatMap((e) =>
          e.text.split(/(?<=\n)/).map((text) => ({ ...e, text })),
        );
        entries = lines.slice(Math.max(0, lines.length - Number(tail)));
      }
      for (const e of entries) (e.stream === 'stdout' ? d.out : d.err).write(e.text);
      return 0;
    } catch (e) {
      return reportDaemonError(d, e);
    }
  },
};
