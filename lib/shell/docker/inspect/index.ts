/**
 * Inspect objects and list rows as the docker CLI's templates and JSON output see them, built
 * from the engine's Container / Volume / Image (see each file for what is simplified), plus the
 * output rules of `docker inspect` and of list commands' `--format`.
 */
import type { Container, Engine, Image, Volume } from '../../../engine';
import { containerInspect } from './container';
import { imageInspect, imageInspectRaw } from './image';
import type { InspectTarget } from './output';
import { volumeInspect } from './volume';

export { containerInspect, mountPointValue, graphDriver, listedMounts } from './container';
export { imageInspect, imageInspectRaw } from './image';
export { volumeInspect } from './volume';
export { bridgeAddress, networkSettings } from './network';
export {
  psRowContext,
  rowContext,
  volumeRowContext,
  portsColumn,
  statusColumn,
  type PsRowOptions,
} from './rows';
export { inspectJson, inspectOutput, type CliOutput, type InspectTarget } from './output';
export { renderList, HISTORY_FORMAT, PS_FORMAT, VOLUME_LS_FORMAT, type ListFormat } from './list';
export { rfc3339Nano, rfc3339, goTimeString, unixSecondsString, ZERO_TIME } from './time';
export { overlayDir, DOCKER_ROOT } from './ids';

/** A found container for inspectOutput (templates fall back to the raw JSON, like the CLI). */
export function containerTarget(engine: Engine, c: Container): InspectTarget {
  const value = containerInspect(engine, c);
  return { value, raw: value, fallback: true };
}

export function imageTarget(image: Image): InspectTarget {
  return { value: imageInspect(image), raw: imageInspectRaw(image), fallback: true };
}

/** `docker volume inspect` has no raw fallback: `can't evaluate field Nope in type volume.Volume`. */
export function volumeTarget(volume: Volume): InspectTarget {
  const value = volumeInspect(volume);
  return { value, raw: value, fallback: false };
}

/**
 * `docker inspect` (no --type) on a volume does fall back (`map has no entry for key "Nope"`),
 * unlike `docker volume inspect`.
 */
export function volumeTargetGeneric(volume: Volume): InspectTarget {
  const value = volumeInspect(volume);
  return { value, raw: value, fallback: true };
}
