/**
 * The prune commands' question. The CLI (28.2, as recorded) prints the warning, then asks
 * `[y/N]` and reads one line: only `y` or `Y`, blanks around it aside, goes on ("yes" does not).
 * At the page's terminal the reader types the answer (DockerEnv.readLine): Ctrl-D ends the
 * input, which declines quietly; Ctrl-C declines after a new line (docker's own, after the
 * terminal's `^C`), exit 0 either way (lib/terminal/fixtures/docker-prompt.json). Without a
 * terminal (sim, `echo y |`) the answer is stdin's first line; at its end, a decline.
 * The rule: docs/semantics.md#prune-questions.
 */
import type { DockerContext } from './types';

const QUESTION = 'Are you sure you want to continue? [y/N] ';

export async function confirm(d: DockerContext, warning: string): Promise<boolean> {
  d.out.write(`${warning}\n`);
  const answer = await ask(d);
  return answer.trim().toLowerCase() === 'y';
}

async function ask(d: DockerContext): Promise<string> {
  if (d.sh.tty !== null && d.sh.stdin === '' && d.env.readLine) {
    const typed = await d.env.readLine(QUESTION);
    if ('line' in typed) return typed.line;
    if (typed.end === 'interrupt') d.out.write('\n');
    return '';
  }
  d.out.write(QUESTION);
  // A terminal no one can type into (a test's): the line ends as if Enter was pressed.
  if (d.sh.tty !== null && d.sh.stdin === '') d.out.write('\n');
  return d.sh.stdin.split('\n')[0] ?? '';
}
