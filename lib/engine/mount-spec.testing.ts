/** Shared fixtures of the mount tests (recorded from the real CLI 28.2.2 + daemon 20.10). */
import { DaemonError } from './errors';
import { newMountSpec } from './mount-spec-new';
import type { ApiMount, MountRequest } from './mount-spec.types';

export const CWD = '/tmp/msp/cwd';
export const D = 'Error response from daemon: ';
export const NAME_RULE =
  'includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path';

/** A MountSpec with the parsers' defaults (the tables only list what differs). */
export const m = newMountSpec;

/** What `f` threw, as the CLI's first line and who printed it (`daemon` for a DaemonError). */
export function thrown(f: () => unknown): { message: string; stage: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof DaemonError) return { message: D + e.message, stage: 'daemon' };
    if (e instanceof Error && 'stage' in e) return { message: e.message, stage: String(e.stage) };
    throw e;
  }
  throw new Error('did not throw');
}

/** Requests as the CLI builds them, for tests of the daemon alone. */
export const req = {
  bind: (spec: string): MountRequest => ({ kind: 'bind', spec }),
  anon: (target: string): MountRequest => ({ kind: 'volume', target }),
  tmpfs: (target: string, options = ''): MountRequest => ({ kind: 'tmpfs', target, options }),
  mount: (fields: Partial<ApiMount> & Pick<ApiMount, 'target'>): MountRequest => ({
    kind: 'mount',
    mount: {
      type: 'volume',
      source: '',
      readOnly: false,
      bindOptions: null,
      volumeOptions: null,
      tmpfsOptions: null,
      ...fields,
    },
  }),
};
