/**
 * sortorder.NaturalLess (github.com/fvbommel/sortorder), which the CLI sorts `volume ls` with:
 * runs of digits compare as numbers and sort before other characters, the rest bytewise.
 */
const isDigit = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

function compareNumbers(a: string, b: string, i: number, j: number): [number, number, number] {
  while (i < a.length && a[i] === '0') i++;
  while (j < b.length && b[j] === '0') j++;
  const [nz1, nz2] = [i, j];
  while (i < a.length && isDigit(a, i)) i++;
  while (j < b.length && isDigit(b, j)) j++;
  if (i - nz1 !== j - nz2) return [i - nz1 < j - nz2 ? -1 : 1, i, j];
  const [n1, n2] = [a.slice(nz1, i), b.slice(nz2, j)];
  if (n1 !== n2) return [n1 < n2 ? -1 : 1, i, j];
  if (nz1 !== nz2) return [nz1 < nz2 ? -1 : 1, i, j];
  return [0, i, j];
}

export function naturalLess(a: string, b: string): boolean {
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    const [d1, d2] = [isDigit(a, i), isDigit(b, j)];
    if (d1 !== d2) return d1;
    if (!d1) {
      if (a[i] !== b[j]) return a.charCodeAt(i) < b.charCodeAt(j);
      i++;
      j++;
      continue;
    }
    const [order, ni, nj] = compareNumbers(a, b, i, j);
    if (order !== 0) return order < 0;
    [i, j] = [ni, nj];
  }
  return a.length < b.length;
}

export const naturalCompare = (a: string, b: string): number =>
  naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0;
