/** Building a MountSpec: the defaults every flag parser starts from. */
import type { MountSpec } from './mount-spec.types';
import { goClean, goIsAbs } from './mount-spec-go';

export function newMountSpec(
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

/** Container path as mounted: cleaned; a relative anonymous `-v data` lands at `/data`. */
export function containerPath(target: string): string {
  return goClean(goIsAbs(target) ? target : `/${target}`);
}
