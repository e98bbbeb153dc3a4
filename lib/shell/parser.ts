/** Turns tokens into the syntax tree (ast.ts), with bash's and BusyBox's syntax errors. */
import type {
  AndOr,
  Assignment,
  Pipeline,
  Redirect,
  RedirectOp,
  Script,
  SimpleCommand,
} from './ast';
import { tokenize, type Token } from './lexer';
import { ShellSyntaxError } from './syntax-error';

const REDIRECTS: Record<string, RedirectOp> = {
  '>': '>',
  '>|': '>',
  '>>': '>>',
  '<': '<',
  '>&': '>&',
  '&>': '&>',
  '&>>': '&>>',
};
const SEPARATORS = new Set([';', '\n', '&']);

export function parse(line: string): Script {
  return new Parser(tokenize(line)).script();
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private peekOp(): string | undefined {
    const t = this.peek();
    return t?.kind === 'op' ? t.op : undefined;
  }

  private unexpected(): never {
    const t = this.peek();
    if (!t) throw new ShellSyntaxError({ kind: 'unexpected-eof' });
    const token = t.kind === 'word' ? t.raw : t.op === '\n' ? 'newline' : t.op.replace(/^fd:/, '');
    throw new ShellSyntaxError({ kind: 'unexpected-token', token });
  }

  script(): Script {
    const list: AndOr[] = [];
    this.skipNewlines();
    while (this.peek()) {
      list.push(this.andOr());
      const op = this.peekOp();
      if (op === undefined) break;
      if (!SEPARATORS.has(op)) this.unexpected();
      this.i++;
      this.skipNewlines();
    }
    return list;
  }

  private skipNewlines() {
    while (this.peekOp() === '\n') this.i++;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (let op = this.peekOp(); op === '&&' || op === '||'; op = this.peekOp()) {
      this.i++;
      this.skipNewlines();
      if (!this.peek()) throw new ShellSyntaxError({ kind: 'unexpected-eof' });
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negated = false;
    const first = this.peek();
    if (first?.kind === 'word' && first.raw === '!') {
      negated = true;
      this.i++;
    }
    const commands = [this.command()];
    while (this.peekOp() === '|') {
      this.i++;
      this.skipNewlines();
      if (!this.peek()) throw new ShellSyntaxError({ kind: 'unexpected-eof' });
      commands.push(this.command());
    }
    return { negated, commands };
  }

  private command(): SimpleCommand {
    const cmd: SimpleCommand = { assignments: [], words: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.kind === 'word') {
        const assignment = cmd.words.length === 0 ? asAssignment(t) : null;
        if (assignment) cmd.assignments.push(assignment);
        else cmd.words.push(t.word);
        this.i++;
      } else if (t.op.startsWith('fd:') || t.op in REDIRECTS) {
        cmd.redirects.push(this.redirect());
      } else break;
    }
    if (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirects.length === 0)
      this.unexpected();
    return cmd;
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
    return { fd: fd ?? (op === '<' ? 0 : 1), op, target: target.word };
  }
}

function asAssignment(t: Token & { kind: 'word' }): Assignment | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(t.raw);
  const first = t.word[0];
  if (!m || first?.type !== 'lit' || first.quoted || !first.text.startsWith(m[0])) return null;
  const value = t.word.map((part) => ({ ...part }));
  const head = value[0] as { type: 'lit'; text: string; quoted: boolean };
  head.text = head.text.slice(m[0].length);
  if (head.text === '' && value.length > 1) value.shift();
  return { name: m[1]!, value };
}
