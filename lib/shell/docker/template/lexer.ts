/**
 * text/template's lexer: text, `{{`/`}}` (with `{{- ` / ` -}}` trimming), comments, and the
 * items inside actions. A lexing error becomes an `error` token, so (as in Go) the parser only
 * reports it if it gets that far.
 */

export type TokenType =
  | 'text'
  | 'left'
  | 'right'
  | 'space'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'dot'
  | 'string'
  | 'number'
  | 'bool'
  | 'nil'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'declare'
  | 'assign'
  | 'char'
  | 'eof'
  | 'error';

export interface Token {
  type: TokenType;
  /** Source text (for strings: the quoted text); the message for errors. */
  value: string;
  /** Byte offset in the source. */
  pos: number;
  line: number;
}

const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue',
]);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[\p{L}\p{Nd}_]$/u.test(ch);
}

/** Go's %#U of a character: `U+007D '}'`. */
function quoteRune(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

export function lex(src: string): Token[] {
  return new Lexer(src).run();
}

/** Text and actions in turn; `pos` is where the next text starts, `p` the place in an action. */
class Lexer {
  private readonly tokens: Token[] = [];
  private pos = 0;
  private p = 0;
  private parens = 0;

  constructor(private readonly src: string) {}

  run(): Token[] {
    const src = this.src;
    while (this.pos <= src.length) {
      const open = src.indexOf('{{', this.pos);
      if (open < 0) {
        if (this.pos < src.length) this.push('text', src.slice(this.pos), this.pos);
        break;
      }
      if (!this.delimited(open)) return this.tokens;
    }
    this.push('eof', '', src.length);
    return this.tokens;
  }

  private readonly push = (type: TokenType, value: string, at: number): void => {
    this.tokens.push({ type, value, pos: at, line: 1 + countNewlines(this.src.slice(0, at)) });
  };

  /** An error token ends the lexing: always false. */
  private fail(message: string, at: number): false {
    this.push('error', message, at);
    return false;
  }

  /** The text before `{{` (trimmed by `{{- `), then a comment or an action; false on error. */
  private delimited(open: number): boolean {
    const src = this.src;
    const trimLeft = src[open + 2] === '-' && isSpace(src[open + 3]);
    let text = src.slice(this.pos, open);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text.length > 0) this.push('text', text, this.pos);
    this.p = open + 2 + (trimLeft ? 2 : 0);
    if (src.startsWith('/*', this.p)) return this.comment();
    this.push('left', '{{', open);
    this.parens = 0;
    return this.action();
  }

  // A comment `{{/* ... */}}`, also trimmed: `{{- /* ... */ -}}`.
  private comment(): boolean {
    const src = this.src;
    const end = src.indexOf('*/', this.p);
    if (end < 0) return this.fail('unclosed comment', this.p);
    let q = end + 2;
    const trimRight = src.startsWith(' -}}', q) || src.startsWith('\t-}}', q);
    if (trimRight) q += 1;
    if (trimRight ? !src.startsWith('-}}', q) : !src.startsWith('}}', q)) {
      return this.fail('comment ends before closing delimiter', q);
    }
    this.pos = q + (trimRight ? 3 : 2);
    if (trimRight) this.pos = skipSpace(src, this.pos);
    return true;
  }

  /** The items of an action up to its `}}`; false on error. */
  private action(): boolean {
    const src = this.src;
    for (;;) {
      const p = this.p;
      if (p >= src.length) return this.fail('unclosed action', p);
      const ch = src[p]!;
      if (isSpace(ch)) {
        if (this.space()) return true;
        continue;
      }
      if (src.startsWith('}}', p)) {
        if (this.parens > 0) return this.fail('unclosed left paren', p);
        this.push('right', '}}', p);
        this.pos = p + 2;
        return true;
      }
      if (!this.item(ch)) return false;
    }
  }

  /** Blanks inside an action; true when they end it with ` -}}` (trimming what follows). */
  private space(): boolean {
    const src = this.src;
    let p = this.p;
    if (src.startsWith('-}}', p + 1)) {
      this.push('right', '}}', p + 1);
      this.pos = skipSpace(src, p + 4);
      return true;
    }
    const start = p;
    while (isSpace(src[p]) && !src.startsWith('-}}', p + 1)) p++;
    if (p > start || !(isSpace(src[p]) && src.startsWith('-}}', p + 1))) {
      this.push('space', src.slice(start, p), start);
    }
    this.p = p;
    return false;
  }

  /** One item that starts with `ch`; false on error. */
  private item(ch: string): boolean {
    const p = this.p;
    switch (ch) {
      case '|':
        return this.single('pipe', ch);
      case '(':
        this.parens++;
        return this.single('leftParen', ch);
      case ')':
        if (--this.parens < 0) return this.fail('unexpected right paren', p);
        return this.single('rightParen', ch);
      case '=':
        return this.single('assign', ch);
      case ',':
        return this.single('char', ch);
      case ':':
        if (this.src[p + 1] !== '=') return this.fail('expected :=', p);
        this.push('declare', ':=', p);
        this.p += 2;
        return true;
      case '"':
      case '`':
        return this.quoted(ch);
      case "'":
        return this.charConstant();
      case '$':
      case '.':
        this.fieldOrVariable(ch);
        return true;
    }
    if (/[0-9+-]/.test(ch)) {
      this.p = lexNumber(this.src, p, this.push);
      return true;
    }
    if (isAlnum(ch)) {
      this.word();
      return true;
    }
    const rune = String.fromCodePoint(this.src.codePointAt(p) ?? 0);
    return this.fail(`bad character ${quoteRune(rune)}`, p);
  }

  private single(type: TokenType, ch: string): true {
    this.push(type, ch, this.p++);
    return true;
  }

  /** "interpreted" (backslash escapes, one line) or `raw` strings. */
  private quoted(ch: string): boolean {
    const { src, p } = this;
    let q = p + 1;
    for (; q < src.length && src[q] !== ch; q++) {
      if (ch === '"' && src[q] === '\\') q++;
      else if (ch === '"' && src[q] === '\n') break;
    }
    if (q >= src.length || src[q] !== ch) {
      return this.fail(
        ch === '"' ? 'unterminated quoted string' : 'unterminated raw quoted string',
        p,
      );
    }
    this.push('string', src.slice(p, q + 1), p);
    this.p = q + 1;
    return true;
  }

  private charConstant(): boolean {
    const { src, p } = this;
    const q = src.indexOf("'", p + 1);
    if (q < 0) return this.fail('unterminated character constant', p);
    this.push('char', src.slice(p, q + 1), p);
    this.p = q + 1;
    return true;
  }

  /** `$x`, `.Field`, a lone `.`, or a number such as `.5`. */
  private fieldOrVariable(ch: string): void {
    const { src, p } = this;
    let q = p + 1;
    while (isAlnum(src[q])) q++;
    if (ch === '.' && q === p + 1) {
      if (/[0-9]/.test(src[q] ?? '')) {
        this.p = lexNumber(src, p, this.push);
        return;
      }
      this.push('dot', '.', p);
    } else this.push(ch === '$' ? 'variable' : 'field', src.slice(p, q), p);
    this.p = q;
  }

  /** A keyword, true/false, nil or a function name. */
  private word(): void {
    const { src, p } = this;
    let q = p;
    while (isAlnum(src[q])) q++;
    const word = src.slice(p, q);
    const type: TokenType = KEYWORDS.has(word)
      ? 'keyword'
      : word === 'true' || word === 'false'
        ? 'bool'
        : word === 'nil'
          ? 'nil'
          : 'identifier';
    this.push(type, word, p);
    this.p = q;
  }
}

function lexNumber(
  src: string,
  p: number,
  push: (t: TokenType, v: string, at: number) => void,
): number {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]+|(\d[\d_]*)?\.?\d*([eE][+-]?\d+)?)/.exec(src.slice(p));
  const text = m?.[0] ?? '';
  push('number', text, p);
  return p + Math.max(text.length, 1);
}

function skipSpace(src: string, p: number): number {
  while (isSpace(src[p])) p++;
  return p;
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}
