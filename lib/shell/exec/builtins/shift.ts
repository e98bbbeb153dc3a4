/** shift [n] */
import { complain, type InterpreterBuiltin } from './types';

export const shiftBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  const n = args[0] === undefined ? 1 : Number(args[0]);
  if (!Number.isInteger(n) || n < 0) {
    complain(
      sh,
      fds,
      'shift',
      sh.flavor === 'bash' ? `${args[0]}: numeric argument required` : `Illegal number: ${args[0]}`,
    );
    return sh.flavor === 'bash' ? 1 : 2;
  }
  if (n > sh.positional.length) return 1;
  sh.positional = sh.positional.slice(n);
  return 0;
};
