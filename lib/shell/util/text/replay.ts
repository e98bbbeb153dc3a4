/**
 * Replays recorded real-tool runs (lib/shell/commands/text-fixtures/*.json, written by
 * record.mjs there) against the simulated commands: the same files, arguments and stdin.
 */
import { hostFs, runCommand } from '../../testing';
import type { Command, Flavor } from '../../types';

export interface Recorded {
  flavor: Flavor;
  cmd: string;
  args: string[];
  stdin: string;
  stdout: string;
  stderr: string;
  status: number;
}

/** The fixture tree under /w (cwd of every case), owned by root as in the recording; `big` is
 * `seq 100000`, built only when asked for. */
export function fixtureFs(files: Record<string, string | null>, big = true) {
  const fs = hostFs();
  fs.mkdir('/w', { recursive: true });
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\n');
  const all: Record<string, string | null> = { ...files };
  if (big) all.big = Array.from({ length: 100000 }, (_, i) => `${i + 1}\n`).join('');
  for (const [path, content] of Object.entries(all)) {
    const parts = `/w/${path}`.split('/');
    for (let i = 2; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!fs.exists(dir)) fs.mkdir(dir);
    }
    if (content === null) fs.mkdir(`/w/${path}`);
    else fs.writeFile(`/w/${path}`, content);
  }
  return fs;
}

/** A readable test title: `bash: grep -n o a.txt`. */
export function caseTitle(c: Recorded): string {
  const show = (s: string) => (/^[\w./:=,+-]+$/.test(s) ? s : JSON.stringify(s));
  const input = c.stdin === '' ? '' : ` <<< ${JSON.stringify(c.stdin)}`;
  return `${c.flavor}: ${[c.cmd, ...c.args].map(show).join(' ')}${input}`;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
  /** Content of `check` after the run (sed -i), when the case names one. */
  content?: string;
}

/** Runs one recorded case on a fresh fixture tree; returns what happened and what should have. */
export async function replayCase(
  c: Recorded & { check?: string; content?: string },
  files: Record<string, string | null>,
  commands: readonly Command[],
): Promise<{ actual: Outcome; expected: Outcome }> {
  const command = commands.find((t) => t.name === c.cmd);
  if (command === undefined) throw new Error(`no command ${c.cmd}`);
  const fs = fixtureFs(files, c.args.includes('big'));
  const r = await runCommand(command, c.args, { fs, cwd: '/w', flavor: c.flavor, stdin: c.stdin });
  const actual: Outcome = { stdout: r.stdout, stderr: r.stderr, status: r.exitCode };
  const expected: Outcome = { stdout: c.stdout, stderr: c.stderr, status: c.status };
  if (c.check !== undefined) {
    actual.content = fs.exists(`/w/${c.check}`) ? fs.readTextFile(`/w/${c.check}`) : '<missing>';
    expected.content = c.content;
  }
  return { actual, expected };
}
