/**
 * Alias expansion, done by the parser as bash and ash do it: an unquoted command word that names
 * an alias is replaced by the alias's tokens, which are read again (a first word that is itself
 * an alias expands too, but never an alias already being expanded: `alias ls='ls -F'`); when the
 * value ends in a blank, the word after it is checked as well. A line is parsed before it runs,
 * so an alias defined on a line works from the next line on (lib/shell/fixtures/alias.cmds).
 */
import { tokenize, type LexOptions, type Token } from './lexer';
import { ShellSyntaxError } from './syntax-error';

export type AliasTable = ReadonlyMap<string, string>;

/** Words bash never reads as an alias where a command starts (it checks reserved words first). */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while']);
for (const w of ['until', 'do', 'done', 'in', 'function', 'select', '{', '}', '!', '[[', ']]'])
  RESERVED.add(w);

/** A word typed without quotes, backslashes or expansions: only such a word can be an alias. */
const PLAIN = /^[^\s'"\\$`]+$/;

/**
 * Replaces tokens[i] by the tokens of its alias. Returns false when it is none (or one being
 * expanded), 'empty' when the alias has no tokens, true otherwise.
 */
export function expandAlias(
  tokens: Token[],
  i: number,
  aliases: AliasTable,
  options: LexOptions,
): boolean | 'empty' {
  const t = tokens[i];
  if (t?.kind !== 'word' || !PLAIN.test(t.raw) || RESERVED.has(t.raw)) return false;
  const value = aliases.get(t.raw);
  if (value === undefined || t.aliasChain?.has(t.raw)) return false;
  let replacement: Token[];
  try {
    replacement = tokenize(value, { ...options, heredocAtEof: true });
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return false;
  }
  const chain = new Set(t.aliasChain ?? []).add(t.raw);
  for (const r of replacement) if (r.kind === 'word') r.aliasChain = chain;
  // bash and ash keep checking while words turn out to be aliases, then the word after an
  // alias whose value ends in a blank
  const first = replacement[0];
  if (t.aliasCheck && first?.kind === 'word') first.aliasCheck = true;
  const next = tokens[i + 1];
  if (/[ \t\n]$/.test(value) && next?.kind === 'word') next.aliasCheck = true;
  tokens.splice(i, 1, ...replacement);
  return replacement.length === 0 ? 'empty' : true;
}

/** bash's sh_single_quote: 'it'\''s'. */
export function bashQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/** BusyBox's single_quote: runs of quotes go in double quotes, 'it'"'"'s'. */
export function ashQuote(value: string): string {
  let out = '';
  let rest = value;
  do {
    const plain = rest.match(/^[^']*/)![0];
    out += `'${plain}'`;
    rest = rest.slice(plain.length);
    const quotes = rest.match(/^'*/)![0];
    if (quotes === '') break;
    out += `"${quotes}"`;
    rest = rest.slice(quotes.length);
  } while (rest !== '');
  return out;
}

/** The order `alias` lists them in: bash sorts by name, ash walks its 39-bucket hash table. */
export function listingOrder(names: readonly string[], ash: boolean): string[] {
  if (!ash) return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bucket = (name: string) => {
    // ash hashes the name's bytes; code units stand for them (alias names are ASCII in practice)
    let hash = (name.charCodeAt(0) || 0) << 4;
    for (let i = 0; i < name.length; i++) hash += name.charCodeAt(i);
    return hash % 39;
  };
  // stable: within a bucket, the order they were defined in (Map order)
  return [...names].sort((a, b) => bucket(a) - bucket(b));
}
