/** The parsed form of a sed script, its errors, and the RHS of `s` commands. */
import { translateRegex } from '../text/regex';

export type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: RegExp | null }
  | { kind: 'step'; first: number; step: number }
  | { kind: 'plus'; n: number };

export type ReplPart = string | number;

export interface SedCmd {
  a1?: Addr;
  a2?: Addr;
  neg: boolean;
  name: string;
  re?: RegExp | null;
  repl?: ReplPart[];
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
  map?: Map<string, string>;
  label?: string;
  /** `{`: index of its `}`; b/t/T: index to jump to. */
  jump?: number;
  exit?: number;
}

export class SedError {
  constructor(
    readonly pos: number,
    readonly gnu: string,
    readonly busybox: string,
  ) {}
}

export function countGroups(src: string, extended: boolean): number {
  const r = translateRegex(src, { extended, sed: true });
  return r.ok ? r.groups : 0;
}

/** RHS of s: literal strings and group numbers (0 = whole match, from `&`). */
export function parseReplacement(
  rhs: string,
  bad: (n: number) => void,
  groups: number,
): ReplPart[] {
  const parts: ReplPart[] = [];
  let lit = '';
  const flush = () => {
    if (lit !== '') parts.push(lit);
    lit = '';
  };
  for (let k = 0; k < rhs.length; k++) {
    const c = rhs[k] as string;
    if (c === '&') {
      flush();
      parts.push(0);
    } else if (c === '\\' && k + 1 < rhs.length) {
      const n = rhs[++k] as string;
      if (/\d/.test(n)) {
        if (Number(n) > groups) bad(Number(n));
        flush();
        parts.push(Number(n));
      } else lit += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else lit += c;
  }
  flush();
  return parts;
}
