/**
 * The oracle's transcript format (`../shared/oracle/docker-oracle.sh record`, scripts/shell-oracle.sh):
 * for each command, `$ <line>`, its output (a newline added if it lacks one), `[exit N]`, a blank
 * line. Lines starting with `#` are copied as notes; blank lines are skipped. A line starting with
 * `> ` (or a lone `>`) continues the command before it, as a terminal shows continuation lines:
 * the command runs as the lines joined with newlines, `> ` removed, and is printed as written.
 * Use them only for a command that stays incomplete until its last line (an open quote, a
 * compound command, a here-document): a terminal runs each complete command at once.
 */
import { SeededRandom } from './random';

/** Anything that runs a line and reports what the terminal showed (a Session, a Machine). */
export interface LineRunner {
  exec(line: string): Promise<{ output: string; exitCode: number }>;
}

/** One entry of a commands file: a note, or a command with the lines it was written on. */
export type Entry = { note: string } | { lines: string[]; command: string };

function isContinuation(line: string): boolean {
  return line.startsWith('> ') || line === '>';
}

/** Groups a commands file into notes and (possibly multi-line) commands. */
export function entries(lines: readonly string[]): Entry[] {
  const out: Entry[] = [];
  let open: { lines: string[]; command: string } | undefined;
  for (const line of lines) {
    if (open && isContinuation(line)) {
      open.lines.push(line);
      open.command += `\n${line.slice(line === '>' ? 1 : 2)}`;
      continue;
    }
    open = undefined;
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      out.push({ note: line });
      continue;
    }
    open = { lines: [line], command: line };
    out.push(open);
  }
  return out;
}

export async function transcript(session: LineRunner, lines: readonly string[]): Promise<string> {
  let text = '';
  for (const entry of entries(lines)) {
    if ('note' in entry) {
      text += `${entry.note}\n`;
      continue;
    }
    const r = await session.exec(entry.command);
    text += `$ ${entry.lines.join('\n')}\n${r.output}`;
    if (r.output !== '' && !r.output.endsWith('\n')) text += '\n';
    text += `[exit ${r.exitCode}]\n\n`;
  }
  return text;
}

/** A small seeded generator (mulberry32): same seed, same $RANDOM and IDs. */
export function seededRandom(seed: number): () => number {
  return new SeededRandom(seed).fn;
}
