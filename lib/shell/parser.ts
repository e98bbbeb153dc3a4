/**
 * Turns tokens into the syntax tree (./ast) by recursive descent over the POSIX grammar plus
 * bash's additions, with bash's and BusyBox's syntax errors. Lists, pipelines, simple commands
 * and redirections are here; compound commands in ./parser-compound, `[[ ]]` in ./parser-cond.
 */
import type {
  AndOr,
  Assignment,
  Command,
  Pipeline,
  Redirect,
  RedirectOp,
  Script,
  SimpleCommand,
  Word,
} from './ast';
import { expandAlias, type AliasTable } from './alias';
import { tokenize, type LexOptions, type Token } from './lexer';
import { parseCompound, parseFunctionDef } from './parser-compound';
import { ShellSyntaxError } from './syntax-error';
import { parseExpandable } from './word';

const REDIRECTS: Record<string, RedirectOp> = {
  '>': '>',
  '>|': '>',
  '>>': '>>',
  '<': '<',
  '>&': '>&',
  '<&': '<&',
  '&>': '&>',
  '&>>': '&>>',
  '<>': '<>',
  '<<': '<<',
  '<<-': '<<',
  '<<<': '<<<',
};

/** Words that end a list where a command would start. */
const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const LIST_ENDS = new Set([')', ';;', ';&', ';;&']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=/;

export interface ParseOptions extends LexOptions {
  /** The shell's aliases, when it expands them (./alias). */
  aliases?: AliasTable;
}

export function parse(source: string, options: ParseOptions = {}): Script {
  const parser = new Parser(tokenize(source, options), source, options.noHereStrings === true);
  parser.aliases = options.aliases;
  const script = parser.list();
  if (parser.peek()) parser.unexpected();
  return script;
}

export class Parser {
  private i = 0;
  aliases?: AliasTable;
  /** The command's alias expanded to nothing (`alias x=`): an empty command, not an error. */
  private emptyAlias = false;
  constructor(
    private readonly tokens: Token[],
    readonly source: string,
    /** BusyBox's ash: no arrays, no here-strings. */
    readonly ash = false,
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  next(): Token {
    return this.tokens[this.i++]!;
  }
  back(): void {
    this.i--;
  }
  peekOp(): string | undefined {
    const t = this.peek();
    return t?.kind === 'op' ? t.op : undefined;
  }
  /** The raw text of the next token when it is a word (reserved words are recognised by it). */
  peekWord(): string | undefined {
    const t = this.peek();
    return t?.kind === 'word' ? t.raw : undefined;
  }
  skipNewlines(): void {
    while (this.peekOp() === '\n') this.i++;
  }

  unexpected(expecting?: string): never {
    const t = this.peek();
    if (!t) throw new ShellSyntaxError({ kind: 'unexpected-eof', expecting });
    const token = t.kind === 'word' ? t.raw : t.op === '\n' ? 'newline' : t.op.replace(/^fd:/, '');
    throw new ShellSyntaxError({
      kind: 'unexpected-token',
      token,
      ...(expecting ? { expecting } : {}),
    });
  }

  /** Consumes the reserved word `word` or fails naming it. */
  expectWord(word: string): void {
    if (this.peekWord() !== word) this.unexpected(word);
    this.i++;
  }

  /** True when the list has ended: end of input, a closing word or `)`, `;;`. */
  private atListEnd(): boolean {
    const t = this.peek();
    if (!t) return true;
    if (t.kind === 'op') return LIST_ENDS.has(t.op);
    return CLOSERS.has(t.raw);
  }

  /** A list of and-or chains, separated by `;`, `&` or newlines, up to a closer. */
  list(): Script {
    const script: AndOr[] = [];
    this.skipNewlines();
    while (!this.atListEnd()) {
      const andOr = this.andOr();
      script.push(andOr);
      const op = this.peekOp();
      if (op === ';' || op === '&' || op === '\n') {
        if (op === '&') andOr.background = true;
        this.i++;
        this.skipNewlines();
      } else if (!this.atListEnd()) this.unexpected();
    }
    return script;
  }

  /** The commands up to the next newline outside a compound command; null at the end. */
  line(): Script | null {
    this.skipNewlines();
    if (!this.peek()) return null;
    const script: AndOr[] = [];
    do {
      if (this.atListEnd()) this.unexpected();
      const andOr = this.andOr();
      script.push(andOr);
      const op = this.peekOp();
      if (op === '&') andOr.background = true;
      if (op === ';' || op === '&') this.i++;
      else if (op !== '\n' && this.peek()) this.unexpected();
    } while (this.peek() && this.peekOp() !== '\n');
    return script;
  }

  /** A list that must hold at least one command (a compound command's body). */
  body(closer: string): Script {
    const script = this.list();
    if (script.length === 0) this.unexpected(this.peek() ? undefined : closer);
    return script;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (let op = this.peekOp(); op === '&&' || op === '||'; op = this.peekOp()) {
      this.i++;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negated = false;
    while (this.peekWord() === '!') {
      negated = !negated;
      this.i++;
    }
    const commands = [this.command()];
    for (let op = this.peekOp(); op === '|' || op === '|&'; op = this.peekOp()) {
      this.i++;
      const previous = commands.at(-1)!;
      if (op === '|&' && previous.type !== 'function') previous.redirects.push(stderrToStdout());
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negated, commands };
  }

  /**
   * Expands the next token when it is an alias: a command word always, another word only after
   * an alias whose value ends in a blank.
   */
  private alias(commandWord: boolean): void {
    if (!this.aliases) return;
    const t = this.peek();
    if (!t || t.kind !== 'word' || (!commandWord && !t.aliasCheck)) return;
    const expanded = expandAlias(this.tokens, this.i, this.aliases, { noHereStrings: this.ash });
    if (expanded === 'empty') this.emptyAlias = true;
    if (expanded) this.alias(commandWord);
  }

  command(): Command {
    this.emptyAlias = false;
    this.alias(true);
    const t = this.peek();
    if (!t && this.emptyAlias) return { type: 'simple', assignments: [], words: [], redirects: [] };
    if (!t) this.unexpected();
    const compound = parseCompound(this);
    if (compound) {
      compound.redirects.push(...this.redirects());
      return compound;
    }
    const fn = parseFunctionDef(this);
    if (fn) return fn;
    if (t.kind === 'word' && CLOSERS.has(t.raw)) this.unexpected();
    return this.simple();
  }

  private simple(): SimpleCommand {
    const cmd: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.kind === 'word') {
        const assignment = cmd.words.length === 0 ? this.assignment() : null;
        if (assignment) {
          cmd.assignments.push(assignment);
          this.alias(true);
        } else if (cmd.words.length > 0 && t.aliasCheck && this.aliasExpanded()) continue;
        else {
          this.i++;
          cmd.words.push(t.word);
        }
      } else if (this.atRedirect()) cmd.redirects.push(this.redirect());
      else break;
    }
    const empty = cmd.words.length + cmd.assignments.length + cmd.redirects.length === 0;
    if (empty && !this.emptyAlias) this.unexpected();
    return cmd;
  }

  /** A word after an alias ending in a blank: expanded in place when it is an alias too. */
  private aliasExpanded(): boolean {
    const before = this.peek();
    this.alias(false);
    return this.peek() !== before;
  }

  private atRedirect(): boolean {
    const op = this.peekOp();
    return op !== undefined && (op.startsWith('fd:') || op in REDIRECTS);
  }

  redirects(): Redirect[] {
    const list: Redirect[] = [];
    while (this.atRedirect()) list.push(this.redirect());
    return list;
  }

  private redirect(): Redirect {
    let fd: number | null = null;
    const first = this.peekOp()!;
    if (first.startsWith('fd:')) {
      fd = Number(first.slice(3));
      this.i++;
    }
    const opText = this.peekOp();
    const op = opText === undefined ? undefined : REDIRECTS[opText];
    if (!op) this.unexpected();
    this.i++;
    const target = this.peek();
    if (!target) throw new ShellSyntaxError({ kind: 'unexpected-token', token: 'newline' });
    if (target.kind !== 'word') this.unexpected();
    this.i++;
    const redirect: Redirect = { fd: fd ?? defaultFd(op), op, target: target.word };
    if (target.heredoc) {
      const doc = target.heredoc;
      redirect.heredoc = doc.quoted ? doc : { ...doc, word: parseExpandable(doc.body) };
    }
    return redirect;
  }

  /** `NAME=value`, `NAME+=value`, `NAME[i]=value` or `NAME=(a b c)`, else null. */
  private assignment(): Assignment | null {
    const t = this.peek();
    if (t?.kind !== 'word') return null;
    const m = ASSIGNMENT.exec(t.raw);
    const head = t.word[0];
    if (!m || head?.type !== 'lit' || head.quoted || !head.text.startsWith(m[0])) return null;
    this.i++;
    const base: Assignment = { name: m[1]!, value: [], ...(m[3] ? { append: true } : {}) };
    if (m[2]) base.index = parseExpandable(m[2].slice(1, -1));
    const paren = this.peek();
    if (
      !this.ash &&
      t.raw === m[0] &&
      paren?.kind === 'op' &&
      paren.op === '(' &&
      paren.start === t.end
    ) {
      this.i++;
      return { ...base, array: this.arrayElements() };
    }
    return { ...base, value: dropPrefix(t.word, m[0].length) };
  }

  private arrayElements(): Word[] {
    const words: Word[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t) this.unexpected();
      if (t.kind === 'op' && t.op === ')') break;
      if (t.kind !== 'word') this.unexpected();
      words.push(t.word);
      this.i++;
    }
    this.i++;
    return words;
  }
}

function defaultFd(op: RedirectOp): number {
  return op === '<' || op === '<&' || op === '<>' || op === '<<' || op === '<<<' ? 0 : 1;
}

function stderrToStdout(): Redirect {
  return { fd: 2, op: '>&', target: [{ type: 'lit', text: '1', quoted: false }] };
}

/** The value of `NAME=value`: the word without its `NAME=` prefix. */
function dropPrefix(word: Word, length: number): Word {
  const value = word.map((part) => ({ ...part }));
  const head = value[0] as { type: 'lit'; text: string; quoted: boolean };
  head.text = head.text.slice(length);
  if (head.text === '' && value.length > 1) value.shift();
  // `a=~/x`: a tilde right after `=` expands.
  if (head.text.startsWith('~') && value.length > 0) {
    const m = /^~([A-Za-z0-9_.-]*)(?=\/|$)/.exec(head.text);
    if (m && (m[0].length < head.text.length || value.length === 1)) {
      head.text = head.text.slice(m[0].length);
      value.unshift({ type: 'tilde', user: m[1]! });
      if (head.text === '') value.splice(1, 1);
    }
  }
  return value;
}
