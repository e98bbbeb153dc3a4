/**
 * Stable stand-ins for IDs the daemon keeps private (overlay2 cache dirs, sandbox and endpoint
 * IDs): 64 hex digits derived from a seed with FNV-1a, so the same container always shows the
 * same paths.
 */
export function derivedId(seed: string): string {
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** A small deterministic number in [min, max) from a seed (e.g. a PID). */
export function derivedNumber(seed: string, min: number, max: number): number {
  return min + (parseInt(derivedId(seed).slice(0, 8), 16) % (max - min));
}

export const DOCKER_ROOT = '/var/lib/docker';

/** overlay2 dirs of an image layer or a container's writable layer. */
export function overlayDir(layerId: string): string {
  return `${DOCKER_ROOT}/overlay2/${derivedId(`overlay2:${layerId}`)}`;
}
