/**
 * Stable stand-ins for IDs the daemon keeps private (overlay2 cache dirs, their short l/ links,
 * machine and endpoint IDs): derived from a seed with FNV-1a, so the same container always
 * shows the same paths in `docker inspect` and in its own /proc/mounts.
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

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** overlay2's short link to a layer dir (`l/66P55LU73MINFNAXYFWDNEPQBG`), 26 base32 letters. */
export function shortLink(dir: string): string {
  const hex = derivedId(`link:${dir}`);
  let out = '';
  for (let i = 0; i < 26; i++) out += BASE32[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 32];
  return `${DOCKER_ROOT}/overlay2/l/${out}`;
}
