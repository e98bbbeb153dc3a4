import { remove } from '../../../engine';
import { forEach } from '../errors';
import { bool } from '../flags';
import type { Subcommand } from '../types';

/**
 * docker rm [-f] [-v] CONTAINER...: the writable layer goes; -v takes the anonymous volumes too
 * (docs/semantics.md#m28-docker-rm-releases-volumes,
 * docs/semantics.md#m29-rm--v-takes-anonymous-volumes).
 */
export const rm: Subcommand = {
  path: 'container rm',
  aliases: ['rm'],
  groupAliases: ['remove'],
  summary: 'Remove one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'volumes', short: 'v', type: 'bool' },
    { name: 'link', short: 'l', type: 'bool' },
  ],
  args: { min: 1 },
  run: (d, flags, args) =>
    forEach(d, args, (ref) => {
      remove(d.engine, d.engine.container(ref), {
        force: bool(flags, 'force'),
        volumes: bool(flags, 'volumes'),
      });
      d.out.write(`${ref}\n`);
    }),
};
