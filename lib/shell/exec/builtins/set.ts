/** set [-euxf] [-o option] [--] [args]: shell options and the positional parameters. */
import type { Shell, ShellOptions } from '../../shell';
import { complain, type InterpreterBuiltin } from './types';

const LETTERS: Record<string, keyof ShellOptions> = {
  e: 'errexit',
  u: 'nounset',
  x: 'xtrace',
  f: 'noglob',
};
const NAMES: Record<string, keyof ShellOptions> = {
  errexit: 'errexit',
  nounset: 'nounset',
  xtrace: 'xtrace',
  pipefail: 'pipefail',
  noglob: 'noglob',
};

export const setBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  if (args.length === 0) {
    fds.out.write(listVariables(sh));
    return 0;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--' || arg === '-') {
      sh.positional = args.slice(i + 1);
      return 0;
    }
    if (!/^[-+]/.test(arg)) {
      sh.positional = args.slice(i);
      return 0;
    }
    const on = arg[0] === '-';
    if (arg.slice(1) === 'o') {
      const name = args[++i];
      if (name === undefined) {
        fds.out.write(listOptions(sh, on));
        continue;
      }
      const option = NAMES[name];
      if (!option) {
        complain(
          sh,
          fds,
          'set',
          sh.flavor === 'bash' ? `${name}: invalid option name` : `Illegal option -o ${name}`,
        );
        return sh.flavor === 'bash' ? 1 : 2;
      }
      sh.options[option] = on;
      continue;
    }
    for (const letter of arg.slice(1)) {
      const option = LETTERS[letter];
      if (!option) {
        complain(
          sh,
          fds,
          'set',
          sh.flavor === 'bash'
            ? `${arg[0]}${letter}: invalid option`
            : `Illegal option ${arg[0]}${letter}`,
        );
        if (sh.flavor === 'bash')
          fds.err.write(
            'set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n',
          );
        return 2;
      }
      sh.options[option] = on;
    }
  }
  return 0;
};

function listOptions(sh: Shell, on: boolean): string {
  const names = Object.keys(NAMES).sort();
  if (!on) return names.map((n) => `set ${sh.options[NAMES[n]!] ? '-' : '+'}o ${n}\n`).join('');
  const pad = (n: string) => (sh.flavor === 'bash' ? `${n.padEnd(15)}\t` : n.padEnd(16));
  return names.map((n) => `${pad(n)}${sh.options[NAMES[n]!] ? 'on' : 'off'}\n`).join('');
}

function listVariables(sh: Shell): string {
  const names = [...new Set([...sh.env.keys(), ...sh.arrays.keys()])].sort();
  return names
    .map((n) => {
      const array = sh.arrays.get(n);
      if (array) return `${n}=(${array.map((v, i) => `[${i}]="${v}"`).join(' ')})\n`;
      return `${n}=${quoteValue(sh.env.get(n) ?? '')}\n`;
    })
    .join('');
}

function quoteValue(v: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]*$/.test(v) && v !== '' ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
