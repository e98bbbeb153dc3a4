/** Parameter expansion: `$x`, `${x[i]}`, `"$@"`, and the operators of `${x…}`. */
import type { ParamOp, Word, WordPart } from './ast';
import { expandWord, expandWordField, ExpansionError, type Expander, type Field } from './expand';
import { patternSource } from './glob';

type ParamPart = Extract<WordPart, { type: 'param' }>;
export type Values = { kind: 'text'; text: string } | { kind: 'list'; list: string[] };

const text = (t: string): Values => ({ kind: 'text', text: t });

export async function paramValues(part: ParamPart, ex: Expander): Promise<Values> {
  const op = part.op;
  if (op?.kind === 'bad') throw new ExpansionError(`${op.text}: bad substitution`);
  const subject = await subjectOf(part, ex);
  if (op?.kind === '#len') {
    if (subject.kind === 'list' && isWhole(part)) return text(String(subject.list.length));
    return text(String([...joined(subject)].length));
  }
  const unset = subject.kind === 'unset';
  if (!op) {
    if (unset && ex.nounset) throw unbound(part, ex);
    return unset ? text('') : subject;
  }
  const value = unset ? undefined : joined(subject);
  switch (op.kind) {
    case ':-':
    case '-':
    case ':=':
    case '=':
    case ':?':
    case '?':
    case ':+':
    case '+':
      return defaults(part, op, subject, value, ex);
    default: {
      if (unset && ex.nounset) throw unbound(part, ex);
      const list = subject.kind === 'list' ? subject.list : [value ?? ''];
      const results = [];
      for (const v of list) results.push(await transform(v, op, ex));
      return subject.kind === 'list' ? { kind: 'list', list: results } : text(results[0] ?? '');
    }
  }
}

function unbound(part: ParamPart, ex: Expander): ExpansionError {
  const name = part.name === '@' || part.name === '*' ? '$' + part.name : part.name;
  return new ExpansionError(
    `${name}: ${ex.flavor === 'bash' ? 'unbound variable' : 'parameter not set'}`,
    true,
  );
}

function isWhole(part: ParamPart): boolean {
  if (part.name === '@' || part.name === '*') return true;
  const index = part.index?.[0];
  return (
    part.index?.length === 1 && index?.type === 'lit' && (index.text === '@' || index.text === '*')
  );
}

type Subject = Values | { kind: 'unset' };

async function subjectOf(part: ParamPart, ex: Expander): Promise<Subject> {
  if (part.name === '@' || part.name === '*') {
    return { kind: 'list', list: ex.positional() };
  }
  if (part.index) {
    if (isWhole(part)) {
      const list = ex.array(part.name);
      return list === undefined ? { kind: 'unset' } : { kind: 'list', list };
    }
    const index = String(ex.arith(await expandWord(part.index, ex)));
    const v = ex.element(part.name, index);
    return v === undefined ? { kind: 'unset' } : text(v);
  }
  const v = ex.lookup(part.name);
  return v === undefined ? { kind: 'unset' } : text(v);
}

function joined(subject: Subject): string {
  if (subject.kind === 'unset') return '';
  return subject.kind === 'list' ? subject.list.join(' ') : subject.text;
}

async function defaults(
  part: ParamPart,
  op: Extract<ParamOp, { word: Word }>,
  subject: Subject,
  value: string | undefined,
  ex: Expander,
): Promise<Values> {
  const colon = op.kind.startsWith(':');
  const missing = value === undefined || (colon && value === '');
  switch (op.kind) {
    case ':-':
    case '-':
      return missing ? text(await expandWord(op.word, ex)) : (subject as Values);
    case ':=':
    case '=': {
      if (!missing) return subject as Values;
      const assigned = await expandWord(op.word, ex);
      ex.assign(part.name, assigned);
      return text(assigned);
    }
    case ':+':
    case '+':
      return missing ? text('') : text(await expandWord(op.word, ex));
    default: {
      if (!missing) return subject as Values;
      const message = await expandWord(op.word, ex);
      const why =
        message !== '' ? message : colon ? 'parameter null or not set' : 'parameter not set';
      throw new ExpansionError(`${part.name}: ${why}`, true);
    }
  }
}

async function transform(value: string, op: ParamOp, ex: Expander): Promise<string> {
  switch (op.kind) {
    case '#':
    case '##':
    case '%':
    case '%%':
      return removeAffix(value, await expandWordField(op.pattern, ex), op.kind);
    case '/':
    case '//':
    case '/#':
    case '/%':
      return replace(
        value,
        await expandWordField(op.pattern, ex),
        await expandWord(op.replacement, ex),
        op.kind,
      );
    case 'substring':
      return substring(value, op, ex);
    case '^':
    case '^^':
    case ',':
    case ',,': {
      const upper = op.kind.startsWith('^');
      const convert = (c: string) => (upper ? c.toUpperCase() : c.toLowerCase());
      return op.kind.length === 2
        ? [...value].map(convert).join('')
        : convert(value.slice(0, 1)) + value.slice(1);
    }
    default:
      return value;
  }
}

function regexOf(field: Field): string {
  return patternSource(field.text, field.literal);
}

function removeAffix(value: string, pattern: Field, kind: '#' | '##' | '%' | '%%'): string {
  const re = new RegExp(`^(?:${regexOf(pattern)})$`, 's');
  const up = [...Array(value.length + 1).keys()];
  const down = [...up].reverse();
  if (kind === '#' || kind === '##') {
    for (const k of kind === '#' ? up : down) if (re.test(value.slice(0, k))) return value.slice(k);
  } else {
    for (const k of kind === '%' ? down : up) if (re.test(value.slice(k))) return value.slice(0, k);
  }
  return value;
}

function replace(
  value: string,
  pattern: Field,
  replacement: string,
  kind: '/' | '//' | '/#' | '/%',
): string {
  if (pattern.text === '') return value;
  const source = regexOf(pattern);
  if (kind === '/#') {
    const m = new RegExp(`^(?:${source})`, 's').exec(value);
    return m ? replacement + value.slice(m[0].length) : value;
  }
  if (kind === '/%') {
    for (let start = 0; start <= value.length; start++)
      if (new RegExp(`^(?:${source})$`, 's').test(value.slice(start)))
        return value.slice(0, start) + replacement;
    return value;
  }
  const re = new RegExp(source, kind === '//' ? 'gs' : 's');
  return value.replace(re, () => replacement);
}

async function substring(
  value: string,
  op: Extract<ParamOp, { kind: 'substring' }>,
  ex: Expander,
): Promise<string> {
  const chars = [...value];
  let offset = Number(ex.arith(await expandWord(op.offset, ex)));
  if (offset < 0) offset = Math.max(0, chars.length + offset);
  if (offset > chars.length) return '';
  if (op.length === null) return chars.slice(offset).join('');
  const length = Number(ex.arith(await expandWord(op.length, ex)));
  if (length < 0) {
    const end = chars.length + length;
    if (end < offset) throw new ExpansionError(`${length}: substring expression < 0`);
    return chars.slice(offset, end).join('');
  }
  return chars.slice(offset, offset + length).join('');
}
