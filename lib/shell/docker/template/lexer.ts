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
  const tokens: Token[] = [];
  let pos = 0;
  const push = (type: TokenType, value: string, at: number) => {
    tokens.push({ type, value, pos: at, line: 1 + countNewlines(src.slice(0, at)) });
  };
  const fail = (message: string, at: number) => push('error', message, at);

  while (pos <= src.length) {
    const open = src.indexOf('{{', pos);
    if (open < 0) {
      if (pos < src.length) push('text', src.slice(pos), pos);
      push('eof', '', src.length);
      return tokens;
    }
    const trimLeft = src[open + 2] === '-' && isSpace(src[open + 3]);
    let text = src.slice(pos, open);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text.length > 0) push('text', text, pos);
    let p = open + 2 + (trimLeft ? 2 : 0);
    // Comments: {{/* ... */}}
    if (src.startsWith('/*', p)) {
      const end = src.indexOf('*/', p);
      if (end < 0) {
        fail('unclosed comment', p);
        return tokens;
      }
      let q = end + 2;
      const trimRight = src.startsWith(' -}}', q) || src.startsWith('\t-}}', q);
      if (trimRight) q += 1;
      if (trimRight ? !src.startsWith('-}}', q) : !src.startsWith('}}', q)) {
        fail('comment ends before closing delimiter', q);
        return tokens;
      }
      pos = q + (trimRight ? 3 : 2);
      if (trimRight) pos = skipSpace(src, pos);
      continue;
    }
    push('left', '{{', open);
    let parens = 0;
    for (;;) {
      if (p >= src.length) {
        fail('unclosed action', p);
        return tokens;
      }
      const ch = src[p]!;
      if (isSpace(ch)) {
        if (src.startsWith('-}}', p + 1)) {
          push('right', '}}', p + 1);
          pos = skipSpace(src, p + 4);
          break;
        }
        const start = p;
        while (isSpace(src[p]) && !src.startsWith('-}}', p + 1)) p++;
        if (isSpace(src[p]) && src.startsWith('-}}', p + 1)) {
          if (p > start) push('space', src.slice(start, p), start);
          continue;
        }
        push('space', src.slice(start, p), start);
        continue;
      }
      if (src.startsWith('}}', p)) {
        if (parens > 0) {
          fail('unclosed left paren', p);
          return tokens;
        }
        push('right', '}}', p);
        pos = p + 2;
        break;
      }
      const start = p;
      if (ch === '|') push('pipe', '|', p++);
      else if (ch === '(') {
        parens++;
        push('leftParen', '(', p++);
      } else if (ch === ')') {
        if (--parens < 0) {
          fail('unexpected right paren', p);
          return tokens;
        }
        push('rightParen', ')', p++);
      } else if (ch === '=') push('assign', '=', p++);
      else if (ch === ',') push('char', ',', p++);
      else if (ch === ':') {
        if (src[p + 1] !== '=') {
          fail('expected :=', p);
          return tokens;
        }
        push('declare', ':=', p);
        p += 2;
      } else if (ch === '"' || ch === '`') {
        let q = p + 1;
        for (; q < src.length && src[q] !== ch; q++) {
          if (ch === '"' && src[q] === '\\') q++;
          else if (ch === '"' && src[q] === '\n') break;
        }
        if (q >= src.length || src[q] !== ch) {
          fail(ch === '"' ? 'unterminated quoted string' : 'unterminated raw quoted string', start);
          return tokens;
        }
        push('string', src.slice(p, q + 1), p);
        p = q + 1;
      } else if (ch === '$' || ch === '.') {
        let q = p + 1;
        while (isAlnum(src[q])) q++;
        if (ch === '.' && q === p + 1) {
          if (/[0-9]/.test(src[q] ?? '')) {
            p = lexNumber(src, p, push);
            continue;
          }
          push('dot', '.', p);
        } else push(ch === '$' ? 'variable' : 'field', src.slice(p, q), p);
        p = q;
      } else if (/[0-9+-]/.test(ch)) {
        p = lexNumber(src, p, push);
      } else if (ch === "'") {
        const q = src.indexOf("'", p + 1);
        if (q < 0) {
          fail('unterminated character constant', p);
          return tokens;
        }
        push('char', src.slice(p, q + 1), p);
        p = q + 1;
      } else if (isAlnum(ch)) {
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
        push(type, word, p);
        p = q;
      } else {
        fail(`bad character ${quoteRune(String.fromCodePoint(src.codePointAt(p) ?? 0))}`, p);
        return tokens;
      }
    }
  }
  push('eof', '', src.length);
  return tokens;
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
