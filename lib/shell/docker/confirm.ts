/**
 * The prune prompts: the CLI prints the question (no newline) and reads one line of stdin;
 * only y or yes goes on. Without an answer (stdin at its end) the command ends quietly, exit 0.
 */
import type { DockerContext } from './types';

export function confirm(d: DockerContext, warning: string): boolean {
  d.out.write(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = d.sh.stdin.split('\n')[0]?.trim().toLowerCase() ?? '';
  return answer === 'y' || answer === 'yes';
}
