/**
 * The builtins that live in the interpreter. The POSIX special builtins among them are found
 * before functions; the rest after functions, before commands.
 */
import type { Flavor } from '../../types';
import { colonBuiltin, declareBuiltin, localBuiltin, unsetBuiltin } from './variables';
import { evalBuiltin, execBuiltin, sourceBuiltin } from './eval';
import { breakBuiltin, continueBuiltin } from './loop';
import { getoptsBuiltin } from './getopts';
import { letBuiltin } from './let';
import { readBuiltin } from './read';
import { returnBuiltin } from './return';
import { setBuiltin } from './set';
import { shiftBuiltin } from './shift';
import { shoptBuiltin } from './shopt';
import { bracketBuiltin, testBuiltin } from './test';
import { trapBuiltin } from './trap';
import type { InterpreterBuiltin } from './types';
import { waitBuiltin } from './wait';
import { commandBuiltin, typeBuiltin } from './command';
import { aliasBuiltin, unaliasBuiltin } from './alias';

export const interpreterBuiltins = new Map<string, InterpreterBuiltin>([
  ['break', breakBuiltin],
  ['continue', continueBuiltin],
  ['return', returnBuiltin],
  ['set', setBuiltin],
  ['shift', shiftBuiltin],
  ['eval', evalBuiltin],
  ['exec', execBuiltin],
  ['.', sourceBuiltin('.')],
  ['source', sourceBuiltin('source')],
  [':', colonBuiltin],
  ['trap', trapBuiltin],
  ['unset', unsetBuiltin],
  ['local', localBuiltin],
  ['declare', declareBuiltin],
  ['typeset', declareBuiltin],
  ['read', readBuiltin],
  ['wait', waitBuiltin],
  ['getopts', getoptsBuiltin],
  ['let', letBuiltin],
  ['shopt', shoptBuiltin],
  ['type', typeBuiltin],
  ['command', commandBuiltin],
  ['test', testBuiltin],
  ['[', bracketBuiltin],
  ['alias', aliasBuiltin],
  ['unalias', unaliasBuiltin],
]);

export const SPECIAL_BUILTINS = new Set([
  'break',
  'continue',
  'return',
  'set',
  'shift',
  'eval',
  'exec',
  '.',
  ':',
  'trap',
  'unset',
]);

/** Builtins only bash has; BusyBox's ash answers "not found" for them. */
const BASH_ONLY = new Set(['declare', 'typeset', 'shopt']);

export function builtinFor(name: string, flavor: Flavor): InterpreterBuiltin | undefined {
  if (flavor !== 'bash' && BASH_ONLY.has(name)) return undefined;
  return interpreterBuiltins.get(name);
}
