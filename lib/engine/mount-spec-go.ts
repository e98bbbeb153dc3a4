/**
 * Small ports of the Go standard-library behaviour the daemon (and the docker CLI, which imports
 * them from here) uses on mounts: path.Clean, path.IsAbs, strconv.Quote (%q), ParseUint(s, 8, 32).
 */

/** Go path.Clean: lexical cleaning of a slash path. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (rooted) return `/${body}`;
  return body === '' ? '.' : body;
}

/** Go path.IsAbs. */
export function goIsAbs(p: string): boolean {
  return p.startsWith('/');
}

/** Go strconv.Quote, as printed by fmt's %q for a string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Go strconv.ParseUint(s, 8, 32); null on error. */
export function goParseOctal32(s: string): number | null {
  if (!/^[0-7]+$/.test(s)) return null;
  const n = parseInt(s, 8);
  return n <= 0xffffffff ? n : null;
}
