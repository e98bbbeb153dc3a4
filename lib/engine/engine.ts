/**
 * The simulated Docker daemon: images, containers, volumes and the host they live on. All state
 * is plain data, time comes from the Scheduler, IDs from a seeded generator.
 */
import {
  Layer,
  MountedFs,
  UnionFs,
  type FileSystem,
  type InodeSource,
  inodeCounter,
  type MemFs,
  type Mount,
  createDevFs,
  createProcFs,
} from '../fs';
import {
  commandLine,
  hostnameOf,
  type Container,
  type ContainerConfig,
  type HostConfig,
} from './container';
import { initLayer } from './etc-files';
import { Sandboxes } from './sandbox';
import { DaemonError } from './errors';
import { IdGenerator, randomName } from './ids';
import { ImageStore } from './image';
import { Registry } from './registry/registry';
import { archiveView, containerView, resolveMounts } from './mounts';
import { containerMounts, mountsText } from './proc-mounts';
import { registerMountPoints } from './mount-spec';
import type { MountRequest } from './mount-spec.types';
import type {
  HttpHandler,
  HttpRequest,
  HttpResponse,
  Output,
  ProcessRunner,
  ProcessSpec,
} from './process';
import { CancelToken, VirtualScheduler, VIRTUAL_WORK_BUDGET_MS, type Scheduler } from '../runtime';
import { resolveUser } from './users';
import { mountpoint, VOLUMES_ROOT, VolumeStore } from './volume';

export interface EngineOptions {
  scheduler: Scheduler;
  random: () => number;
  /** The host's filesystem (as root): bind sources live here. */
  host: MemFs;
  runner: ProcessRunner;
  /**
   * Network filesystems mounted on the host (docs/semantics.md#m17-network-shares-lack-operations),
   * by host path, e.g. { '/mnt/nfs': share }.
   */
  shares?: Record<string, FileSystem>;
  /** Inode numbers of writable layers and volumes (a saved machine passes its own counter). */
  inodes?: InodeSource;
  /** Where `docker pull` finds images (the offline Docker Hub by default). */
  registry?: Registry;
  /** ms a container's busy shell may work before a line is cut; by default 5 s on virtual time. */
  workBudgetMs?: number | null;
}

export interface CreateOptions {
  image: string;
  name?: string;
  /** Replaces the image's Cmd when non-empty. */
  cmd?: string[];
  /** Replaces the image's Entrypoint (--entrypoint). */
  entrypoint?: string[];
  env?: string[];
  workdir?: string;
  user?: string;
  /** -v, --mount and --tmpfs as the CLI sends them; the daemon validates them here. */
  mounts?: MountRequest[];
  binds?: string[];
  volumesFrom?: string[];
  autoRemove?: boolean;
  readOnly?: boolean;
  ports?: { hostPort: number; containerPort: number }[];
  tty?: boolean;
  interactive?: boolean;
  /** --hostname / -h. */
  hostname?: string;
}

const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export class Engine {
  readonly images = new ImageStore();
  readonly registry: Registry;
  readonly volumes: VolumeStore;
  readonly containers = new Map<string, Container>();
  readonly ids: IdGenerator;
  readonly scheduler: Scheduler;
  readonly host: MemFs;
  private readonly runner: ProcessRunner;
  private readonly shares: Record<string, FileSystem>;
  private readonly random: () => number;
  readonly inodes: InodeSource;
  /** Container port listeners of running containers: container id → port → handler. */
  private readonly listeners = new Map<string, Map<number, HttpHandler>>();
  private readonly kills = new Map<string, () => void>();
  /** The host's /dev, and each container's /dev and /proc (made on first use, never saved). */
  private readonly hostDev: FileSystem;
  private readonly system = new WeakMap<Container, Mount[]>();
  /** Per container: its bridge address, /etc files and PID namespace (sandbox.ts). */
  readonly sandboxes: Sandboxes;
  private readonly workBudgetMs: number | null;

  constructor(options: EngineOptions) {
    this.workBudgetMs =
      options.workBudgetMs !== undefined
        ? options.workBudgetMs
        : options.scheduler instanceof VirtualScheduler
          ? VIRTUAL_WORK_BUDGET_MS
          : null;
    this.scheduler = options.scheduler;
    this.random = options.random;
    this.ids = new IdGenerator(options.random);
    this.host = options.host;
    this.sandboxes = new Sandboxes(
      () => this.containers.values(),
      options.host,
      () => this.scheduler.now(),
    );
    this.runner = options.runner;
    this.shares = options.shares ?? {};
    this.inodes = options.inodes ?? inodeCounter(1 << 24);
    this.registry = options.registry ?? new Registry();
    this.volumes = new VolumeStore(
      () => this.scheduler.now(),
      this.inodes,
      (v) => this.makeVolumeDir(mountpoint(v)),
      (v) => this.removeVolumeDir(mountpoint(v)),
    );
    this.hostDev = createDevFs({ clock: () => this.scheduler.now(), random: this.random });
    for (const target of Object.keys(this.shares))
      if (!this.host.exists(target)) this.host.mkdir(target, { recursive: true });
  }

  /**
   * The host as a shell (and a bind mount) sees it: its own disk, network shares at their mount
   * points, volume data under /var/lib/docker/volumes/<name>/_data.
   */
  hostView(): MountedFs {
    // Pure and cached: the mount table changes only when a volume is created or removed (their
    // folders and the shares' mount points are made then, not here).
    const cached = this.hostViewCache;
    if (cached && cached.generation === this.volumes.generation) return cached.view;
    const volumes = this.volumes.all().map((v) => ({
      target: mountpoint(v),
      fs: v.data as FileSystem,
      source: '/',
      readOnly: false,
    }));
    const shares = Object.entries(this.shares).map(([target, fs]) => {
      return { target, fs, source: '/', readOnly: false };
    });
    const dev = { target: '/dev', fs: this.hostDev, source: '/', readOnly: false };
    const view = new MountedFs(this.host, [dev, ...shares, ...volumes]);
    this.hostViewCache = { generation: this.volumes.generation, view };
    return view;
  }

  private hostViewCache: { generation: number; view: MountedFs } | null = null;

  /**
   * Docker's data root is root's: /var/lib/docker is drwx--x--x, volumes/ and each volume's
   * folder drwx-----x, so a learner cannot list them without sudo but can reach a _data folder
   * whose path they know, as on Linux.
   */
  private makeVolumeDir(dataDir: string): void {
    const volumeDir = dataDir.slice(0, dataDir.lastIndexOf('/'));
    for (const [dir, mode] of [
      ['/var/lib/docker', 0o711],
      [VOLUMES_ROOT, 0o701],
      [volumeDir, 0o701],
    ] as const) {
      if (!this.host.exists(dir)) this.host.mkdir(dir, { recursive: true });
      this.host.chmod(dir, mode);
    }
    if (!this.host.exists(dataDir)) this.host.mkdir(dataDir);
  }

  /** The local driver's Remove: os.RemoveAll of the volume's folder (`volumes/<name>`). */
  private removeVolumeDir(dataDir: string): void {
    this.host.rm(dataDir.slice(0, dataDir.lastIndexOf('/')), { recursive: true, force: true });
  }

  // ---- containers -------------------------------------------------------------------------

  /** By full ID, name, or unique ID prefix (`No such container: x`). */
  container(ref: string): Container {
    const name = ref.replace(/^\//, '');
    const byId = this.containers.get(ref);
    if (byId) return byId;
    for (const c of this.containers.values()) if (c.name === name) return c;
    const matches = /^[0-9a-f]+$/.test(ref)
      ? [...this.containers.values()].filter((c) => c.id.startsWith(ref))
      : [];
    if (matches.length === 1) return matches[0]!;
    throw new DaemonError(`No such container: ${ref}`, 'not-found');
  }

  /** Newest first, like `docker ps` (Map order breaks ties: later insertions are newer). */
  list(): Container[] {
    return [...this.containers.values()].reverse().sort((a, b) => b.created - a.created);
  }

  create(options: CreateOptions): Container {
    const image = this.images.get(options.image);
    const specs = registerMountPoints(options.mounts ?? []);
    if (options.name !== undefined && !NAME.test(options.name))
      throw new DaemonError(
        `Invalid container name (${options.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      );
    const name =
      options.name?.replace(/^\//, '') ?? randomName(this.random, (n) => this.isNameTaken(n));
    const clash = [...this.containers.values()].find((c) => c.name === name);
    if (clash)
      throw new DaemonError(
        `Conflict. The container name "/${name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        'conflict',
      );
    const id = this.ids.hex64();
    const upper = new Layer({ id, clock: () => this.scheduler.now(), inodes: this.inodes });
    const init = initLayer(id, image.layers, this.scheduler.now());
    const rootfs = new UnionFs({
      layers: [...image.layers, init],
      upper,
      clock: () => this.scheduler.now(),
      inodes: this.inodes,
    });
    const mounts = resolveMounts(
      {
        image,
        rootfs,
        host: this.hostView(),
        volumes: this.volumes,
        ids: this.ids,
        findContainer: (ref) => this.container(ref),
        clock: () => this.scheduler.now(),
      },
      specs,
      options.volumesFrom ?? [],
    );
    const config: ContainerConfig = {
      entrypoint: options.entrypoint ?? image.config.Entrypoint,
      cmd:
        options.cmd && options.cmd.length > 0
          ? options.cmd
          : options.entrypoint
            ? []
            : (image.config.Cmd ?? []),
      env: mergeEnv(image.config.Env, options.env ?? []),
      workingDir: options.workdir ?? (image.config.WorkingDir || '/'),
      user: options.user ?? image.config.User,
      tty: options.tty ?? false,
      openStdin: options.interactive ?? false,
    };
    // an empty --hostname is no hostname: the short ID
    if (options.hostname) config.hostname = options.hostname;
    const hostConfig: HostConfig = {
      binds: options.binds ?? [],
      mounts: specs,
      volumesFrom: options.volumesFrom ?? [],
      autoRemove: options.autoRemove ?? false,
      readonlyRootfs: options.readOnly ?? false,
      portBindings: options.ports ?? [],
    };
    if (!rootfs.exists(config.workingDir)) rootfs.mkdir(config.workingDir, { recursive: true });
    const container: Container = {
      id,
      name,
      image,
      imageRef: options.image,
      created: this.scheduler.now(),
      config,
      hostConfig,
      upper,
      rootfs,
      mounts,
      state: { status: 'created', exitCode: 0, startedAt: null, finishedAt: null, error: '' },
      logs: [],
    };
    this.containers.set(id, container);
    return container;
  }

  private isNameTaken(name: string): boolean {
    return [...this.containers.values()].some((c) => c.name === name);
  }

  /** The container's filesystem as its processes see it (mounts included). */
  view(c: Container): MountedFs {
    return containerView(c, this.hostView(), this.systemMounts(c));
  }

  /**
   * Docker's /dev tmpfs, the container's procfs (its /proc/self/mounts) and the /etc files the
   * daemon binds in (sandbox.ts), made on first use.
   */
  private systemMounts(c: Container): Mount[] {
    let mounts = this.system.get(c);
    if (!mounts) {
      const clock = () => c.created;
      const dev = createDevFs({ clock, random: this.random, container: true });
      const proc = createProcFs({
        clock,
        random: this.random,
        mounts: () => mountsText(containerMounts(c)),
      });
      mounts = [
        { target: '/dev', fs: dev, source: '/', readOnly: false },
        { target: '/proc', fs: proc, source: '/', readOnly: false },
        ...this.sandboxes.etcMounts(c),
      ];
      this.system.set(c, mounts);
    }
    return mounts;
  }

  /**
   * What `docker cp` reads and writes (mounts.ts archiveView), with the /etc files Docker wrote
   * once the container has started (before, the init layer's empty files show).
   */
  archive(c: Container): MountedFs {
    const started = c.state.startedAt !== null;
    const etc = started ? this.sandboxes.etcMounts(c) : [];
    return archiveView(c, this.hostView(), etc);
  }

  /** Builds what a process in `c` runs with; `attach` also receives its output. */
  processSpec(
    c: Container,
    argv: string[],
    attach: { stdout?: Output; stderr?: Output },
    extra: {
      user?: string;
      workdir?: string;
      env?: string[];
      tty?: { columns: number } | null;
      stdinOpen?: boolean;
      /** The container's main process (PID 1 of a new PID namespace), not a `docker exec`. */
      init?: boolean;
    } = {},
  ) {
    const root = this.view(c);
    const user = resolveUser(root, extra.user ?? c.config.user);
    const process = this.sandboxes.register(c, argv, user, extra.init ?? false);
    const env = mergeEnv(
      [`HOSTNAME=${hostnameOf(c)}`, ...c.config.env, `HOME=${user.home}`],
      extra.env ?? [],
    );
    const term = this.scheduler.signal();
    const cancel = new CancelToken();
    const tty = extra.tty ?? null;
    // on a TTY the two streams are one, and LF reaches the logs as CR LF
    const log = (stream: 'stdout' | 'stderr', out?: Output) => ({
      write: (raw: string) => {
        const text = tty ? raw.replaceAll('\n', '\r\n') : raw;
        c.logs.push({ stream: tty ? 'stdout' : stream, text, time: this.scheduler.now() });
        out?.write(text);
      },
    });
    const spec: ProcessSpec = {
      fs: root.as(user),
      argv,
      env,
      cwd: extra.workdir ?? c.config.workingDir,
      identity: { uid: user.uid, gid: user.gid, groups: user.groups },
      stdout: log('stdout', attach.stdout),
      stderr: log('stderr', tty ? attach.stdout : attach.stderr),
      terminated: term.wait,
      cancel,
      sleep: (ms) => this.scheduler.sleep(ms, cancel),
      yieldToHost: this.scheduler.yieldToHost?.bind(this.scheduler),
      workBudgetMs: this.workBudgetMs,
      now: () => this.scheduler.now(),
      listen: (port, handler) => {
        const ports = this.listeners.get(c.id) ?? new Map<number, HttpHandler>();
        ports.set(port, handler);
        this.listeners.set(c.id, ports);
      },
      connect: (port) => this.listeners.get(c.id)?.get(port) ?? null,
      containerId: c.id,
      hostname: hostnameOf(c),
      pid: process.pid,
      processes: this.sandboxes.namespace(c),
      tty,
      stdinOpen: extra.stdinOpen ?? false,
    };
    return { spec, term, cancel, process };
  }

  /** The host's network: a request to a published port reaches the container's app. */
  async request(port: number, request: HttpRequest): Promise<HttpResponse | null> {
    for (const c of this.containers.values()) {
      if (c.state.status !== 'running') continue;
      const binding = c.hostConfig.portBindings.find((b) => b.hostPort === port);
      const handler = binding && this.listeners.get(c.id)?.get(binding.containerPort);
      if (handler) return handler(request);
    }
    return null;
  }

  commandOf(c: Container): string[] {
    return commandLine(c);
  }

  /** Internal hooks for lifecycle.ts. */
  get internals() {
    return { runner: this.runner, listeners: this.listeners, kills: this.kills };
  }
}

/** Later entries replace earlier ones with the same NAME=. */
export function mergeEnv(base: readonly string[], extra: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const kv of [...base, ...extra]) {
    const i = kv.indexOf('=');
    out.set(i < 0 ? kv : kv.slice(0, i), kv);
  }
  return [...out.values()];
}
