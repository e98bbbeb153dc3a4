/**
 * What the daemon sets up for a container besides its filesystem, kept per container object and
 * never saved (a restored machine restarts its running containers, which sets it up again): its
 * bridge address (network.ts), the /etc files it binds in (etc-files.ts) and its PID namespace
 * (pid-namespace.ts).
 */
import { MemFs, inodeCounter, type FileSystem, type Mount } from '../fs';
import { commandLine, type Container } from './container';
import { ETC_INODES, etcMounts, writeEtcFiles } from './etc-files';
import { bridgeAddressAt, freeHostNumber, type BridgeAddress } from './network';
import { PidNamespace, type ProcessHandle } from './pid-namespace';

export class Sandboxes {
  private readonly etcFiles = new WeakMap<Container, { fs: MemFs; mounts: Mount[] }>();
  /** n of each started container's 172.17.0.n. */
  private readonly hostNumbers = new WeakMap<Container, number>();
  private readonly namespaces = new WeakMap<Container, PidNamespace>();

  constructor(
    private readonly containers: () => Iterable<Container>,
    /** The host's own disk: its /etc/resolv.conf. */
    private readonly host: FileSystem,
    private readonly clock: () => number,
  ) {}

  /** The binds of the container's /etc files, written on first use. */
  etcMounts(c: Container): Mount[] {
    let files = this.etcFiles.get(c);
    if (!files) {
      const fs = new MemFs({ clock: this.clock, inodes: inodeCounter(ETC_INODES + 16) });
      files = { fs, mounts: etcMounts(c, fs) };
      this.etcFiles.set(c, files);
      this.writeEtcFiles(c, fs);
    }
    return files.mounts;
  }

  /** Writes the container's /etc/hostname, hosts and resolv.conf afresh, as each start does. */
  refreshEtcFiles(c: Container): void {
    const files = this.etcFiles.get(c);
    if (files) this.writeEtcFiles(c, files.fs);
    else this.etcMounts(c);
  }

  private writeEtcFiles(c: Container, fs: MemFs): void {
    let hostResolv: string | null = null;
    try {
      hostResolv = this.host.readTextFile('/etc/resolv.conf');
    } catch {
      // no resolv.conf on the host: Docker falls back to public resolvers
    }
    writeEtcFiles(fs, c, this.address(c)?.ip ?? null, hostResolv);
  }

  /**
   * The container's bridge address while it runs (docs/semantics.md#m35-the-host-name-and-the-bridge-address):
   * given at its start (`assignAddress`), or on first use for a container restored as running.
   */
  address(c: Container): BridgeAddress | null {
    if (c.state.status !== 'running') return null;
    if (!this.hostNumbers.has(c)) this.assignAddress(c);
    return bridgeAddressAt(this.hostNumbers.get(c)!);
  }

  /** A starting container takes the lowest address no other running container holds. */
  assignAddress(c: Container): void {
    this.hostNumbers.delete(c);
    const taken = [...this.containers()]
      .filter((x) => x !== c && x.state.status === 'running' && this.hostNumbers.has(x))
      .map((x) => this.hostNumbers.get(x)!);
    this.hostNumbers.set(c, freeHostNumber(taken));
  }

  /** The container's PID namespace, once a process has run in it. */
  namespace(c: Container): PidNamespace | undefined {
    return this.namespaces.get(c);
  }

  /** A process in the container's PID namespace: PID 1 of a new one, or an exec joining it. */
  register(
    c: Container,
    argv: readonly string[],
    user: { uid: number; gid: number },
    init: boolean,
  ): ProcessHandle {
    const info = { ppid: 0, uid: user.uid, gid: user.gid, argv: [...argv], comm: commOf(argv) };
    let ns = this.namespaces.get(c);
    if (init || !ns) {
      const main = init ? info : { ...info, argv: commandLine(c), comm: commOf(commandLine(c)) };
      // PID 1 lives until the container exits (a build step's container never counts as running)
      ns = new PidNamespace(main, () => c.state.status !== 'exited');
      this.namespaces.set(c, ns);
      if (init) return ns.init();
    }
    return ns.exec(info);
  }
}

/** /proc/<pid>/comm: the executable's file name, cut to 15 characters. */
function commOf(argv: readonly string[]): string {
  const name = argv[0] ?? '';
  return name.slice(name.lastIndexOf('/') + 1).slice(0, 15);
}
