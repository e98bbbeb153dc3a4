/**
 * Commands found by name or path: a registered command, `/bin/ls` (in a BusyBox image every
 * applet is a link to /bin/busybox), an executable shell script, or "command not found".
 */
import { strerror } from '../../fs';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runRegistered } from './simple';

type Assigned = Parameters<typeof runRegistered>[3];

export async function runPathCommand(
  sh: Shell,
  argv: string[],
  assigned: Assigned,
  io: Fds,
): Promise<number> {
  const typed = argv[0]!;
  const byPath =
    typed.includes('/') && !sh.host.commands.has(typed) ? commandAtPath(sh, typed) : null;
  const name = byPath ?? typed;
  const command = sh.host.commands.get(name);
  if (command && (!command.flavors || command.flavors.includes(sh.flavor)))
    return runRegistered(sh, name, argv, assigned, io);
  const script = name.includes('/') ? readScript(sh, name) : null;
  if (script === null) return notFound(sh, name, io);
  const sub = sh.subshell();
  sub.positional = argv.slice(1);
  sub.argv0 = typed;
  for (const a of assigned) sub.env.set(a.name, a.value);
  return sub.run(script, { stdin: io.stdin, stdout: io.out, stderr: io.err });
}

export function commandAtPath(sh: Shell, name: string): string | null {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (!sh.host.commands.has(base)) return null;
  try {
    return sh.host.fs.stat(sh.resolve(name)).kind === 'file' ? base : null;
  } catch {
    return null;
  }
}

/** The text of an executable shell script at `name` (`#!/bin/sh`, or no #! line), else null. */
function readScript(sh: Shell, name: string): string | null {
  const path = sh.resolve(name);
  try {
    const st = sh.host.fs.stat(path);
    const { uid, gid } = sh.host.identity;
    const bits =
      uid === 0
        ? st.mode & 0o111
        : uid === st.uid
          ? st.mode & 0o100
          : gid === st.gid
            ? st.mode & 0o010
            : st.mode & 0o001;
    if (st.kind !== 'file' || bits === 0) return null;
    const text = sh.host.fs.readTextFile(path);
    if (text.includes('\u0000')) return null; // a binary, not a script
    const shebang = /^#!\s*(\S+)/.exec(text)?.[1];
    return shebang === undefined || /\/(ba)?sh$/.test(shebang) ? text : null;
  } catch {
    return null;
  }
}

function notFound(sh: Shell, name: string, io: Fds): number {
  const bash = sh.flavor === 'bash';
  if (name.includes('/')) {
    const exists = sh.host.fs.exists(sh.resolve(name));
    const why = exists ? strerror('EACCES') : strerror('ENOENT');
    io.err.write(
      bash
        ? `${sh.prefix}: ${name}: ${why}\n`
        : `${sh.prefix}: ${name}: ${exists ? 'Permission denied' : 'not found'}\n`,
    );
    return exists ? 126 : 127;
  }
  io.err.write(
    bash ? `${sh.prefix}: ${name}: command not found\n` : `${sh.prefix}: ${name}: not found\n`,
  );
  return 127;
}
