/** let EXPR ...: arithmetic; status 1 when the last value is 0. */
import { ExpansionError } from '../../expand';
import { complain, type InterpreterBuiltin } from './types';

export const letBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  if (args.length === 0) {
    complain(sh, fds, 'let', 'expression expected');
    return 1;
  }
  let value = 0n;
  try {
    for (const expr of args) value = sh.arith(expr);
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    fds.err.write(`${sh.prefix}: let: ${e.message}\n`);
    return 1;
  }
  return value === 0n ? 1 : 0;
};
