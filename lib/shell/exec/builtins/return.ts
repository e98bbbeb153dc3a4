/** return [n]: leaves the running function (or sourced file) with status n. */
import { ReturnSignal } from '../signals';
import { complain, type InterpreterBuiltin } from './types';

export const returnBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  const arg = args[0];
  let status = sh.lastStatus;
  if (arg !== undefined) {
    if (!/^-?\d+$/.test(arg)) {
      complain(
        sh,
        fds,
        'return',
        sh.flavor === 'bash' ? `${arg}: numeric argument required` : `Illegal number: ${arg}`,
      );
      status = 2;
    } else status = ((Number(arg) % 256) + 256) % 256;
  }
  if (sh.locals.length === 0 && sh.sourceDepth === 0) {
    if (sh.flavor === 'bash') {
      complain(sh, fds, 'return', "can only `return' from a function or sourced script");
      return 2;
    }
  }
  throw new ReturnSignal(status);
};
