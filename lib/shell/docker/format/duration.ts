/**
 * go-units HumanDuration and the texts built on it: `docker ps` CREATED (`<d> ago`, computed by the
 * CLI) and STATUS (computed by the daemon: `Up <d>`, `Exited (<code>) <d> ago`, `Created`, ...).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** go-units HumanDuration (v0.5): thresholds and rounding exactly as Go's integer conversions. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** CREATED / RunningFor column: `2 seconds ago`. */
export function createdAgo(ms: number): string {
  return `${humanDuration(ms)} ago`;
}

export type ContainerStatusInput =
  | { state: 'created' }
  | { state: 'running'; upMs: number; paused?: boolean }
  | { state: 'restarting'; exitCode: number; sinceFinishMs: number }
  | { state: 'exited'; exitCode: number; sinceFinishMs: number }
  | { state: 'removing' }
  | { state: 'dead' };

/** The daemon's State.String() (20.10), shown in the STATUS column. */
export function containerStatus(s: ContainerStatusInput): string {
  switch (s.state) {
    case 'created':
      return 'Created';
    case 'running':
      return `Up ${humanDuration(s.upMs)}${s.paused ? ' (Paused)' : ''}`;
    case 'restarting':
      return `Restarting (${s.exitCode}) ${humanDuration(s.sinceFinishMs)} ago`;
    case 'exited':
      return `Exited (${s.exitCode}) ${humanDuration(s.sinceFinishMs)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
  }
}
