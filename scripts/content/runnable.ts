/**
 * Every ```bash block in the notes runs on the simulated machine: one fresh machine per page
 * (in the book's repository, as the exercises start), blocks in page order, line by line. A line
 * fails the check when the shell cannot parse it, a command is unknown (exit 127), a flag is
 * unknown, or it hangs. Errors the prose shows on purpose (a missing container, a refused mount)
 * are results, not failures: the check is about commands a reader can type.
 */
import { createMachine, REPO } from '../../lib/machine';
import type { Problem } from './check';

const BROKEN =
  /command not found|syntax error|unexpected EOF|unknown flag|unknown shorthand flag|is not a docker command/;

/** The lines of each ```bash fence, with their 1-based line numbers in the file. */
export function bashLines(source: string): { line: string; number: number }[] {
  const out: { line: string; number: number }[] = [];
  let inBash = false;
  source.split(/\r?\n/).forEach((text, i) => {
    if (/^```bash\s*$/.test(text)) inBash = true;
    else if (inBash && /^```\s*$/.test(text)) inBash = false;
    else if (inBash && text.trim() !== '' && !text.startsWith('#'))
      out.push({ line: text, number: i + 1 });
  });
  return out;
}

export async function checkRunnable(file: string, source: string): Promise<Problem[]> {
  const machine = createMachine({ seed: 1, cwd: REPO, budgetMs: 5000 });
  const problems: Problem[] = [];
  for (const { line, number } of bashLines(source)) {
    const r = await machine.exec(line);
    const text = `${r.stdout}${r.stderr}`;
    if (r.hung) problems.push({ file, line: number, message: `hangs: ${line}` });
    else if (r.exitCode === 127 || BROKEN.test(text))
      problems.push({ file, line: number, message: `not runnable: ${line}\n  ${text.trim()}` });
  }
  return problems;
}
