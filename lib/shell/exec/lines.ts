/**
 * A script run a line at a time, as a shell reads it: each line is parsed only after the ones
 * before it ran, so an `alias` defined on one line expands on the lines after it (ash always;
 * bash once `shopt -s expand_aliases` ran). Other scripts are parsed at once (a syntax error
 * anywhere stops them before they start); this path is taken only for text that mentions aliases.
 */
import { tokenize } from '../lexer';
import { Parser, type ParseOptions } from '../parser';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { describe, ShellSyntaxError } from '../syntax-error';

/** Text of more than one line that mentions `alias` (or bash's `expand_aliases`). */
export function definesAliases(source: string): boolean {
  return source.includes('\n') && /\balias\b|expand_aliases/.test(source);
}

export async function runLineByLine(
  sh: Shell,
  source: string,
  options: ParseOptions,
  fds: Fds,
): Promise<number> {
  let parser: Parser;
  try {
    parser = new Parser(tokenize(source, options), source, options.noHereStrings === true);
  } catch (e) {
    return syntaxError(sh, e, fds);
  }
  for (;;) {
    let script;
    // what the lines before did: `alias`, `shopt -s expand_aliases`
    parser.aliases = sh.parseOptions().aliases;
    try {
      script = parser.line();
    } catch (e) {
      return syntaxError(sh, e, fds);
    }
    if (!script) return sh.lastStatus;
    await sh.runScript(script, fds);
    if (sh.exitRequested !== null) return sh.lastStatus;
  }
}

function syntaxError(sh: Shell, e: unknown, fds: Fds): number {
  if (!(e instanceof ShellSyntaxError)) throw e;
  fds.err.write(`${sh.prefix}: ${describe(e.problem, sh.flavor)}\n`);
  return (sh.lastStatus = 2);
}
