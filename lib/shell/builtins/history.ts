import type { Command } from '../types';

/** history: bash numbers from 1 ("    1  ls"), ash from 0 (" 0 ls"). */
export const history: Command = {
  name: 'history',
  run(ctx) {
    const lines = ctx.session.history;
    lines.forEach((line, i) => {
      ctx.stdout.write(
        ctx.flavor === 'bash'
          ? `${String(i + 1).padStart(5)}  ${line}\n`
          : `${String(i).padStart(2)} ${line}\n`,
      );
    });
    return 0;
  },
};
