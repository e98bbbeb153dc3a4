/** Dates as ls -l and stat print them (the simulated machine runs in UTC). */
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * ls -l's date column: `Mon dd HH:MM` within the last six months, `Mon dd  YYYY` otherwise.
 * GNU: six months = 31556952/2 s and the file must not be in the future (a file modified
 * "right now" counts as recent; the real clock has always moved on by a few ns).
 * BusyBox: less than 365/2 days old and at most 15 minutes in the future.
 */
export function lsDate(mtime: number, now: number, gnu: boolean): string {
  const d = new Date(mtime);
  const age = (now - mtime) / 1000;
  const recent = gnu ? age >= 0 && age < 31556952 / 2 : age < (3600 * 24 * 365) / 2 && age > -900;
  const head = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')}`;
  if (recent) return `${head} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return `${head}  ${d.getUTCFullYear()}`;
}

/** `2024-01-01 00:00:00.000000000 +0000`, stat's timestamp format. */
export function statDate(ms: number): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  const ns = String((((ms % 1000) + 1000) % 1000) * 1_000_000).padStart(9, '0');
  return `${date} ${time}.${ns} +0000`;
}
