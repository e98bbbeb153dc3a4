/** case WORD in PATTERN|PATTERN) …;; esac, with bash's ;& (fall through) and ;;& (test on). */
import type { CaseCommand } from '../ast';
import { expandWord, expandWordField } from '../expand';
import { matchPattern } from '../glob';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runList } from './list';

export async function runCase(sh: Shell, cmd: CaseCommand, fds: Fds): Promise<number> {
  const ex = sh.expander(fds);
  const subject = await expandWord(cmd.word, ex);
  let status = 0;
  let fallThrough = false;
  for (const item of cmd.items) {
    if (!fallThrough && !(await matchesAny(sh, item.patterns, subject, fds))) continue;
    status = await runList(sh, item.body, fds);
    if (item.terminator === ';;') return status;
    fallThrough = item.terminator === ';&';
  }
  return status;
}

async function matchesAny(
  sh: Shell,
  patterns: CaseCommand['items'][number]['patterns'],
  subject: string,
  fds: Fds,
): Promise<boolean> {
  for (const pattern of patterns) {
    const field = await expandWordField(pattern, sh.expander(fds));
    if (matchPattern(subject, field.text, field.literal)) return true;
  }
  return false;
}
