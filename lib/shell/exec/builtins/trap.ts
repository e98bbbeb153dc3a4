/** trap [action] [signal ...]: EXIT runs when the shell ends, INT on Ctrl-C. */
import { complain, type InterpreterBuiltin } from './types';

const SIGNALS: Record<string, string> = {
  '0': 'EXIT',
  '1': 'HUP',
  '2': 'INT',
  '3': 'QUIT',
  '15': 'TERM',
};
const KNOWN = new Set([
  'EXIT',
  'HUP',
  'INT',
  'QUIT',
  'TERM',
  'ERR',
  'DEBUG',
  'RETURN',
  'USR1',
  'USR2',
]);

function signalName(spec: string): string | null {
  const upper = spec.toUpperCase().replace(/^SIG/, '');
  const name = SIGNALS[upper] ?? upper;
  return KNOWN.has(name) ? name : null;
}

export const trapBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  const list = args[0] === '-p' || args.length === 0;
  if (list) {
    for (const [name, action] of sh.traps)
      fds.out.write(
        `trap -- '${action.replace(/'/g, `'\\''`)}' ${name === 'EXIT' ? 'EXIT' : `SIG${name}`}\n`,
      );
    return 0;
  }
  const [action, ...specs] = args[0] === '--' ? args.slice(1) : args;
  const reset = action === '-' || (specs.length === 0 && /^\d+$/.test(action ?? ''));
  const targets = specs.length === 0 ? [action!] : specs;
  let status = 0;
  for (const spec of targets) {
    const name = signalName(spec);
    if (!name) {
      complain(
        sh,
        fds,
        'trap',
        sh.flavor === 'bash'
          ? `${spec}: invalid signal specification`
          : `${spec}: invalid signal specification`,
      );
      status = 1;
      continue;
    }
    if (reset) sh.traps.delete(name);
    else sh.traps.set(name, action!);
  }
  return status;
};
