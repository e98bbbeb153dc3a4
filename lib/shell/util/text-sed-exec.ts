/**
 * Runs a parsed sed script over a stream of lines (one stream per file with -i/-s, else
 * all files joined). Bounded: output stops at the per-command cap and a script that loops
 * without consuming input (`:a;ba`) is cut off after a step budget, ending the run.
 */
import { OUTPUT_LIMIT } from './text-io';
import type { Addr, SedCmd } from './text-sed-types';

/**
 * Work budget: every command executed costs 1 + the pattern space length, so both endless
 * branch loops (`:a;ba`) and loops that grow the pattern space (`:a;s/^/x/;ba`) stop within
 * a fraction of a second. Real sed would run until Ctrl-C.
 */
const WORK_BUDGET = 50_000_000;

export interface SedResult {
  out: string;
  /** Exit status set by q/Q, or null. */
  exit: number | null;
  /** q/Q ran: later files are not read. */
  quit: boolean;
  /** An empty regex with no previous one, or the work budget ran out. */
  error: string | null;
}

/** Files for `r` (null when unreadable: sed ignores it) and `w` (created empty first). */
export interface SedFiles {
  read(name: string): string | null;
  write(name: string, text: string): void;
}

export function runSed(
  cmds: readonly SedCmd[],
  lines: readonly string[],
  lastHasNewline: boolean,
  quiet: boolean,
  files: SedFiles,
): SedResult {
  let out = '';
  let missingNewline = false;
  const emit = (text: string, newline = true) => {
    if (out.length > OUTPUT_LIMIT) return;
    if (missingNewline) out += '\n';
    out += text;
    if (newline) out += '\n';
    missingNewline = !newline;
  };
  const ranges = cmds.map(() => ({ active: false, end: 0 }));
  let lastRe: RegExp | null = null;
  let error: string | null = null;
  const test = (re: RegExp | null, s: string): boolean => {
    const r = re ?? lastRe;
    if (r === null) {
      error = 'no previous regular expression';
      return false;
    }
    lastRe = r;
    r.lastIndex = 0;
    return r.test(s);
  };
  let li = 0;
  let lineNo = 0;
  let ps = '';
  let hold = '';
  let work = 0;
  const isLast = () => li >= lines.length;
  const psNewline = () => !isLast() || lastHasNewline;
  const readLine = (): boolean => {
    if (isLast()) return false;
    ps = lines[li++] as string;
    lineNo++;
    return true;
  };
  const matches = (a: Addr): boolean => {
    switch (a.kind) {
      case 'line':
        return a.n === lineNo;
      case 'last':
        return isLast();
      case 're':
        return test(a.re, ps);
      case 'step':
        return a.step <= 0
          ? lineNo === a.first
          : lineNo >= a.first && (lineNo - a.first) % a.step === 0;
      default:
        return false;
    }
  };
  const selected = (c: SedCmd, k: number): { hit: boolean; rangeEnd: boolean } => {
    if (c.a1 === undefined) return { hit: true, rangeEnd: true };
    if (c.a2 === undefined) return { hit: matches(c.a1), rangeEnd: true };
    const st = ranges[k] as { active: boolean; end: number };
    const a2 = c.a2;
    if (st.active) {
      if (a2.kind === 'line') st.active = lineNo < a2.n;
      else if (a2.kind === 'plus') st.active = lineNo < st.end;
      else if (a2.kind === 'last') st.active = !isLast();
      else if (a2.kind === 're') st.active = !test(a2.re, ps);
      return { hit: true, rangeEnd: !st.active };
    }
    const zero = c.a1.kind === 'line' && c.a1.n === 0;
    if (!zero && !matches(c.a1)) return { hit: false, rangeEnd: false };
    if (zero && lineNo !== 1 && !st.active) return { hit: false, rangeEnd: false };
    if (a2.kind === 'line') st.active = a2.n > lineNo;
    else if (a2.kind === 'plus') {
      st.end = lineNo + a2.n;
      st.active = a2.n > 0;
    } else if (a2.kind === 'last') st.active = !isLast();
    else if (a2.kind === 're') st.active = zero ? !test(a2.re, ps) : true;
    return { hit: true, rangeEnd: !st.active };
  };
  const written = new Map<string, string>();
  for (const c of cmds) if (c.name === 'w') written.set(c.text as string, '');
  let exit: number | null = null;
  let quit = false;
  cycles: while (!quit && readLine()) {
    const append: string[] = [];
    let autoprint = !quiet;
    let substituted = false;
    let restart: boolean;
    do {
      restart = false;
      for (let pc = 0; pc < cmds.length; pc++) {
        work += 1 + ps.length + hold.length;
        if (work > WORK_BUDGET)
          error = "couldn't finish: the script keeps looping (stopped by the simulator)";
        if (error !== null) break cycles;
        const c = cmds[pc] as SedCmd;
        const sel = selected(c, pc);
        if (sel.hit === c.neg) {
          if (c.name === '{') pc = (c.jump as number) - 1;
          continue;
        }
        switch (c.name) {
          case 'p':
            emit(ps, psNewline());
            break;
          case 'P':
            emit(ps.split('\n')[0] as string);
            break;
          case '=':
            emit(String(lineNo));
            break;
          case 'd':
            autoprint = false;
            pc = cmds.length;
            break;
          case 'D': {
            const nl = ps.indexOf('\n');
            if (nl < 0) {
              autoprint = false;
              pc = cmds.length;
              break;
            }
            ps = ps.slice(nl + 1);
            for (const t of append) emit(t);
            append.length = 0;
            restart = true;
            pc = cmds.length;
            break;
          }
          case 'n':
            if (isLast()) {
              quit = true;
              pc = cmds.length;
              break;
            }
            if (!quiet) emit(ps, psNewline());
            for (const t of append) emit(t);
            append.length = 0;
            readLine();
            break;
          case 'N':
            if (isLast()) {
              quit = true;
              pc = cmds.length;
              break;
            }
            ps += `\n${lines[li++] as string}`;
            lineNo++;
            break;
          case 'h':
            hold = ps;
            break;
          case 'H':
            hold += `\n${ps}`;
            break;
          case 'g':
            ps = hold;
            break;
          case 'G':
            ps += `\n${hold}`;
            break;
          case 'x':
            [ps, hold] = [hold, ps];
            break;
          case 'a':
            append.push(c.text as string);
            break;
          case 'i':
            emit(c.text as string);
            break;
          case 'r': {
            const text = files.read(c.text as string);
            if (text !== null && text !== '') append.push(text.replace(/\n$/, ''));
            break;
          }
          case 'w':
            written.set(c.text as string, `${written.get(c.text as string) ?? ''}${ps}\n`);
            break;
          case 'c':
            if (sel.rangeEnd || c.neg) emit(c.text as string);
            autoprint = false;
            pc = cmds.length;
            break;
          case 'y':
            ps = [...ps].map((ch) => c.map?.get(ch) ?? ch).join('');
            break;
          case 's': {
            const r: RegExp | null = c.re ?? lastRe;
            if (r === null) {
              error = 'no previous regular expression';
              break cycles;
            }
            lastRe = r;
            const nth = c.nth ?? 1;
            let count = 0;
            let did = false;
            // Own loop: POSIX skips an empty match right after a previous match (s/x*/-/g
            // on "x" gives "-"), where String.replace would give "--".
            let result = '';
            let from = 0;
            let prevEnd = -1;
            r.lastIndex = 0;
            for (let m = r.exec(ps); m !== null; m = r.exec(ps)) {
              const at = m.index;
              const whole = m[0];
              if (whole === '') r.lastIndex++;
              if (whole === '' && at === prevEnd) continue;
              count++;
              prevEnd = at + whole.length;
              if (count < nth) continue;
              result += ps.slice(from, at);
              result += (c.repl ?? [])
                .map((p) => (typeof p === 'string' ? p : p === 0 ? whole : (m[p] ?? '')))
                .join('');
              from = prevEnd;
              did = true;
              if (!c.global || r.lastIndex > ps.length) break;
            }
            if (did) ps = result + ps.slice(from);
            if (did) {
              substituted = true;
              if (c.print) emit(ps, psNewline());
            }
            break;
          }
          case 'b':
            pc = (c.jump as number) - 1;
            break;
          case 't':
          case 'T':
            if (substituted === (c.name === 't')) pc = (c.jump as number) - 1;
            if (c.name === 't') substituted = false;
            break;
          case 'q':
          case 'Q':
            exit = c.exit ?? 0;
            quit = true;
            if (c.name === 'Q') autoprint = false;
            pc = cmds.length;
            break;
        }
      }
    } while (restart && !quit);
    if (autoprint) emit(ps, psNewline());
    for (const t of append) emit(t);
  }
  for (const [name, text] of written) files.write(name, text);
  return { out, exit, quit, error };
}
