// Records what the real tools print for the text-command fixtures (run on a Debian 12 host with
// bash 5.2, GNU coreutils 9.1, grep 3.8, sed 4.9 and BusyBox 1.35 installed):
//   node lib/shell/commands/text-fixtures/record.mjs text grep sed system
// Each cases-NAME.json holds [flavors, command, args, stdin?, file to read back after?]; NAME.json gets the results. Files
// come from files.json plus `big` (seq 100000). Builtins (echo printf pwd true false) run inside
// `bash -c` / `busybox sh -c`; their "line N:" prefixes are dropped, as an interactive shell
// prints none. BusyBox applets run as `busybox APPLET`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const files = JSON.parse(fs.readFileSync(path.join(here, 'files.json'), 'utf8'));
files.big = Array.from({ length: 100000 }, (_, i) => `${i + 1}\n`).join('');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'text-fixtures-'));
const reset = () => {
  for (const [p, c] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    if (c === null) fs.mkdirSync(path.join(dir, p), { recursive: true });
    else fs.writeFileSync(path.join(dir, p), c);
  }
};
const BUILTIN = new Set(['echo', 'printf', 'pwd', 'true', 'false']);
for (const name of process.argv.slice(2)) {
  const cases = JSON.parse(fs.readFileSync(path.join(here, `cases-${name}.json`), 'utf8'));
  const out = [];
  for (const [flavors, cmd, args, stdin = '', check] of cases) {
    for (const flavor of flavors === 'both' ? ['bash', 'busybox'] : [flavors]) {
      reset();
      const opts = {
        cwd: dir,
        input: stdin,
        encoding: 'utf8',
        env: { LC_ALL: 'C', PATH: '/usr/bin:/bin' },
      };
      const r =
        flavor === 'bash'
          ? spawnSync('bash', ['--norc', '-c', `${cmd} "$@"`, 'bash', ...args], opts)
          : BUILTIN.has(cmd)
            ? spawnSync('busybox', ['sh', '-c', `${cmd} "$@"`, 'sh', ...args], opts)
            : spawnSync('busybox', [cmd, ...args], opts);
      const stderr = r.stderr
        .replace(/^bash: line 1: /gm, 'bash: ')
        .replace(/^sh: (\w+: )?line \d+: /gm, 'sh: $1');
      const after =
        check === undefined
          ? {}
          : { check, content: fs.readFileSync(path.join(dir, check), 'utf8') };
      out.push({ flavor, cmd, args, stdin, stdout: r.stdout, stderr, status: r.status, ...after });
    }
  }
  fs.writeFileSync(path.join(here, `${name}.json`), `${JSON.stringify(out, null, 1)}\n`);
}
fs.rmSync(dir, { recursive: true, force: true });
