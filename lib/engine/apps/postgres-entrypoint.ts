import type { ProcessSpec } from '../process';
import { execArgs } from './proc-env';

export async function postgresEntrypoint(
  spec: ProcessSpec,
  args: readonly string[],
): Promise<number> {
  return execArgs(spec, '/usr/local/bin/docker-entrypoint.sh', 1, args);
}
