/** Quoting words so a command line re-parses to exactly them (env, xargs). */

/** One shell word: bare when safe, else single-quoted ('\'' for embedded quotes). */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
