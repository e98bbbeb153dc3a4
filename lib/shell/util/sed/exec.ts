/**
 * Runs a parsed sed script over a stream of lines (one stream per file with -i/-s, else
 * all files joined). Bounded: the output string stops growing past what any output takes (the
 * session reports the cut), and a script that loops without consuming input (`:a;ba`) is cut
 * off after a step budget, ending the run.
 */
import { PIPE_CAPACITY } from '../../exec/pipe';
import { replaceMatches } from './subst';
import type { Addr, SedCmd } from './types';

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
  return new SedMachine(cmds, lines, lastHasNewline, quiet, files).run();
}

/** Stop the whole run: an error was set. */
const ABORT = -1;

/** The pattern and hold spaces, the input position and the output of one sed run. */
class SedMachine {
  private out = '';
  private missingNewline = false;
  private readonly ranges: { active: boolean; end: number }[];
  private readonly written = new Map<string, string>();
  private lastRe: RegExp | null = null;
  private error: string | null = null;
  private li = 0;
  private lineNo = 0;
  private ps = '';
  private hold = '';
  private work = 0;
  private exit: number | null = null;
  private quit = false;
  // Per cycle:
  private append: string[] = [];
  private autoprint = true;
  private substituted = false;
  private restart = false;

  constructor(
    private readonly cmds: readonly SedCmd[],
    private readonly lines: readonly string[],
    private readonly lastHasNewline: boolean,
    private readonly quiet: boolean,
    private readonly files: SedFiles,
  ) {
    this.ranges = cmds.map(() => ({ active: false, end: 0 }));
    for (const c of cmds) if (c.name === 'w') this.written.set(c.text as string, '');
  }

  run(): SedResult {
    while (!this.quit && this.readLine()) {
      if (!this.cycle()) break;
    }
    for (const [name, text] of this.written) this.files.write(name, text);
    return { out: this.out, exit: this.exit, quit: this.quit, error: this.error };
  }

  /** One input line: the script (again after D), then autoprint and appended text. */
  private cycle(): boolean {
    this.append = [];
    this.autoprint = !this.quiet;
    this.substituted = false;
    do {
      this.restart = false;
      if (!this.runScript()) return false;
    } while (this.restart && !this.quit);
    if (this.autoprint) this.emit(this.ps, this.psNewline());
    this.flushAppend();
    return true;
  }

  /** The script once from the top; false when the run must stop. */
  private runScript(): boolean {
    const cmds = this.cmds;
    for (let pc = 0; pc < cmds.length;) {
      this.work += 1 + this.ps.length + this.hold.length;
      if (this.work > WORK_BUDGET) {
        this.error = "couldn't finish: the script keeps looping (stopped by the simulator)";
      }
      if (this.error !== null) return false;
      const c = cmds[pc] as SedCmd;
      const sel = this.selected(c, pc);
      if (sel.hit === c.neg) {
        pc = c.name === '{' ? (c.jump as number) : pc + 1;
        continue;
      }
      pc = this.execute(c, sel.rangeEnd, pc);
      if (pc === ABORT) return false;
    }
    return true;
  }

  private emit(text: string, newline = true): void {
    // More than any output takes (the session reports the cut): stop building the string.
    if (this.out.length > PIPE_CAPACITY) return;
    if (this.missingNewline) this.out += '\n';
    this.out += text;
    if (newline) this.out += '\n';
    this.missingNewline = !newline;
  }

  private flushAppend(): void {
    for (const t of this.append) this.emit(t);
    this.append = [];
  }

  private test(re: RegExp | null, s: string): boolean {
    const r = re ?? this.lastRe;
    if (r === null) {
      this.error = 'no previous regular expression';
      return false;
    }
    this.lastRe = r;
    r.lastIndex = 0;
    return r.test(s);
  }

  private isLast(): boolean {
    return this.li >= this.lines.length;
  }

  private psNewline(): boolean {
    return !this.isLast() || this.lastHasNewline;
  }

  private readLine(): boolean {
    if (this.isLast()) return false;
    this.ps = this.lines[this.li++] as string;
    this.lineNo++;
    return true;
  }

  private matches(a: Addr): boolean {
    const lineNo = this.lineNo;
    switch (a.kind) {
      case 'line':
        return a.n === lineNo;
      case 'last':
        return this.isLast();
      case 're':
        return this.test(a.re, this.ps);
      case 'step':
        return a.step <= 0
          ? lineNo === a.first
          : lineNo >= a.first && (lineNo - a.first) % a.step === 0;
      default:
        return false;
    }
  }

  /** Whether command `k` applies to this line, and whether its range ends here (for c). */
  private selected(c: SedCmd, k: number): { hit: boolean; rangeEnd: boolean } {
    if (c.a1 === undefined) return { hit: true, rangeEnd: true };
    if (c.a2 === undefined) return { hit: this.matches(c.a1), rangeEnd: true };
    const st = this.ranges[k] as { active: boolean; end: number };
    if (st.active) {
      st.active = this.rangeGoesOn(c.a2, st);
      return { hit: true, rangeEnd: !st.active };
    }
    const zero = c.a1.kind === 'line' && c.a1.n === 0;
    if (!zero && !this.matches(c.a1)) return { hit: false, rangeEnd: false };
    if (zero && this.lineNo !== 1) return { hit: false, rangeEnd: false };
    st.active = this.rangeStarts(c.a2, st, zero);
    return { hit: true, rangeEnd: !st.active };
  }

  /** Inside a range: does it include the next line too? */
  private rangeGoesOn(a2: Addr, st: { end: number }): boolean {
    if (a2.kind === 'line') return this.lineNo < a2.n;
    if (a2.kind === 'plus') return this.lineNo < st.end;
    if (a2.kind === 'last') return !this.isLast();
    if (a2.kind === 're') return !this.test(a2.re, this.ps);
    return true;
  }

  /** A range starts on this line: does it go on past it? (`0,/re/` may end on line 1.) */
  private rangeStarts(a2: Addr, st: { end: number }, zero: boolean): boolean {
    if (a2.kind === 'line') return a2.n > this.lineNo;
    if (a2.kind === 'plus') {
      st.end = this.lineNo + a2.n;
      return a2.n > 0;
    }
    if (a2.kind === 'last') return !this.isLast();
    if (a2.kind === 're') return zero ? !this.test(a2.re, this.ps) : true;
    return false;
  }

  /** Runs command `c` at `pc`; returns the next pc (past the end ends the cycle) or ABORT. */
  private execute(c: SedCmd, rangeEnd: boolean, pc: number): number {
    const end = this.cmds.length;
    switch (c.name) {
      case 'd':
        this.autoprint = false;
        return end;
      case 'D':
        this.deleteFirstLine();
        return end;
      case 'n':
      case 'N':
        return this.next(c.name) ? pc + 1 : end;
      case 'c':
        if (rangeEnd || c.neg) this.emit(c.text as string);
        this.autoprint = false;
        return end;
      case 's':
        return this.substitute(c) ? pc + 1 : ABORT;
      case 'b':
        return c.jump as number;
      case 't':
      case 'T': {
        const jump = this.substituted === (c.name === 't');
        if (c.name === 't') this.substituted = false;
        return jump ? (c.jump as number) : pc + 1;
      }
      case 'q':
      case 'Q':
        this.exit = c.exit ?? 0;
        this.quit = true;
        if (c.name === 'Q') this.autoprint = false;
        return end;
      default:
        this.edit(c);
        return pc + 1;
    }
  }

  /** The commands that only change the spaces or print: p P = h H g G x a i r w y. */
  private edit(c: SedCmd): void {
    switch (c.name) {
      case 'p':
        return this.emit(this.ps, this.psNewline());
      case 'P':
        return this.emit(this.ps.split('\n')[0] as string);
      case '=':
        return this.emit(String(this.lineNo));
      case 'h':
        this.hold = this.ps;
        return;
      case 'H':
        this.hold += `\n${this.ps}`;
        return;
      case 'g':
        this.ps = this.hold;
        return;
      case 'G':
        this.ps += `\n${this.hold}`;
        return;
      case 'x':
        [this.ps, this.hold] = [this.hold, this.ps];
        return;
      default:
        return this.editText(c);
    }
  }

  /** a i r w y. */
  private editText(c: SedCmd): void {
    switch (c.name) {
      case 'a':
        this.append.push(c.text as string);
        return;
      case 'i':
        return this.emit(c.text as string);
      case 'r': {
        const text = this.files.read(c.text as string);
        if (text !== null && text !== '') this.append.push(text.replace(/\n$/, ''));
        return;
      }
      case 'w':
        this.written.set(
          c.text as string,
          `${this.written.get(c.text as string) ?? ''}${this.ps}\n`,
        );
        return;
      case 'y':
        this.ps = [...this.ps].map((ch) => c.map?.get(ch) ?? ch).join('');
        return;
    }
  }

  /** D: without a newline it is d; else drop the first line and restart without reading. */
  private deleteFirstLine(): void {
    const nl = this.ps.indexOf('\n');
    if (nl < 0) {
      this.autoprint = false;
      return;
    }
    this.ps = this.ps.slice(nl + 1);
    this.flushAppend();
    this.restart = true;
  }

  /** n prints and replaces, N appends the next line; at the last line both quit. */
  private next(name: string): boolean {
    if (this.isLast()) {
      this.quit = true;
      return false;
    }
    if (name === 'N') {
      this.ps += `\n${this.lines[this.li++] as string}`;
      this.lineNo++;
      return true;
    }
    if (!this.quiet) this.emit(this.ps, this.psNewline());
    this.flushAppend();
    this.readLine();
    return true;
  }

  /** s: false when there is no regex at all (the run stops with an error). */
  private substitute(c: SedCmd): boolean {
    const r: RegExp | null = c.re ?? this.lastRe;
    if (r === null) {
      this.error = 'no previous regular expression';
      return false;
    }
    this.lastRe = r;
    const result = replaceMatches(this.ps, r, c);
    if (result !== null) {
      this.ps = result;
      this.substituted = true;
      if (c.print) this.emit(this.ps, this.psNewline());
    }
    return true;
  }
}
