/** The timestamps the servers put in their logs, from the engine's clock (UTC, as in containers). */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const two = (n: number) => String(n).padStart(2, '0');
const three = (n: number) => String(n).padStart(3, '0');

function parts(ms: number) {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: two(d.getUTCDate()),
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`,
    ms: three(d.getUTCMilliseconds()),
    wd: DAYS[d.getUTCDay()]!,
  };
}

/** nginx error log: `2024/12/03 12:00:00`. */
export function nginxErrorTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}/${two(p.mo + 1)}/${p.d} ${p.time}`;
}

/** nginx $time_local in a UTC container: `03/Dec/2024:12:00:00 +0000`. */
export function nginxAccessTime(ms: number): string {
  const p = parts(ms);
  return `${p.d}/${MONTHS[p.mo]}/${p.y}:${p.time} +0000`;
}

/** HTTP dates (Date, Last-Modified): `Tue, 03 Dec 2024 12:00:00 GMT`. */
export function httpDate(ms: number): string {
  const p = parts(ms);
  return `${p.wd}, ${p.d} ${MONTHS[p.mo]} ${p.y} ${p.time} GMT`;
}

/** redis log: `03 Dec 2024 12:00:00.123`. */
export function redisTime(ms: number): string {
  const p = parts(ms);
  return `${p.d} ${MONTHS[p.mo]} ${p.y} ${p.time}.${p.ms}`;
}

/** PostgreSQL log_line_prefix '%m [%p] ': `2024-12-03 12:00:00.123 UTC`. */
export function postgresTime(ms: number, withMs = true): string {
  const p = parts(ms);
  return `${p.y}-${two(p.mo + 1)}-${p.d} ${p.time}${withMs ? `.${p.ms}` : ''} UTC`;
}
