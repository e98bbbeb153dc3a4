/**
 * The default bridge network of a normal install, simplified (the oracle daemon runs with
 * --bridge=none, so its addresses are all empty): a container gets an address when it starts and
 * keeps it while it runs, the lowest free one from 172.17.0.2 (libnetwork's IPAM hands out the
 * first free address of the pool, 172.17.0.1 being the gateway), MAC 02:42:ac:11:00:<ip>.
 * Inspect's NetworkSettings and the container's /etc/hosts both read it here.
 */

export interface BridgeAddress {
  ip: string;
  mac: string;
}

/** The address numbered `n` (172.17.0.n). */
export function bridgeAddressAt(n: number): BridgeAddress {
  const hex = n.toString(16).padStart(2, '0');
  return { ip: `172.17.0.${n}`, mac: `02:42:ac:11:00:${hex}` };
}

/** The lowest host number from 2 up that `taken` does not hold. */
export function freeHostNumber(taken: Iterable<number>): number {
  const used = new Set(taken);
  let n = 2;
  while (used.has(n)) n++;
  return n;
}
