/**
 * The files Docker makes for every container and binds over /etc/hostname, /etc/hosts and
 * /etc/resolv.conf (docs/semantics.md#m34-docker-binds-its-own-etc-files): written when the
 * container starts, from its host name, its bridge address and the host's resolv.conf. Below
 * them the container's `-init` layer holds an empty file at each path, so the writable layer
 * never sees them and `docker diff` never lists them.
 */
import { Layer, type EntryOptions, inodeCounter, type MemFs, type Mount, type Node } from '../fs';
import { hostnameOf, type Container } from './container';

/** In the order Docker mounts them (a container's /proc/self/mounts lists them so). */
export const ETC_FILES = ['resolv.conf', 'hostname', 'hosts'] as const;

/** libnetwork etchosts: the fixed lines, then one for the container's address, if it has one. */
const HOSTS_HEAD = [
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::0\tip6-localnet',
  'ff00::0\tip6-mcastprefix',
  'ff02::1\tip6-allnodes',
  'ff02::2\tip6-allrouters',
];

export function hostsText(hostname: string, ip: string | null): string {
  return [...HOSTS_HEAD, ...(ip ? [`${ip}\t${hostname}`] : [])].map((l) => `${l}\n`).join('');
}

const LOCALHOST_NS = /^nameserver\s+(127\.\d+\.\d+\.\d+|::1)\s*\n*/gm;
const IPV6_NS = /^nameserver\s+([0-9A-Fa-f]{0,4}:){2,7}([0-9A-Fa-f]{0,4})(%\w+)?\s*\n*/gm;
const ANY_NS = /^\s*nameserver\s*\S+\s*$/;

/**
 * libnetwork resolvconf.FilterResolvDNS on the default bridge (IPv6 off): the host's
 * resolv.conf without localhost or IPv6 nameservers; with none left, Google's two resolvers
 * appended after a newline (and no newline at the end), as the source writes them.
 */
export function resolvConfText(host: string | null): string {
  const cleaned = (host ?? '').replace(LOCALHOST_NS, '').replace(IPV6_NS, '');
  const hasNameserver = cleaned.split('\n').some((l) => ANY_NS.test(l.replace(/#.*/, '')));
  return hasNameserver ? cleaned : `${cleaned}\nnameserver 8.8.8.8\nnameserver 8.8.4.4`;
}

/**
 * The three files as a starting container gets them: its host name, and on the bridge network
 * a hosts file built afresh with its current address; a resolv.conf is written once and then
 * kept, changes and all (the daemon rewrites it only if nobody changed it, from the same host
 * file here).
 */
export function writeEtcFiles(
  fs: MemFs,
  c: Container,
  ip: string | null,
  hostResolv: string | null,
) {
  const name = hostnameOf(c);
  fs.writeFile('/hostname', `${name}\n`, { mode: 0o644 });
  fs.writeFile('/hosts', hostsText(name, ip), { mode: 0o644 });
  if (!fs.exists('/resolv.conf'))
    fs.writeFile('/resolv.conf', resolvConfText(hostResolv), { mode: 0o644 });
}

/** The bind mounts of the three files, except where the user mounted something of their own. */
export function etcMounts(c: Container, fs: MemFs): Mount[] {
  const taken = new Set(c.mounts.map((m) => m.destination));
  return ETC_FILES.filter((name) => !taken.has(`/etc/${name}`)).map((name) => ({
    target: `/etc/${name}`,
    fs,
    source: `/${name}`,
    readOnly: c.hostConfig.readonlyRootfs,
  }));
}

/**
 * Inode numbers of the init layer and the files Docker writes: their own range, far above the
 * image's and the engine's, and not drawn from the engine's counter, so a restored machine (which
 * makes them again) numbers everything else exactly as before its save.
 */
export const ETC_INODES = 0x7f00_0000;

/** The id the init layer carries: Docker names it after the writable layer, `<id>-init`. */
export function initLayerId(containerId: string): string {
  return `${containerId}-init`;
}

/** The topmost image entry at `path`, for the metadata the init layer's /etc copies. */
function imageEntry(layers: readonly Layer[], path: string): Node | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const node = layers[i]!.get(path);
    if (node) return node.kind === 'whiteout' ? undefined : node;
  }
  return undefined;
}

function metaOf(node: Node | undefined): EntryOptions {
  return node && node.kind !== 'whiteout'
    ? { mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime }
    : {};
}

/**
 * The container's `-init` layer (daemon/initlayer): empty files where Docker binds its own, and
 * /.dockerenv, between the image and the writable layer. Its directories keep the image's
 * metadata.
 */
export function initLayer(
  containerId: string,
  /** The image's layers, bottom first. */
  image: readonly Layer[],
  created: number,
): Layer {
  const root = metaOf(imageEntry(image, '/'));
  const layer = new Layer({
    id: initLayerId(containerId),
    clock: () => root.mtime ?? created,
    inodes: inodeCounter(ETC_INODES),
  });
  if (root.mode !== undefined) layer.chmod('/', root.mode);
  layer.putDir('/etc', { mode: 0o755, mtime: created, ...metaOf(imageEntry(image, '/etc')) });
  for (const name of ETC_FILES)
    layer.putFile(`/etc/${name}`, new Uint8Array(), { mode: 0o755, mtime: created });
  // the file that tells a process it runs in a Docker container
  layer.putFile('/.dockerenv', new Uint8Array(), { mode: 0o755, mtime: created });
  return layer.freeze();
}
