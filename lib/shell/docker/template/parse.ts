/** text/template's parser over the lexer's tokens; errors read like Go's (`template: :1: ...`). */
import type { Arg, Command, Node, Pipe } from './ast';
import { TemplateError } from './errors';
import { FUNC_NAMES } from './funcs';
import { lex, type Token } from './lexer';

type ListEnd = { kind: 'end' } | { kind: 'else'; elseIf: 'if' | 'with' | null; pos: number };

export function parse(src: string): Node[] {
  return new Parser(lex(src)).parseRoot();
}

class Parser {
  private i = 0;
  private vars: string[] = ['$'];

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type === 'error') this.fail(t.value, t);
    this.i++;
    return t;
  }

  private backup(): void {
    this.i--;
  }

  private nextNonSpace(): Token {
    let t = this.next();
    while (t.type === 'space') t = this.next();
    return t;
  }

  private peekNonSpace(): Token {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  private fail(
    message: string,
    at: Token = this.tokens[Math.min(Math.max(0, this.i - 1), this.tokens.length - 1)]!,
  ): never {
    throw new TemplateError(`template: :${at.line}: ${message}`, 'parse');
  }

  private unexpected(t: Token, context: string): never {
    if (t.type === 'error') this.fail(t.value, t);
    this.fail(`unexpected ${describe(t)} in ${context}`, t);
  }

  parseRoot(): Node[] {
    const nodes: Node[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === 'eof') return nodes;
      const node = this.textOrAction();
      if ('kind' in node && (node.kind === 'end' || node.kind === 'else'))
        this.fail(`unexpected {{${node.kind}}}`);
      nodes.push(node as Node);
    }
  }

  private itemList(): { list: Node[]; end: ListEnd } {
    const list: Node[] = [];
    for (;;) {
      if (this.peekNonSpace().type === 'eof') this.fail('unexpected EOF', this.peek());
      const node = this.textOrAction();
      if (node.kind === 'end' || node.kind === 'else') return { list, end: node as ListEnd };
      list.push(node as Node);
    }
  }

  private textOrAction(): Node | ListEnd {
    const t = this.next();
    if (t.type === 'text') return { kind: 'text', text: t.value };
    if (t.type === 'left') return this.action();
    return this.unexpected(t, 'input');
  }

  private action(): Node | ListEnd {
    const t = this.nextNonSpace();
    if (t.type === 'keyword') {
      switch (t.value) {
        case 'end':
          this.expectRight('end');
          return { kind: 'end' };
        case 'else': {
          const p = this.peekNonSpace();
          if (p.type === 'keyword' && (p.value === 'if' || p.value === 'with')) {
            return { kind: 'else', elseIf: p.value, pos: t.pos };
          }
          this.expectRight('else');
          return { kind: 'else', elseIf: null, pos: t.pos };
        }
        case 'if':
        case 'with':
        case 'range':
          return this.control(t.value, t.pos);
        case 'break':
        case 'continue':
          this.expectRight(t.value);
          return { kind: t.value, pos: t.pos };
        default:
          this.fail(`{{${t.value}}} is not supported here`, t);
      }
    }
    this.backup();
    const pos = this.peekNonSpace().pos;
    return { kind: 'action', pos, pipe: this.pipeline('command', 'right') };
  }

  private expectRight(context: string): void {
    const t = this.nextNonSpace();
    if (t.type !== 'right') this.unexpected(t, context);
  }

  private control(kind: 'if' | 'with' | 'range', pos: number): Node {
    const depth = this.vars.length;
    const pipe = this.pipeline(kind, 'right');
    const { list, end } = this.itemList();
    let elseList: Node[] | null = null;
    if (end.kind === 'else') {
      if (end.elseIf) {
        // {{else if x}} is {{else}}{{if x}}...{{end}}{{end}} sharing the final {{end}}.
        this.nextNonSpace();
        elseList = [this.control(end.elseIf, end.pos)];
      } else {
        const rest = this.itemList();
        if (rest.end.kind !== 'end') this.fail('expected end; found {{else}}');
        elseList = rest.list;
      }
    }
    this.vars.length = depth;
    return { kind, pos, pipe, list, elseList };
  }

  private pipeline(context: string, end: 'right' | 'rightParen'): Pipe {
    const pos = this.peekNonSpace().pos;
    const decl: string[] = [];
    let isAssign = false;
    const save = this.i;
    const v = this.peekNonSpace();
    if (v.type === 'variable') {
      this.nextNonSpace();
      const after = this.peekNonSpace();
      if (
        after.type === 'declare' ||
        after.type === 'assign' ||
        (after.type === 'char' && after.value === ',')
      ) {
        this.nextNonSpace();
        decl.push(v.value);
        isAssign = after.type === 'assign';
        if (after.type === 'char') {
          const v2 = this.nextNonSpace();
          if (v2.type !== 'variable') this.unexpected(v2, context);
          const op = this.nextNonSpace();
          if (op.type !== 'declare' && op.type !== 'assign') this.unexpected(op, context);
          decl.push(v2.value);
          isAssign = op.type === 'assign';
        }
        if (!isAssign) this.vars.push(...decl);
      } else this.i = save;
    }
    const cmds: Command[] = [];
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (cmds.length === 0) this.fail(`missing value for ${context}`, t);
        return { pos, decl, isAssign, cmds };
      }
      if (['right', 'rightParen', 'eof'].includes(t.type)) this.unexpected(t, context);
      this.backup();
      cmds.push(this.command());
    }
  }

  private command(): Command {
    const pos = this.peekNonSpace().pos;
    const args: Arg[] = [];
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) args.push(operand);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'right' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (args.length === 0) this.fail('empty command');
    return { pos, args };
  }

  private operand(): Arg | null {
    const node = this.term();
    if (!node) return null;
    if (this.peek().type !== 'field') return node;
    const chainPos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().value.slice(1));
    if (node.kind === 'field')
      return { kind: 'field', pos: chainPos, idents: [...node.idents, ...fields] };
    if (node.kind === 'variable')
      return { kind: 'variable', pos: chainPos, idents: [...node.idents, ...fields] };
    if (['bool', 'string', 'number', 'nil', 'dot'].includes(node.kind))
      this.fail(`unexpected . after term "${node.kind === 'dot' ? '.' : ''}"`);
    return { kind: 'chain', pos: chainPos, node, fields };
  }

  private term(): Arg | null {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!FUNC_NAMES.has(t.value)) this.fail(`function "${t.value}" not defined`, t);
        return { kind: 'identifier', pos: t.pos, name: t.value };
      case 'dot':
        return { kind: 'dot', pos: t.pos };
      case 'nil':
        return { kind: 'nil', pos: t.pos };
      case 'variable':
        if (!this.vars.includes(t.value)) this.fail(`undefined variable "${t.value}"`, t);
        return { kind: 'variable', pos: t.pos, idents: [t.value] };
      case 'field':
        return { kind: 'field', pos: t.pos, idents: [t.value.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: t.pos, value: t.value === 'true' };
      case 'number': {
        const value = Number(t.value.replace(/_/g, ''));
        if (t.value === '' || Number.isNaN(value)) this.fail(`bad number syntax: "${t.value}"`, t);
        return { kind: 'number', pos: t.pos, text: t.value, value };
      }
      case 'string':
        return { kind: 'string', pos: t.pos, quoted: t.value, value: unquote(t.value) };
      case 'char':
        if (t.value === ',') break;
        return { kind: 'number', pos: t.pos, text: t.value, value: t.value.codePointAt(1) ?? 0 };
      case 'leftParen':
        return {
          kind: 'pipe',
          pos: t.pos,
          pipe: this.pipeline('parenthesized pipeline', 'rightParen'),
        };
    }
    this.backup();
    return null;
  }
}

function describe(t: Token): string {
  if (t.type === 'eof') return 'EOF';
  if (t.type === 'keyword') return `<${t.value}>`;
  if (t.type === 'right') return '"}}"';
  return JSON.stringify(t.value);
}

function unquote(quoted: string): string {
  if (quoted.startsWith('`')) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
