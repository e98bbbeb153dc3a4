/**
 * The prune prompts: the CLI prints the question (no newline) and reads one line of stdin;
 * only y or yes goes on. Without an answer (stdin at its end) the command ends quietly, exit 0.
 * Known limit: in the page's terminal a command cannot read a typed answer yet, so there the
 * prompt ends as if Enter was pressed (a new line, declined); `-f` or `echo y |` answers it.
 */
import type { DockerContext } from './types';

export function confirm(d: DockerContext, warning: string): boolean {
  d.out.write(`${warning}\nAre you sure you want to continue? [y/N] `);
  if (d.sh.tty !== null && d.sh.stdin === '') d.out.write('\n');
  const answer = d.sh.stdin.split('\n')[0]?.trim().toLowerCase() ?? '';
  return answer === 'y' || answer === 'yes';
}
