/** The daemon's private IDs live in the engine (its /proc/mounts shows them too). */
export { derivedId, derivedNumber, DOCKER_ROOT, overlayDir } from '../../../engine';
