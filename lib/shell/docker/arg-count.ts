/**
 * The CLI 28 positional-argument checks (cli/required.go), each with its own last line:
 * RequiresMinArgs says "See", ExactArgs, RequiresRangeArgs and NoArgs say "Run", and
 * RequiresMaxArgs prints "SRun" (a stray "S" in the real CLI, kept byte for byte).
 */
export interface ArgCount {
  min?: number;
  max?: number;
  exact?: number;
}

const plural = (n: number) => `argument${n === 1 ? '' : 's'}`;

/** The error text for `invoked` given `n` arguments, or null when the count is fine. */
export function argCountError(
  invoked: string,
  usage: string,
  n: number,
  { min, max, exact }: ArgCount,
): string | null {
  let problem: string;
  let hint = 'Run';
  if (min !== undefined && max !== undefined) {
    if (n >= min && n <= max) return null;
    problem = `requires at least ${min} and at most ${max} ${plural(max)}`;
  } else if (exact !== undefined) {
    if (n === exact) return null;
    problem = `requires ${exact} ${plural(exact)}`;
  } else if (min !== undefined) {
    if (n >= min) return null;
    problem = `requires at least ${min} ${plural(min)}`;
    hint = 'See';
  } else if (max !== undefined) {
    if (n <= max) return null;
    problem = max === 0 ? 'accepts no arguments' : `requires at most ${max} ${plural(max)}`;
    if (max > 0) hint = 'SRun';
  } else return null;
  return `docker: '${invoked}' ${problem}\n\n${usage}\n\n${hint} '${invoked} --help' for more information\n`;
}
