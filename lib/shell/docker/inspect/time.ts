/** Go's time formats for the sim's millisecond timestamps (UTC). */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function parts(ms: number) {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const frac =
    d.getUTCMilliseconds() === 0 ? '' : `.${pad(d.getUTCMilliseconds(), 3)}`.replace(/0+$/, '');
  return { date, time, frac };
}

/** Go's zero time.Time in RFC 3339: what inspect shows for "never" (StartedAt of a new container). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** time.RFC3339Nano (`2026-11-28T01:36:21.123Z`, trailing zeros trimmed); null → zero time. */
export function rfc3339Nano(ms: number | null): string {
  if (ms === null) return ZERO_TIME;
  const { date, time, frac } = parts(ms);
  return `${date}T${time}${frac}Z`;
}

/** time.RFC3339, whole seconds (volume CreatedAt: `2026-11-28T00:11:50Z`). */
export function rfc3339(ms: number): string {
  const { date, time } = parts(ms);
  return `${date}T${time}Z`;
}

/** time.Time.String() in UTC (`2026-11-28 01:24:38.266 +0000 UTC`); null → Go's zero time. */
export function goTimeString(ms: number | null): string {
  if (ms === null) return '0001-01-01 00:00:00 +0000 UTC';
  const { date, time, frac } = parts(ms);
  return `${date} ${time}${frac} +0000 UTC`;
}

/** `docker ps` CreatedAt: time.Unix(created, 0).String() (whole seconds). */
export function unixSecondsString(ms: number): string {
  return goTimeString(Math.floor(ms / 1000) * 1000);
}
