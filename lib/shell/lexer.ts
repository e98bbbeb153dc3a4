/**
 * Splits source text into words (with their quoting kept as parts, see ./word) and operators.
 * Reserved words (`if`, `do`, `}`) are plain words here; the parser knows where they count.
 * Here-documents are read here: after a newline, the bodies of the `<<` seen on that line.
 */
import type { HereDoc, Word } from './ast';
import { ShellSyntaxError } from './syntax-error';
import { findClosing, isWordEnd, readWord } from './word';

export type Token =
  | {
      kind: 'word';
      word: Word;
      raw: string;
      start: number;
      end: number;
      heredoc?: HereDoc;
      /** Made by expanding these aliases: none of them expands again here (./alias). */
      aliasChain?: ReadonlySet<string>;
      /** Follows an alias whose value ends in a blank: checked for an alias too. */
      aliasCheck?: boolean;
    }
  | { kind: 'op'; op: string; start: number; end: number; text?: string };

const OPERATORS = [
  ';;&',
  '&&',
  '||',
  ';;',
  ';&',
  '&>>',
  '&>',
  '>>',
  '>&',
  '>|',
  '<<<',
  '<<-',
  '<<',
  '<&',
  '<>',
  '|&',
  '|',
  ';',
  '&',
  '<',
  '>',
  '(',
  ')',
  '\n',
];

export interface LexOptions {
  /** At the end of the text, an unfinished here-document ends there (a script), not an error. */
  heredocAtEof?: boolean;
  /** BusyBox's ash has no here-strings (`<<<`): a syntax error there. */
  noHereStrings?: boolean;
}

export function tokenize(src: string, options: LexOptions = {}): Token[] {
  return new Lexer(src, options).run();
}

class Lexer {
  private readonly tokens: Token[] = [];
  private readonly pending: { heredoc: HereDoc; delimiter: string }[] = [];
  private i = 0;

  constructor(
    private readonly src: string,
    private readonly options: LexOptions,
  ) {}

  run(): Token[] {
    const { src } = this;
    while (this.i < src.length) {
      const ch = src[this.i]!;
      if (ch === ' ' || ch === '\t') this.i++;
      else if (ch === '#' && this.atWordStart()) this.skipComment();
      else if (ch === '\\' && src[this.i + 1] === '\n') this.i += 2;
      else if (src.startsWith('((', this.i) && this.atCommandStart()) this.arithCommand();
      else if (!this.operator()) this.word();
    }
    if (this.pending.length > 0) this.readBodies(true);
    return this.tokens;
  }

  private atWordStart(): boolean {
    const prev = this.src[this.i - 1];
    return prev === undefined || isWordEnd(prev);
  }

  /** `((` opens an arithmetic command where a command starts, and in `for ((`. */
  private atCommandStart(): boolean {
    const last = this.tokens.at(-1);
    if (!last) return true;
    if (last.kind === 'op') return last.op !== ')' && !last.op.startsWith('fd:');
    return ['for', 'do', 'then', 'else', 'elif', '{', '!', 'while', 'until', '&&', '||'].includes(
      last.raw,
    );
  }

  private skipComment(): void {
    while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
  }

  private arithCommand(): void {
    const start = this.i;
    const end = findClosing(this.src, this.i + 2, 2);
    if (this.src[end - 1] !== ')') {
      // `((echo a) )`: two subshells after all.
      this.tokens.push({ kind: 'op', op: '(', start, end: start + 1 });
      this.i = start + 1;
      return;
    }
    const text = this.src.slice(start + 2, end - 1);
    this.tokens.push({ kind: 'op', op: '((', start, end: end + 1, text });
    this.i = end + 1;
  }

  private operator(): boolean {
    const { src, i } = this;
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) return false;
    if (op === '<<<' && this.options.noHereStrings)
      throw new ShellSyntaxError({ kind: 'unexpected-token', token: 'redirection' });
    this.tokens.push({ kind: 'op', op, start: i, end: i + op.length });
    this.i += op.length;
    if (op === '\n' && this.pending.length > 0) this.readBodies(false);
    if (op === '<<' || op === '<<-') this.heredocDelimiter(op === '<<-');
    return true;
  }

  private word(): void {
    const start = this.i;
    const [word, end] = readWord(this.src, start);
    const raw = this.src.slice(start, end);
    this.i = end;
    // "2>file": digits directly before a redirection are its fd, not a word.
    if (/^\d+$/.test(raw) && (this.src[end] === '>' || this.src[end] === '<'))
      this.tokens.push({ kind: 'op', op: `fd:${raw}`, start, end });
    else this.tokens.push({ kind: 'word', word, raw, start, end });
  }

  /** After `<<`: the next word is the delimiter; its body follows the next newline. */
  private heredocDelimiter(stripTabs: boolean): void {
    while (this.src[this.i] === ' ' || this.src[this.i] === '\t') this.i++;
    if (isWordEnd(this.src[this.i])) return; // the parser reports the missing word
    const before = this.tokens.length;
    this.word();
    const token = this.tokens[before];
    if (token?.kind !== 'word') return;
    const quoted = /['"\\]/.test(token.raw);
    const delimiter = token.word
      .map((p) => (p.type === 'lit' ? p.text : p.type === 'tilde' ? `~${p.user}` : ''))
      .join('');
    const heredoc: HereDoc = { body: '', quoted, stripTabs };
    token.heredoc = heredoc;
    this.pending.push({ heredoc, delimiter: quoted ? delimiter : token.raw });
  }

  private readBodies(atEof: boolean): void {
    for (const { heredoc, delimiter } of this.pending.splice(0)) {
      if (atEof && !this.options.heredocAtEof)
        throw new ShellSyntaxError({ kind: 'unterminated-heredoc', delimiter });
      heredoc.body = this.readBody(delimiter, heredoc.stripTabs);
    }
  }

  private readBody(delimiter: string, stripTabs: boolean): string {
    let body = '';
    while (this.i < this.src.length) {
      const nl = this.src.indexOf('\n', this.i);
      const end = nl < 0 ? this.src.length : nl;
      let line = this.src.slice(this.i, end);
      this.i = nl < 0 ? end : end + 1;
      if (stripTabs) line = line.replace(/^\t+/, '');
      if (line === delimiter) return body;
      body += `${line}\n`;
    }
    if (!this.options.heredocAtEof)
      throw new ShellSyntaxError({ kind: 'unterminated-heredoc', delimiter });
    return body;
  }
}
