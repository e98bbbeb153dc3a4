/**
 * sed script parser (GNU sed 4.9 syntax, the commonly used part): addresses (N, $, /re/,
 * \cREc, first~step, 0,/re/, addr,+N, !), commands s y p P d D n N q Q = a i c { } h H g G
 * x b t T : r w and #comments (no l, e, F, z, W, R, s///w, s///e). Errors carry GNU's text and
 * char position plus BusyBox's text.
 */
import { translateRegex } from '../text/regex';
import { SedError, countGroups, parseReplacement, type Addr, type SedCmd } from './types';

export { SedError, type SedCmd } from './types';

const WS = /[ \t]/;

export function parseSed(script: string, extended: boolean, gnu: boolean): SedCmd[] {
  return new SedParser(script, extended, gnu).parse();
}

/** One pass over the script; `i` is the read position every step advances. */
class SedParser {
  private readonly cmds: SedCmd[] = [];
  private readonly blocks: number[] = [];
  private i = 0;

  constructor(
    private readonly script: string,
    private readonly extended: boolean,
    private readonly gnu: boolean,
  ) {}

  parse(): SedCmd[] {
    while (this.skipSeparators()) {
      if (this.peek() === '#') this.skipComment();
      else this.command();
    }
    if (this.blocks.length > 0) this.fail("unmatched `{'", 'unterminated {', 0);
    this.resolveJumps();
    return this.cmds;
  }

  private fail(gnuText: string, bbText = gnuText, pos = this.i): never {
    throw new SedError(pos, gnuText, bbText);
  }

  private peek(): string | undefined {
    return this.script[this.i];
  }

  private skipWs(): void {
    while (this.i < this.script.length && WS.test(this.script[this.i] as string)) this.i++;
  }

  /** Skips blanks, newlines and `;` between commands; false at the end of the script. */
  private skipSeparators(): boolean {
    while (this.i < this.script.length && /[ \t\n;]/.test(this.script[this.i] as string)) this.i++;
    return this.i < this.script.length;
  }

  private skipComment(): void {
    while (this.i < this.script.length && this.script[this.i] !== '\n') this.i++;
  }

  private compile(src: string, flags: string): RegExp | null {
    if (src === '') return null;
    const r = translateRegex(src, { extended: this.extended, sed: true });
    if (!r.ok) this.fail(r.error, `bad regex '${src}': ${r.error}`);
    const ok = r as { source: string };
    return new RegExp(ok.source, `gs${flags}`);
  }

  /** Reads up to an unescaped `delim`; `\delim` becomes delim. null at end of script. */
  private delimited(delim: string, regex: boolean): string | null {
    const s = this.script;
    let out = '';
    while (this.i < s.length) {
      const c = s[this.i++] as string;
      if (c === delim) return out;
      if (c === '\\' && this.i < s.length) {
        const n = s[this.i++] as string;
        if (n === delim) out += delim;
        else if (n === '\n' && !regex) out += '\n';
        else out += `\\${n}`;
      } else if (c === '\n' && regex) return null;
      else out += c;
    }
    return null;
  }

  private number(): number {
    const m = /^\d+/.exec(this.script.slice(this.i)) as RegExpExecArray;
    this.i += m[0].length;
    return Number(m[0]);
  }

  private address(): Addr | undefined {
    const c = this.peek();
    if (c !== undefined && /\d/.test(c)) return this.lineAddress();
    if (c === '$') {
      this.i++;
      return { kind: 'last' };
    }
    if (c === '/' || c === '\\') return this.regexAddress(c);
    return undefined;
  }

  /** `N` or GNU's `first~step`. */
  private lineAddress(): Addr {
    const n = this.number();
    if (this.peek() !== '~' || !this.gnu) return { kind: 'line', n };
    this.i++;
    const step = /\d/.test(this.peek() ?? '') ? this.number() : 0;
    return { kind: 'step', first: n, step };
  }

  /** `/re/` or `\cREc`, then the I and M flags. */
  private regexAddress(c: string): Addr {
    this.i++;
    const delim = c === '/' ? '/' : (this.script[this.i++] ?? '');
    const src = this.delimited(delim, true);
    if (src === null) this.fail('unterminated address regex', `unmatched '${delim}'`);
    let flags = '';
    while (this.peek() === 'I' || this.peek() === 'M') {
      flags += this.script[this.i++] === 'I' ? 'i' : 'm';
    }
    return { kind: 're', re: this.compile(src as string, flags) };
  }

  /** `addr1[,addr2|,+N]`, then any `!`. */
  private addresses(cmd: SedCmd): void {
    cmd.a1 = this.address();
    if (cmd.a1 !== undefined && this.peek() === ',') {
      this.i++;
      this.skipWs();
      if (this.peek() === '+' && /\d/.test(this.script[this.i + 1] ?? '')) {
        this.i++;
        cmd.a2 = { kind: 'plus', n: this.number() };
      } else cmd.a2 = this.address();
      if (cmd.a2 === undefined || cmd.a2.kind === 'step') {
        this.fail("unexpected `,'", 'no address after comma');
      }
    }
    this.skipWs();
    while (this.peek() === '!') {
      cmd.neg = true;
      this.i++;
      this.skipWs();
    }
  }

  private endOfCommand(): void {
    this.skipWs();
    const c = this.peek();
    if (c === undefined || c === '\n' || c === ';') {
      if (c !== undefined) this.i++;
      return;
    }
    if (c === '}' || c === '#') return;
    this.i++;
    this.fail('extra characters after command', `extra characters after command`);
  }

  /** The text of a, i and c: one line, backslashes escape the next character. */
  private readText(): string {
    this.skipWs();
    if (this.peek() === '\\') {
      this.i++;
      if (this.peek() === '\n') this.i++;
      else this.skipWs();
    }
    if (this.i >= this.script.length)
      this.fail("expected \\ after `a', `c' or `i'", 'missing command');
    let out = '';
    while (this.i < this.script.length) {
      const c = this.script[this.i++] as string;
      if (c === '\n') break;
      if (c === '\\' && this.i < this.script.length) out += this.script[this.i++];
      else out += c;
    }
    return out;
  }

  private label(): string {
    this.skipWs();
    const m = /^[^;\n]*/.exec(this.script.slice(this.i)) as RegExpExecArray;
    this.i += m[0].length;
    if (this.script[this.i] === ';' || this.script[this.i] === '\n') this.i++;
    return m[0].trim();
  }

  /** One command with its addresses; pushed in order, so `{` and `}` can find each other. */
  private command(): void {
    const cmd: SedCmd = { neg: false, name: '' };
    this.addresses(cmd);
    const name = this.script[this.i++];
    if (name === undefined || name === '\n' || name === ';') {
      this.fail('missing command', 'missing command', name === undefined ? this.i - 1 : this.i);
    }
    cmd.name = name as string;
    if (cmd.a1?.kind === 'line' && cmd.a1.n === 0 && cmd.a2?.kind !== 're') {
      this.fail('invalid usage of line address 0', 'bad address');
    }
    const needsEnd = this.body(cmd);
    this.cmds.push(cmd);
    if (needsEnd) this.endOfCommand();
  }

  /** Parses what follows the command letter; true when the command must end there. */
  private body(cmd: SedCmd): boolean {
    switch (cmd.name) {
      case '{':
        this.blocks.push(this.cmds.length);
        return false;
      case '}':
        this.closeBlock(cmd);
        return true;
      case 's':
        this.substitute(cmd);
        return true;
      case 'y':
        this.transliterate(cmd);
        return true;
      case 'a':
      case 'i':
      case 'c':
        cmd.text = this.readText();
        return false;
      case 'r':
      case 'w':
        cmd.text = this.filename();
        return false;
      case ':':
        this.labelDefinition(cmd);
        return false;
      case 'b':
      case 't':
      case 'T':
        cmd.label = this.label();
        return false;
      case 'q':
      case 'Q':
        this.quit(cmd);
        return true;
      default:
        if (!'=pPdDnNhHgGx'.includes(cmd.name)) {
          this.fail(`unknown command: \`${cmd.name}'`, `unsupported command ${cmd.name}`);
        }
        return true;
    }
  }

  private closeBlock(cmd: SedCmd): void {
    if (cmd.a1 !== undefined) this.fail("} doesn't want any addresses");
    const open = this.blocks.pop();
    if (open === undefined) this.fail("unexpected `}'", 'unexpected }');
    (this.cmds[open as number] as SedCmd).jump = this.cmds.length + 1;
  }

  private labelDefinition(cmd: SedCmd): void {
    if (cmd.a1 !== undefined) this.fail(": doesn't want any addresses");
    cmd.label = this.label();
    if (cmd.label === '') this.fail('":" lacks a label');
  }

  /** The file name of r and w: the rest of the line. */
  private filename(): string {
    this.skipWs();
    const m = /^[^\n]*/.exec(this.script.slice(this.i)) as RegExpExecArray;
    this.i += m[0].length;
    if (m[0] === '') this.fail('missing filename in r/R/w/W commands', 'missing filename');
    return m[0];
  }

  /** q and Q: one address at most, an optional exit code (GNU only). */
  private quit(cmd: SedCmd): void {
    if (!this.gnu && cmd.name === 'Q') this.fail('', 'unsupported command Q');
    if (cmd.a2 !== undefined) this.fail('command only uses one address');
    this.skipWs();
    if (/\d/.test(this.peek() ?? '')) {
      if (!this.gnu) this.fail('', 'missing command');
      cmd.exit = this.number();
    }
  }

  /** `s/re/rhs/flags`. */
  private substitute(cmd: SedCmd): void {
    const delim = this.script[this.i++];
    if (delim === undefined || delim === '\n' || delim === '\\') {
      this.fail("unterminated `s' command", `unmatched '${delim ?? ''}'`);
    }
    const src = this.delimited(delim as string, true);
    const rhs = src === null ? null : this.delimited(delim as string, false);
    if (src === null || rhs === null) this.fail("unterminated `s' command", `unmatched '${delim}'`);
    const flags = this.substituteFlags(cmd);
    cmd.re = this.compile(src as string, flags);
    cmd.repl = parseReplacement(
      rhs as string,
      (n) => this.gnu && this.fail(`invalid reference \\${n} on \`s' command's RHS`),
      cmd.re === null ? 9 : countGroups(src as string, this.extended),
    );
  }

  /** The flags after `s///`: g, p and N go on `cmd`; returns the RegExp flags (i, m). */
  private substituteFlags(cmd: SedCmd): string {
    let flags = '';
    for (;;) {
      const f = this.peek();
      if (f === undefined || !/[gpiImM\d]/.test(f)) break;
      if (/\d/.test(f)) {
        if (cmd.nth !== undefined)
          this.fail("multiple number options to `s' command", '', this.i + 1);
        cmd.nth = this.number();
        if (cmd.nth === 0) this.fail("number option to `s' command may not be zero");
        continue;
      }
      this.i++;
      if (f === 'g')
        cmd.global = cmd.global ? this.fail("multiple `g' options to `s' command") : true;
      else if (f === 'p')
        cmd.print = cmd.print ? this.fail("multiple `p' options to `s' command") : true;
      else if (f === 'i' || f === 'I') flags += flags.includes('i') ? '' : 'i';
      else flags += flags.includes('m') ? '' : 'm';
    }
    const f = this.peek();
    if (f !== undefined && !/[ \t\n;}#]/.test(f)) {
      this.i++;
      this.fail("unknown option to `s'", 'bad option in substitution expression');
    }
    return flags;
  }

  /** `y/abc/xyz/`. */
  private transliterate(cmd: SedCmd): void {
    const delim = this.script[this.i++] as string;
    const a = this.delimited(delim, false);
    const b = a === null ? null : this.delimited(delim, false);
    if (a === null || b === null) this.fail("unterminated `y' command", `unmatched '${delim}'`);
    const un = (s: string) => [...s.replace(/\\(.)/gs, (_, c: string) => (c === 'n' ? '\n' : c))];
    const from = un(a as string);
    const to = un(b as string);
    if (from.length !== to.length) this.fail("strings for `y' command are different lengths");
    cmd.map = new Map(from.map((c, k) => [c, to[k] as string]));
  }

  /** b, t and T jump to their label's index, or past the end without one. */
  private resolveJumps(): void {
    for (const c of this.cmds) {
      if (c.name !== 'b' && c.name !== 't' && c.name !== 'T') continue;
      if (c.label === '') {
        c.jump = this.cmds.length;
        continue;
      }
      const at = this.cmds.findIndex((d) => d.name === ':' && d.label === c.label);
      if (at < 0) {
        this.fail(
          `can't find label for jump to \`${c.label}'`,
          `can't find label for jump to '${c.label}'`,
          -1,
        );
      }
      c.jump = at;
    }
  }
}
