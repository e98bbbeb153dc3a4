/** The shell's syntax tree: lists of and-or chains of pipelines of simple commands. */

export type WordPart =
  | { type: 'lit'; text: string; quoted: boolean }
  | { type: 'param'; name: string; quoted: boolean; op?: ParamOp }
  | { type: 'cmdsub'; source: string; quoted: boolean }
  | { type: 'arith'; expr: string; quoted: boolean }
  | { type: 'tilde'; user: string };

/** `${VAR:-word}` and friends; only what learners plausibly type. */
export interface ParamOp {
  kind: ':-' | '-' | ':=' | '=' | ':+' | '+' | '#len';
  word: Word;
}

export type Word = WordPart[];

export type RedirectOp = '>' | '>>' | '<' | '>&' | '&>' | '&>>';

export interface Redirect {
  fd: number;
  op: RedirectOp;
  /** File name, or for `>&` the target fd as text. */
  target: Word;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  negated: boolean;
  commands: SimpleCommand[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type Script = AndOr[];
