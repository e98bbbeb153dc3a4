/**
 * `docker volume ls --filter`: dangling (true/1, false/0), name (regex), label (key or
 * key=value), driver (regex), as the 20.10 daemon's volume service filters them.
 */
import { DaemonError, volumeUsers, type Engine, type Volume } from '../../../engine';
import { matchLabels, matchRegex, validateKeys, type FilterArgs } from './args';

const ACCEPTED = ['driver', 'label', 'name', 'dangling'];

function dangling(args: FilterArgs): boolean | null {
  const values = args.get('dangling');
  if (!values) return null;
  const bad = values.find((v) => !['true', '1', 'false', '0'].includes(v.toLowerCase()));
  if (bad !== undefined)
    throw new DaemonError(`Invalid filter 'dangling=[${values.join(' ')}]'`, 'invalid');
  return ['true', '1'].includes(values[0]!.toLowerCase());
}

/** The volumes that pass every filter; a DaemonError for an unknown key or a bad value. */
export function filterVolumes(engine: Engine, volumes: Volume[], args: FilterArgs): Volume[] {
  validateKeys(args, ACCEPTED);
  const wantDangling = dangling(args);
  return volumes.filter(
    (v) =>
      matchRegex(args, 'name', v.name) &&
      matchRegex(args, 'driver', 'local') &&
      matchLabels(args, 'label', v.labels) &&
      (wantDangling === null || (volumeUsers(engine, v).length === 0) === wantDangling),
  );
}
