/** type NAME…, command [-v|-V] NAME [args]: what a name means to the shell, or running it. */
import type { Shell } from '../../shell';
import type { Fds } from '../../redirect';
import { runPathCommand } from '../path';
import { ashQuote, bashQuote } from '../../alias';
import { interpreterBuiltins } from './registry';
import { complain, type InterpreterBuiltin } from './types';

const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'until',
  'do',
  'done',
  'in',
  'function',
  '{',
  '}',
  '!',
  '[[',
  ']]',
]);
const SHELL_BUILTINS = new Set([
  'cd',
  'export',
  'unset',
  'exit',
  'history',
  'help',
  'pwd',
  'echo',
  'printf',
  'true',
  'false',
  'kill',
  'umask',
  'alias',
]);

type Kind =
  { kind: 'alias' | 'keyword' | 'function' | 'builtin' } | { kind: 'file'; path: string } | null;

function classify(sh: Shell, name: string): Kind {
  if (sh.aliases.has(name)) return { kind: 'alias' };
  if (KEYWORDS.has(name) && (sh.flavor === 'bash' || !name.includes('[')))
    return { kind: 'keyword' };
  if (sh.functions.has(name)) return { kind: 'function' };
  if (interpreterBuiltins.has(name) || SHELL_BUILTINS.has(name)) return { kind: 'builtin' };
  const command = sh.host.commands.get(name);
  if (command && (!command.flavors || command.flavors.includes(sh.flavor)))
    return { kind: 'file', path: pathOf(sh, name) };
  return null;
}

function pathOf(sh: Shell, name: string): string {
  for (const dir of (sh.lookup('PATH') ?? '/usr/bin:/bin').split(':')) {
    const path = `${dir}/${name}`;
    if (sh.host.fs.exists(path)) return path;
  }
  return `/usr/bin/${name}`;
}

function describeName(sh: Shell, name: string, kind: NonNullable<Kind>): string {
  switch (kind.kind) {
    case 'alias':
      return sh.flavor === 'bash'
        ? `${name} is aliased to \`${sh.aliases.get(name)}'`
        : `${name} is an alias for ${sh.aliases.get(name)}`;
    case 'keyword':
      return sh.flavor === 'bash' ? `${name} is a shell keyword` : `${name} is a shell keyword`;
    case 'function':
      return sh.flavor === 'bash'
        ? `${name} is a function\n${sh.functions.get(name)!.source}`
        : `${name} is a function`;
    case 'builtin':
      return sh.flavor === 'bash' ? `${name} is a shell builtin` : `${name} is a shell builtin`;
    case 'file':
      return `${name} is ${kind.path}`;
  }
}

export const typeBuiltin: InterpreterBuiltin = (sh, args, fds) => {
  let status = 0;
  const terse = sh.flavor === 'bash' && args.includes('-t');
  for (const name of args.filter((a) => !a.startsWith('-'))) {
    const kind = classify(sh, name);
    if (kind && terse) fds.out.write(`${kind.kind}\n`);
    else if (kind) fds.out.write(`${describeName(sh, name, kind)}\n`);
    else if (terse) status = 1;
    else {
      if (sh.flavor === 'bash') complain(sh, fds, 'type', `${name}: not found`);
      else fds.out.write(`${name}: not found\n`);
      status = sh.flavor === 'bash' ? 1 : 127;
    }
  }
  return status;
};

export const commandBuiltin: InterpreterBuiltin = async (sh, args, fds) => {
  const flag = args[0];
  if (flag === '-v' || flag === '-V')
    return describeCommands(sh, args.slice(1), flag === '-V', fds);
  const rest = flag === '--' ? args.slice(1) : args;
  if (rest.length === 0) return 0;
  const builtin = interpreterBuiltins.get(rest[0]!);
  if (builtin) return builtin(sh, rest.slice(1), fds);
  return runPathCommand(sh, rest, [], fds);
};

function describeCommands(sh: Shell, names: string[], verbose: boolean, fds: Fds): number {
  let status = 0;
  for (const name of names) {
    const kind = classify(sh, name);
    if (!kind) {
      if (verbose) complain(sh, fds, 'command', `${name}: not found`);
      status = 1;
      continue;
    }
    if (verbose) fds.out.write(`${describeName(sh, name, kind)}\n`);
    else if (kind.kind === 'alias') fds.out.write(`alias ${name}=${quoteAlias(sh, name)}\n`);
    else fds.out.write(`${kind.kind === 'file' && sh.flavor === 'bash' ? kind.path : name}\n`);
  }
  return status === 0 || sh.flavor === 'bash' ? status : 127;
}

function quoteAlias(sh: Shell, name: string): string {
  const value = sh.aliases.get(name)!;
  return sh.flavor === 'bash' ? bashQuote(value) : ashQuote(value);
}
