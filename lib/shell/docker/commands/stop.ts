import { DaemonError, kill as killContainer, start, stop as stopContainer } from '../../../engine';
import { forEach } from '../errors';
import type { Subcommand } from '../types';

const T = [{ name: 'time', short: 't', type: 'int' as const }];

/** docker stop [-t N]: TERM, then KILL after N seconds (10); prints each argument. */
export const stop: Subcommand = {
  path: 'container stop',
  aliases: ['stop'],
  summary: 'Stop one or more running containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  flags: T,
  args: { min: 1 },
  run: (d, flags, args) =>
    forEach(d, args, async (ref) => {
      await stopContainer(
        d.engine,
        d.engine.container(ref),
        (flags.get('time') as number | undefined) ?? 10,
      );
      d.out.write(`${ref}\n`);
    }),
};

export const restart: Subcommand = {
  path: 'container restart',
  aliases: ['restart'],
  summary: 'Restart one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  flags: T,
  args: { min: 1 },
  run: (d, flags, args) =>
    forEach(d, args, async (ref) => {
      const c = d.engine.container(ref);
      await stopContainer(d.engine, c, (flags.get('time') as number | undefined) ?? 10);
      await start(d.engine, c);
      d.out.write(`${ref}\n`);
    }),
};

export const kill: Subcommand = {
  path: 'container kill',
  aliases: ['kill'],
  summary: 'Kill one or more running containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  flags: [{ name: 'signal', short: 's', type: 'string' }],
  args: { min: 1 },
  run: (d, _flags, args) =>
    forEach(d, args, (ref) => {
      let c;
      try {
        c = d.engine.container(ref);
      } catch (e) {
        if (e instanceof DaemonError)
          throw new DaemonError(`Cannot kill container: ${ref}: ${e.message}`, e.kind);
        throw e;
      }
      killContainer(d.engine, c);
      d.out.write(`${ref}\n`);
    }),
};
