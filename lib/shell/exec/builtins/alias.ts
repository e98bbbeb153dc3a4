/**
 * alias [-p] [NAME[=VALUE] …] and unalias [-a] NAME…: the shell's alias table (expanded by the
 * parser, ../../alias). bash lists `alias name='value'` sorted and prefixes its errors with
 * `bash: alias:`; BusyBox's ash lists `name='value'` in its hash table's order, prints its errors
 * bare (`alias: x not found`), knows no -p and takes any name (lib/shell/fixtures/alias.cmds).
 */
import type { Fds } from '../../redirect';
import type { Shell } from '../../shell';
import { ashQuote, bashQuote, listingOrder } from '../../alias';
import { complain, type InterpreterBuiltin } from './types';

/** bash's legal_alias_name: no blanks, quotes, `/`, `$` or shell metacharacters. */
const ILLEGAL = /[\s'"\\`$/|&;()<>]/;

function show(sh: Shell, name: string, fds: Fds): void {
  const value = sh.aliases.get(name)!;
  if (sh.flavor === 'bash') fds.out.write(`alias ${name}=${bashQuote(value)}\n`);
  else fds.out.write(`${name}=${ashQuote(value)}\n`);
}

function listAll(sh: Shell, fds: Fds): void {
  for (const name of listingOrder([...sh.aliases.keys()], sh.flavor !== 'bash'))
    show(sh, name, fds);
}

function fail(sh: Shell, fds: Fds, builtin: string, message: string): void {
  if (sh.flavor === 'bash') complain(sh, fds, builtin, message);
  else fds.err.write(`${builtin}: ${message.replace(/: not found$/, ' not found')}\n`);
}

/** bash's option error for alias/unalias, or null when `arg` is not an option. */
function badOption(sh: Shell, fds: Fds, builtin: string, arg: string, usage: string): number {
  complain(sh, fds, builtin, `${arg.slice(0, 2)}: invalid option`);
  fds.err.write(`${builtin}: usage: ${usage}\n`);
  return 2;
}

export const aliasBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  let operands = args;
  if (sh.flavor === 'bash') {
    let i = 0;
    for (; i < args.length && /^-./.test(args[i]!) && args[i] !== '--'; i++)
      if (args[i] !== '-p')
        return badOption(sh, fds, 'alias', args[i]!, 'alias [-p] [name[=value] ... ]');
    if (args[i] === '--') i++;
    if (i > 0 && args.slice(0, i).includes('-p')) listAll(sh, fds);
    operands = args.slice(i);
    if (i > 0 && operands.length === 0) return 0;
  }
  if (operands.length === 0) {
    listAll(sh, fds);
    return 0;
  }
  let status = 0;
  for (const arg of operands) {
    const eq = arg.indexOf('=', 1);
    if (eq < 0) {
      if (sh.aliases.has(arg)) show(sh, arg, fds);
      else {
        fail(sh, fds, 'alias', `${arg}: not found`);
        status = 1;
      }
      continue;
    }
    const name = arg.slice(0, eq);
    if (sh.flavor === 'bash' && ILLEGAL.test(name)) {
      complain(sh, fds, 'alias', `\`${name}': invalid alias name`);
      status = 1;
    } else sh.aliases.set(name, arg.slice(eq + 1));
  }
  return status;
};

export const unaliasBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  const usage = 'unalias [-a] name [name ...]';
  let i = 0;
  let all = false;
  for (; i < args.length && /^-./.test(args[i]!) && args[i] !== '--'; i++) {
    if (args[i] === '-a') all = true;
    else if (sh.flavor === 'bash') return badOption(sh, fds, 'unalias', args[i]!, usage);
    else break;
  }
  if (args[i] === '--') i++;
  if (all) {
    sh.aliases.clear();
    return 0;
  }
  const names = args.slice(i);
  if (names.length === 0 && sh.flavor === 'bash') {
    fds.err.write(`unalias: usage: ${usage}\n`);
    return 2;
  }
  let status = 0;
  for (const name of names) {
    if (!sh.aliases.delete(name)) {
      fail(sh, fds, 'unalias', `${name}: not found`);
      status = 1;
    }
  }
  return status;
};
