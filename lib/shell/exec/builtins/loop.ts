/** break [n], continue [n] */
import { BreakSignal, ContinueSignal } from '../signals';
import { complain, type InterpreterBuiltin } from './types';

function loopControl(name: 'break' | 'continue'): InterpreterBuiltin {
  return (sh, args, fds) => {
    const n = args[0] === undefined ? 1 : Number(args[0]);
    if (!Number.isInteger(n) || n < 1) {
      if (sh.flavor === 'bash') complain(sh, fds, name, `${args[0]}: loop count out of range`);
      else complain(sh, fds, name, `Illegal number: ${args[0]}`);
      return 1;
    }
    if (sh.loopDepth === 0) {
      if (sh.flavor === 'bash')
        complain(sh, fds, name, "only meaningful in a `for', `while', or `until' loop");
      return 0;
    }
    const levels = Math.min(n, sh.loopDepth);
    throw name === 'break' ? new BreakSignal(levels) : new ContinueSignal(levels);
  };
}

export const breakBuiltin = loopControl('break');
export const continueBuiltin = loopControl('continue');
