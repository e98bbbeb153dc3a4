/**
 * go-units sizes as the docker CLI prints them: decimal units (1 kB = 1000 B) and Go's `%.*g`.
 * Precision 3 (`units.HumanSizeWithPrecision(x, 3)`) is used by `ps --size`, `images`, and the SIZE
 * columns of `system df -v` for images/containers; precision 4 (`units.HumanSize`) by the
 * `system df` summary, SHARED SIZE, volume sizes and "Total reclaimed space".
 */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Round a digit string half-to-even at `keep` digits; returns digits and a carry-adjusted point. */
function roundDigits(digits: string, point: number, keep: number): { d: string; dp: number } {
  if (digits.length <= keep) return { d: digits, dp: point };
  const head = digits.slice(0, keep);
  const next = digits.charCodeAt(keep) - 48;
  const rest = digits.slice(keep + 1);
  const last = keep > 0 ? head.charCodeAt(keep - 1) - 48 : 0;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(rest) || last % 2 === 1));
  if (!up) return { d: head, dp: point };
  const bumped = (BigInt(head || '0') + 1n).toString();
  if (bumped.length > keep) return { d: bumped.slice(0, keep), dp: point + 1 };
  return { d: bumped.padStart(keep, '0'), dp: point };
}

/** Go's fmt `%.<prec>g` for a finite, non-negative float64. */
export function goFormatG(x: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  // toPrecision(100) is exact for the magnitudes used here, so ties round like Go (half-even).
  const [mant = '0', expPart = '0'] = x.toExponential(99).split('e');
  let digits = mant.replace('.', '').replace(/0+$/, '');
  let dp = Number(expPart) + 1;
  if (digits === '') {
    digits = '';
    dp = 0;
  }
  const r = roundDigits(digits, dp, p);
  const d = r.d.replace(/0+$/, '');
  dp = d === '' ? 0 : r.dp;
  const nd = d.length;
  let eprec = p;
  if (eprec > nd && nd >= dp) eprec = nd;
  const exp = dp - 1;
  if (d !== '' && (exp < -4 || exp >= eprec)) {
    const frac = d.slice(1);
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${d[0]}${frac ? `.${frac}` : ''}e${exp < 0 ? '-' : '+'}${e}`;
  }
  const decimals = Math.max((p > dp ? nd : p) - dp, 0);
  const all = d.padEnd(Math.max(dp, 0) + decimals, '0');
  const intPart = dp > 0 ? all.slice(0, dp) : '0';
  const fracPart =
    dp >= 0 ? all.slice(dp, dp + decimals) : `${'0'.repeat(-dp)}${all}`.slice(0, decimals);
  return decimals > 0 ? `${intPart}.${fracPart}` : intPart;
}

/** go-units HumanSizeWithPrecision. */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${goFormatG(size, precision)}${UNITS[i]}`;
}

/** Sizes in `docker ps -s`, `docker images`, `system df -v` SIZE: 3 significant digits. */
export function humanSize(bytes: number, precision = 3): string {
  return humanSizeWithPrecision(bytes, precision);
}
