/**
 * text/template's executor over the value model. Errors read like Go's:
 * `template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type T`.
 * `missingKey: 'error'` is the CLI's inspect fallback (`map has no entry for key "X"`);
 * `raw` marks that fallback's interface{} data (its errors name `interface {}`).
 */
import { argString, commandString, type Arg, type Command, type Node, type Pipe } from './ast';
import { executionError } from './errors';
import { ArgCountError, FuncError, STRING_PARAMS, isTrue, lookupFunc } from './funcs';
import { printAction } from './print';
import { rangePairs } from './range';
import { resolveField } from './field';
import { typeName, type GoValue } from './values';

export interface ExecOptions {
  missingKey?: 'default' | 'error';
  raw?: boolean;
}

const NONE = Symbol('missing');
type Final = GoValue | typeof NONE;

type ControlNode = Extract<Node, { pipe: Pipe; list: Node[] }>;
class Break {}
class Continue {}

/** A number/bool/nil constant passed where Go declares a string parameter. */
function literalArg(nodes: readonly Arg[], stringParams: readonly number[]): Arg | undefined {
  return stringParams
    .map((i) => nodes[i])
    .find((n) => n && ['number', 'bool', 'nil'].includes(n.kind));
}

export function execute(
  nodes: readonly Node[],
  src: string,
  dot: GoValue,
  opts: ExecOptions = {},
): string {
  return new Exec(src, dot, opts).run(nodes);
}

class Exec {
  private out = '';
  private vars: { name: string; value: GoValue }[];
  private at: { pos: number; text: string } = { pos: 0, text: '' };

  constructor(
    private readonly src: string,
    root: GoValue,
    private readonly opts: ExecOptions,
  ) {
    this.vars = [{ name: '$', value: root }];
  }

  run(nodes: readonly Node[]): string {
    this.walkList(this.vars[0]!.value, nodes);
    return this.out;
  }

  private fail(message: string): never {
    throw executionError(this.src, this.at.pos, this.at.text, message);
  }

  private setAt(pos: number, text: string): void {
    this.at = { pos, text };
  }

  private walkList(dot: GoValue, nodes: readonly Node[]): void {
    for (const n of nodes) this.walk(dot, n);
  }

  private walk(dot: GoValue, node: Node): void {
    switch (node.kind) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out += printAction(v);
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const v = this.evalPipeline(dot, node.pipe);
        if (isTrue(v)) this.walkList(node.kind === 'with' ? v : dot, node.list);
        else if (node.elseList) this.walkList(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        return this.walkRange(dot, node);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
    }
  }

  private walkRange(dot: GoValue, node: ControlNode): void {
    const mark = this.vars.length;
    const v = this.evalPipeline(dot, { ...node.pipe, decl: [] });
    const pairs = rangePairs(v);
    if (!pairs) this.fail(`range can't iterate over ${printAction(v)}`);
    const decl = node.pipe.decl;
    for (const [key, elem] of pairs) {
      this.vars.length = mark;
      if (decl.length === 1) this.vars.push({ name: decl[0]!, value: elem });
      if (decl.length === 2)
        this.vars.push({ name: decl[0]!, value: key }, { name: decl[1]!, value: elem });
      try {
        this.walkList(elem, node.list);
      } catch (e) {
        if (e instanceof Break) break;
        if (!(e instanceof Continue)) throw e;
      }
    }
    this.vars.length = mark;
    if (pairs.length === 0 && node.elseList) this.walkList(dot, node.elseList);
  }

  private evalPipeline(dot: GoValue, pipe: Pipe): GoValue {
    let value: Final = NONE;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    const result = value === NONE ? undefined : value;
    for (const name of pipe.decl) {
      if (pipe.isAssign) {
        const v = [...this.vars].reverse().find((x) => x.name === name);
        if (v) v.value = result;
      } else this.vars.push({ name, value: result });
    }
    return result;
  }

  private evalCommand(dot: GoValue, cmd: Command, final: Final): GoValue {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field':
        this.setAt(first.pos, argString(first));
        return this.evalChain(dot, dot, first.idents, cmd.args, final);
      case 'chain': {
        const base = this.evalArg(dot, first.node);
        this.setAt(first.pos, argString(first));
        return this.evalChain(dot, base, first.fields, cmd.args, final);
      }
      case 'variable': {
        this.setAt(first.pos, argString(first));
        const base = this.variable(first.idents[0]!);
        if (first.idents.length === 1) {
          this.notAFunction(cmd.args, final, argString(first));
          return base;
        }
        return this.evalChain(dot, base, first.idents.slice(1), cmd.args, final);
      }
      case 'identifier':
        return this.evalFunction(dot, first.name, cmd, final);
      case 'pipe':
        this.notAFunction(cmd.args, final, argString(first));
        return this.evalPipeline(dot, first.pipe);
      case 'nil':
        this.setAt(first.pos, 'nil');
        return this.fail('nil is not a command');
      default:
        this.setAt(first.pos, argString(first));
        this.notAFunction(cmd.args, final, argString(first));
        return this.evalArg(dot, first);
    }
  }

  private notAFunction(args: readonly Arg[], final: Final, name: string): void {
    if (args.length > 1 || final !== NONE) this.fail(`can't give argument to non-function ${name}`);
  }

  private variable(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--)
      if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.fail(`undefined variable: ${name}`);
  }

  private evalChain(
    dot: GoValue,
    receiver: GoValue,
    idents: readonly string[],
    args: readonly Arg[],
    final: Final,
  ): GoValue {
    let r = receiver;
    idents.forEach((name, i) => {
      const last = i === idents.length - 1;
      r = this.evalField(dot, name, last ? args : [], last ? final : NONE, r);
    });
    return r;
  }

  private evalField(
    dot: GoValue,
    name: string,
    args: readonly Arg[],
    final: Final,
    receiver: GoValue,
  ): GoValue {
    const given = args.length - 1 + (final === NONE ? 0 : 1);
    const r = resolveField(receiver, name, given, this.opts);
    if (r.kind === 'error') return this.fail(r.message);
    if (r.kind === 'value') return r.value;
    return this.call(dot, name, r.method.call, args.slice(1), final, null);
  }

  private evalFunction(dot: GoValue, name: string, cmd: Command, final: Final): GoValue {
    const fn = lookupFunc(name)!;
    return this.call(dot, name, fn, cmd.args.slice(1), final, cmd);
  }

  private call(
    dot: GoValue,
    name: string,
    fn: (args: GoValue[]) => GoValue,
    argNodes: readonly Arg[],
    final: Final,
    cmd: Command | null,
  ): GoValue {
    const at = this.at;
    const stringParams = cmd ? (STRING_PARAMS[name] ?? []) : [];
    const constant = literalArg(argNodes, stringParams);
    if (constant) {
      this.setAt(constant.pos, argString(constant));
      this.fail(`expected string; found ${argString(constant)}`);
    }
    const args = argNodes.map((a) => this.evalArg(dot, a));
    if (final !== NONE) args.push(final);
    if (cmd) this.setAt(cmd.pos, commandString(cmd));
    else this.at = at;
    for (const i of stringParams)
      if (i < args.length && typeof args[i] !== 'string')
        this.fail(`wrong type for value; expected string; got ${typeName(args[i])}`);
    try {
      return fn(args);
    } catch (e) {
      if (e instanceof ArgCountError) this.fail(e.message);
      if (e instanceof FuncError) this.fail(`error calling ${name}: ${e.message}`);
      throw e;
    }
  }

  private evalArg(dot: GoValue, arg: Arg): GoValue {
    switch (arg.kind) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'bool':
        return arg.value;
      case 'number':
        return arg.value;
      case 'string':
        return arg.value;
      case 'field':
        this.setAt(arg.pos, argString(arg));
        return this.evalChain(dot, dot, arg.idents, [arg], NONE);
      case 'variable': {
        const base = this.variable(arg.idents[0]!);
        this.setAt(arg.pos, argString(arg));
        return arg.idents.length === 1
          ? base
          : this.evalChain(dot, base, arg.idents.slice(1), [arg], NONE);
      }
      case 'chain': {
        const base = this.evalArg(dot, arg.node);
        this.setAt(arg.pos, argString(arg));
        return this.evalChain(dot, base, arg.fields, [arg], NONE);
      }
      case 'pipe':
        return this.evalPipeline(dot, arg.pipe);
      case 'identifier':
        return this.call(dot, arg.name, lookupFunc(arg.name)!, [], NONE, {
          pos: arg.pos,
          args: [arg],
        });
    }
  }
}
