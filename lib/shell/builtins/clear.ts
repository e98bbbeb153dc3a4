import type { Command } from '../types';

/** clear: the escape sequences ncurses' clear (xterm) and BusyBox clear print. */
export const clear: Command = {
  name: 'clear',
  run(ctx) {
    ctx.stdout.write(ctx.flavor === 'bash' ? '\x1b[H\x1b[2J\x1b[3J' : '\x1b[H\x1b[J');
    ctx.session.clearScreen();
    return 0;
  },
};
