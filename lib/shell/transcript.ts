/**
 * The oracle's transcript format (`../shared/oracle/docker-oracle.sh record`): for each line,
 * `$ <line>`, its output (a newline added if it lacks one), `[exit N]`, a blank line. Lines
 * starting with `#` are copied as notes; blank lines are skipped.
 */
import { SeededRandom } from './random';

/** Anything that runs a line and reports what the terminal showed (a Session, a Sandbox). */
export interface LineRunner {
  exec(line: string): Promise<{ output: string; exitCode: number }>;
}

export async function transcript(session: LineRunner, lines: readonly string[]): Promise<string> {
  let text = '';
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      text += `${line}\n`;
      continue;
    }
    const r = await session.exec(line);
    text += `$ ${line}\n${r.output}`;
    if (r.output !== '' && !r.output.endsWith('\n')) text += '\n';
    text += `[exit ${r.exitCode}]\n\n`;
  }
  return text;
}

/** A small seeded generator (mulberry32): same seed, same $RANDOM and IDs. */
export function seededRandom(seed: number): () => number {
  return new SeededRandom(seed).fn;
}
