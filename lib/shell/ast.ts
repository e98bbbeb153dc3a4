/**
 * The shell's syntax tree, as POSIX sh and bash define it: a script is a list of and-or chains
 * of pipelines of commands; a command is simple, compound (if, for, while, until, case, a
 * subshell, a group, (( )), [[ ]]) or a function definition. Compound commands nest lists.
 */

export type WordPart =
  | { type: 'lit'; text: string; quoted: boolean }
  | { type: 'param'; name: string; quoted: boolean; index?: Word; op?: ParamOp }
  | { type: 'cmdsub'; source: string; quoted: boolean }
  | { type: 'arith'; expr: Word; quoted: boolean }
  | { type: 'tilde'; user: string };

/** `${VAR:-word}`, `${VAR#pattern}`, `${VAR/a/b}`, `${VAR:1:2}` and friends. */
export type ParamOp =
  | { kind: ':-' | '-' | ':=' | '=' | ':?' | '?' | ':+' | '+'; word: Word }
  | { kind: '#len' }
  | { kind: '#' | '##' | '%' | '%%'; pattern: Word }
  | { kind: '/' | '//' | '/#' | '/%'; pattern: Word; replacement: Word }
  | { kind: 'substring'; offset: Word; length: Word | null }
  | { kind: '^' | '^^' | ',' | ',,'; pattern: Word }
  /** Not a valid expansion: an error when (and only when) it is expanded. */
  | { kind: 'bad'; text: string };

export type Word = WordPart[];

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<>' | '<<' | '<<<';

export interface HereDoc {
  /** The body's text; filled in by the lexer once it reaches the body's lines. */
  body: string;
  /** A quoted delimiter (`<<'EOF'`): the body is taken literally. */
  quoted: boolean;
  /** `<<-`: leading tabs were stripped from the body and the delimiter line. */
  stripTabs: boolean;
  /** The body parsed for expansion (unquoted delimiters only), set by the parser. */
  word?: Word;
}

export interface Redirect {
  fd: number;
  op: RedirectOp;
  /** File name, the target fd as text (`>&`, `<&`), a here-string's word, or the delimiter. */
  target: Word;
  heredoc?: HereDoc;
}

export interface Assignment {
  name: string;
  /** Absent for `a=(…)`, whose elements are in `array`. */
  value: Word;
  array?: Word[];
  /** `a[2]=x` */
  index?: Word;
  append?: boolean;
}

export interface SimpleCommand {
  type: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface IfCommand {
  type: 'if';
  clauses: { condition: Script; body: Script }[];
  otherwise: Script | null;
}

export interface ForCommand {
  type: 'for';
  name: string;
  /** null: `for name; do` iterates over "$@". */
  words: Word[] | null;
  body: Script;
}

export interface ArithForCommand {
  type: 'arith-for';
  init: Word;
  test: Word;
  step: Word;
  body: Script;
}

export interface LoopCommand {
  type: 'while' | 'until';
  condition: Script;
  body: Script;
}

export interface CaseItem {
  patterns: Word[];
  body: Script;
  /** `;;` ends the case, `;&` runs the next body too, `;;&` tests the next patterns. */
  terminator: ';;' | ';&' | ';;&';
}

export interface CaseCommand {
  type: 'case';
  word: Word;
  items: CaseItem[];
}

export interface GroupCommand {
  type: 'group' | 'subshell';
  body: Script;
}

export interface ArithCommand {
  type: 'arith-cmd';
  expr: Word;
}

export type CondExpr =
  | { type: 'and' | 'or'; left: CondExpr; right: CondExpr }
  | { type: 'not'; operand: CondExpr }
  | { type: 'unary'; op: string; operand: Word }
  | { type: 'binary'; op: string; left: Word; right: Word }
  | { type: 'word'; word: Word };

export interface CondCommand {
  type: 'cond';
  expr: CondExpr;
}

export interface FunctionDef {
  type: 'function';
  name: string;
  body: Command;
  /** The definition as written, for `type` and `declare -f`. */
  source: string;
}

export type CompoundBody =
  | IfCommand
  | ForCommand
  | ArithForCommand
  | LoopCommand
  | CaseCommand
  | GroupCommand
  | ArithCommand
  | CondCommand;

export type Compound = CompoundBody & { redirects: Redirect[] };

export type Command = SimpleCommand | Compound | FunctionDef;

export interface Pipeline {
  negated: boolean;
  commands: Command[];
  /** Bash's `time` keyword is not simulated; kept out of the tree. */
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** Ended by `&`: run in the background. */
  background?: boolean;
}

export type Script = AndOr[];
