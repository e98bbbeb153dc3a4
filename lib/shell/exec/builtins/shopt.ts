/** shopt [-s|-u] [name ...]: bash's optional behaviours (nullglob, extglob, dotglob, …). */
import { complain, type InterpreterBuiltin } from './types';

const KNOWN = [
  'dotglob',
  'extglob',
  'failglob',
  'globstar',
  'nocaseglob',
  'nullglob',
  'expand_aliases',
  'lastpipe',
];

export const shoptBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  let mode: 's' | 'u' | null = null;
  let quiet = false;
  const names: string[] = [];
  for (const arg of args) {
    if (arg === '-s') mode = 's';
    else if (arg === '-u') mode = 'u';
    else if (arg === '-q') quiet = true;
    else names.push(arg);
  }
  for (const name of names) {
    if (!KNOWN.includes(name)) {
      complain(sh, fds, 'shopt', `${name}: invalid shell option name`);
      return 1;
    }
  }
  if (mode === null) {
    const shown = names.length > 0 ? names : KNOWN;
    if (!quiet)
      for (const n of shown) fds.out.write(`${n.padEnd(15)}\t${sh.shopts.has(n) ? 'on' : 'off'}\n`);
    return shown.every((n) => sh.shopts.has(n)) ? 0 : 1;
  }
  for (const n of names) {
    if (mode === 's') sh.shopts.add(n);
    else sh.shopts.delete(n);
  }
  return 0;
};
