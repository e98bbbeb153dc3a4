/** Shared fixtures of the mount-spec tests (recorded from the real CLI 28.2.2 + daemon 20.10). */
import { newMountSpec } from './mount-spec-new';
import { MountSpecError } from './mount-spec.types';

export const CWD = '/tmp/msp/cwd';
export const D = 'Error response from daemon: ';
export const NAME_RULE =
  'includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path';

/** A MountSpec with the parsers' defaults (the tables only list what differs). */
export const m = newMountSpec;

export function thrown(f: () => unknown): { message: string; stage: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof MountSpecError) return { message: e.message, stage: e.stage };
    throw e;
  }
  throw new Error('did not throw');
}
