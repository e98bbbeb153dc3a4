/**
 * sdssplitargs, as redis-cli splits a typed line: spaces separate words, "double quotes" with
 * \n \r \t \b \a \\ \" and \xHH escapes, 'single quotes' with only \' ; a quote must be followed
 * by a space or the end. Returns null for unbalanced quotes ("Invalid argument(s)").
 */
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

export function splitArgs(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (true) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) return out;
    let word = '';
    let quote: '"' | "'" | null = null;
    for (; ; i++) {
      const c = line[i];
      if (quote === null) {
        if (c === undefined || /\s/.test(c)) break;
        if (c === '"' || c === "'") quote = c;
        else word += c;
        continue;
      }
      if (c === undefined) return null;
      if (quote === '"' && c === '\\' && /^x[0-9a-fA-F]{2}/.test(line.slice(i + 1, i + 4))) {
        word += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
        i += 3;
      } else if (c === '\\' && i + 1 < line.length && (quote === '"' || line[i + 1] === "'")) {
        const e = line[++i]!;
        word += quote === '"' ? (ESCAPES[e] ?? e) : e;
      } else if (c === quote) {
        const after = line[i + 1];
        if (after !== undefined && !/\s/.test(after)) return null;
        i++;
        break;
      } else word += c;
    }
    out.push(word);
  }
}
