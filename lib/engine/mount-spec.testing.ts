/** Shared fixtures of the mount-spec tests (recorded from the real CLI 28.2.2 + daemon 20.10). */
import { MountSpecError, type MountSpec } from './mount-spec.types';

export const CWD = '/tmp/msp/cwd';
export const D = 'Error response from daemon: ';
export const NAME_RULE =
  'includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path';

export function m(
  fields: Partial<MountSpec> & Pick<MountSpec, 'type' | 'target' | 'origin'>,
): MountSpec {
  return {
    source: null,
    readOnly: false,
    mode: '',
    noCopy: false,
    propagation: 'rprivate',
    createSource: false,
    subpath: null,
    tmpfsSize: null,
    tmpfsMode: null,
    ...fields,
  };
}
export function thrown(f: () => unknown): { message: string; stage: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof MountSpecError) return { message: e.message, stage: e.stage };
    throw e;
  }
  throw new Error('did not throw');
}
