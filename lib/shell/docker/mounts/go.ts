/**
 * Go behaviour only the docker CLI uses while parsing mount flags: filepath.Abs,
 * strconv.ParseBool, go-units RAMInBytes and encoding/csv's first-record reader (Go 1.24 error
 * texts). The ports the daemon shares live in lib/engine (goClean, goQuote, goParseOctal32).
 */
import { goClean } from '../../../engine';

/** Go filepath.Abs on Linux: join with the working directory, then clean. */
export function goAbs(cwd: string, p: string): string {
  return p.startsWith('/') ? goClean(p) : goClean(`${cwd}/${p}`);
}

/** Go strconv.ParseBool; null when Go would return an error. */
export function goParseBool(s: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return null;
}

const RAM_UNITS: Record<string, number> = {
  '': 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/** go-units RAMInBytes (binary units, optional "i"/"b"); null when unparseable. */
export function ramInBytes(s: string): number | null {
  const m = /^(\d+(\.\d+)*) ?([kmgtp])?i?b?$/i.exec(s);
  if (!m || m[1] === undefined) return null;
  // strconv.ParseFloat rejects "1.2.3", which the regexp lets through.
  if (m[2] !== undefined && m[1].split('.').length > 2) return null;
  const mul = RAM_UNITS[(m[3] ?? '').toLowerCase()] ?? 1;
  return Math.trunc(parseFloat(m[1]) * mul);
}

/** The outcome of reading the first CSV record: its fields or Go's error text. */
export type CsvResult = { fields: string[] } | { error: string };

/**
 * encoding/csv Reader.Read of the first record (comma ',', no lazy quotes). Columns in error texts
 * are 1-based byte positions, as Go 1.17+ prints them.
 */
export function readCsvRecord(input: string): CsvResult {
  const line = input.replace(/^(\r?\n)+/, '');
  if (line === '') return { error: 'EOF' };
  const fields: string[] = [];
  let i = 0;
  const parseError = (pos: number, what: string) => ({
    error: `parse error on line 1, column ${pos + 1}: ${what}`,
  });
  for (;;) {
    if (line[i] !== '"') {
      let end = i;
      while (end < line.length && line[end] !== ',' && line[end] !== '\n') end++;
      const field = line.slice(i, end).replace(/\r$/, '');
      const quote = field.indexOf('"');
      if (quote >= 0) return parseError(i + quote, 'bare " in non-quoted-field');
      fields.push(field);
      if (line[end] !== ',') return { fields };
      i = end + 1;
      continue;
    }
    let value = '';
    let j = i + 1;
    for (;;) {
      const q = line.indexOf('"', j);
      if (q < 0) return parseError(line.length, 'extraneous or missing " in quoted-field');
      value += line.slice(j, q);
      const next = line[q + 1];
      if (next === '"') {
        value += '"';
        j = q + 2;
        continue;
      }
      if (next === ',') {
        fields.push(value);
        i = q + 2;
        break;
      }
      if (next === undefined || next === '\n' || next === '\r') {
        fields.push(value);
        return { fields };
      }
      return parseError(q, 'extraneous or missing " in quoted-field');
    }
  }
}
