/** local, declare/typeset, unset, `:`: variables and functions. */
import { assign } from '../simple';
import { complain, type InterpreterBuiltin } from './types';

const NAME = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)?([\s\S]*)$/;

/** local NAME[=VALUE] ... (also declare/typeset inside a function) */
function declareIn(name: string, requireFunction: boolean): InterpreterBuiltin {
  return (sh, args, fds) => {
    if (requireFunction && sh.locals.length === 0) {
      const bash = sh.flavor === 'bash';
      complain(sh, fds, name, bash ? 'can only be used in a function' : 'not in a function');
      return bash ? 1 : 2;
    }
    let status = 0;
    let array = false;
    let exported = false;
    for (const arg of args) {
      if (/^[-+][aAixrfgl]+$/.test(arg)) {
        array ||= arg.includes('a');
        exported ||= arg.startsWith('-') && arg.includes('x');
        continue;
      }
      const m = NAME.exec(arg);
      if (!m) {
        complain(sh, fds, name, `\`${arg}': not a valid identifier`);
        status = 1;
        continue;
      }
      const [, varName, op, value] = m;
      if (sh.locals.length > 0) sh.declareLocal(varName!);
      if (op) {
        const list = /^\(.*\)$/s.test(value!)
          ? value!.slice(1, -1).split(/\s+/).filter(Boolean)
          : null;
        assign(sh, {
          name: varName!,
          value: value!,
          ...(list ? { array: list } : {}),
          append: op === '+=',
        });
      } else if (array && !sh.arrays.has(varName!)) sh.setArray(varName!, []);
      else if (sh.locals.length > 0 && requireFunction) sh.env.delete(varName!);
      if (exported) sh.exported.add(varName!);
    }
    return status;
  };
}

export const localBuiltin = declareIn('local', true);
export const declareBuiltin = declareIn('declare', false);

export const unsetBuiltin: InterpreterBuiltin = (sh, args) => {
  let functions = false;
  for (const arg of args) {
    if (arg === '-f') functions = true;
    else if (arg === '-v') functions = false;
    else if (functions) sh.functions.delete(arg);
    else {
      const element = /^([A-Za-z_]\w*)\[(\d+)\]$/.exec(arg);
      if (element) {
        const array = sh.arrays.get(element[1]!);
        if (array) delete array[Number(element[2])];
      } else if (!sh.env.has(arg) && !sh.arrays.has(arg) && sh.functions.has(arg))
        sh.functions.delete(arg);
      else sh.unsetVar(arg);
    }
  }
  return 0;
};

export const colonBuiltin: InterpreterBuiltin = () => 0;
