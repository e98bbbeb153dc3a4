import type { Command } from '../types';

export const unset: Command = {
  name: 'unset',
  run(ctx) {
    for (const name of ctx.args.filter((a) => !a.startsWith('-'))) {
      ctx.session.env.delete(name);
      ctx.session.exported.delete(name);
    }
    return 0;
  },
};
