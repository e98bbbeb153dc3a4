/** set -x: each simple command, expanded, on stderr after PS4 (bash quotes what needs it). */
import type { Fds } from '../redirect';
import type { Shell } from '../shell';

export function traceCommand(
  sh: Shell,
  assigned: readonly { name: string; value: string }[],
  argv: readonly string[],
  fds: Fds,
): void {
  const ps4 = sh.lookup('PS4') ?? '+ ';
  const words = [
    ...assigned.map((a) => `${a.name}=${quote(sh, a.value)}`),
    ...argv.map((w) => quote(sh, w)),
  ];
  fds.err.write(`${ps4}${words.join(' ')}\n`);
}

function quote(sh: Shell, word: string): string {
  if (sh.flavor !== 'bash')
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
  if (word === '') return "''";
  return /^[A-Za-z0-9_@%+=:,./~^-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
