/**
 * The whole simulated machine: the learner's host (bash in ~/ch06), the Docker daemon with the
 * book's images, and `docker` on the host's PATH. Tests and `sim` drive it on virtual time.
 */
import { inodeCounter, MemFs, NetworkShareFs, type Layer, InodeCounter, maxInode } from '../fs';
import {
  bookPrograms,
  Engine,
  preloadImages,
  type PreloadSet,
  PRELOAD_TIME,
  type Container,
  type LogEntry,
  preloadedOf,
  type Preloaded,
} from '../engine';
import { VirtualScheduler, VIRTUAL_WORK_BUDGET_MS, type Scheduler } from '../runtime';
import {
  standardCommands,
  Consoles,
  dockerCommand,
  dockerCompletion,
  type DockerEnv,
  SeededRandom,
  type ExecResult,
  type Session,
} from '../shell';
import { containerRunner, containerShell } from './container-runner';
import { addBookFiles, NFS_MOUNT, networkShare } from './book-host';
import { createHostFs, createHostSession, HOME, LEARNER } from './host';
import { LiveFs } from './live-fs';

export interface Machine {
  engine: Engine;
  host: Session;
  scheduler: Scheduler;
  /** Runs a line at the host prompt; on virtual time, time moves while the line waits. */
  exec(line: string): Promise<ExecResult & { hung: boolean }>;
  /** What a snapshot needs beyond the parts above (sandbox-state.ts). */
  readonly internals: MachineInternals;
}

export interface MachineInternals {
  random: SeededRandom;
  hostInodes: InodeCounter;
  /** Network shares on the host (M17) by mount point. */
  shares: ReadonlyMap<string, { fs: NetworkShareFs; inodes: InodeCounter }>;
  preloaded: Preloaded;
  /** While a restore restarts running containers: their saved logs and the random state. */
  pending: { logs: Map<Container, LogEntry[]>; random: number } | null;
  /** Settles once a restore's container restarts are done; exec waits for it. */
  ready: Promise<void>;
}

/** The learner starts one minute after the images were built. */
export const MACHINE_START = PRELOAD_TIME + 60_000;

export interface MachineOptions {
  seed?: number;
  /** The images there at the start: the book's (default) or also the oracle's stand-ins. */
  images?: PreloadSet;
  scheduler?: Scheduler;
  docker?: Partial<DockerEnv>;
  /** Start directory (created, owned by the learner); the learner's home by default. */
  cwd?: string;
  /** Where no one can press Ctrl-C (sim, tests): ms a host line may run before it is cut. */
  budgetMs?: number;
}

export function createMachine(options: MachineOptions = {}): Machine {
  const scheduler = options.scheduler ?? new VirtualScheduler(MACHINE_START);
  const clock = () => scheduler.now();
  const hostFs = createHostFs(clock);
  addBookFiles(hostFs);
  const cwd = options.cwd ?? HOME;
  if (!hostFs.exists(cwd)) {
    hostFs.mkdir(cwd, { recursive: true });
    hostFs.chown(cwd, LEARNER.uid, LEARNER.gid);
  }
  const share = networkShare(clock);
  const fresh = (layer: Layer) => ({ layer, nextInode: maxInode(layer.root) + 1 });
  return assembleMachine({
    random: new SeededRandom(options.seed ?? 1),
    scheduler,
    host: fresh(hostFs.layer),
    shares: new Map([[NFS_MOUNT, { server: share.server, ...fresh(share.layer) }]]),
    engineInodes: new InodeCounter(1 << 24),
    cwd,
    docker: options.docker,
    budgetMs: options.budgetMs,
    populate(engine) {
      preloadImages(engine.images, inodeCounter(1 << 20), engine.registry, options.images);
      return preloadedOf(engine.images.all(), engine.registry);
    },
  });
}

/** A filesystem tree and where its inode numbering continues. */
export interface TreeParts {
  layer: Layer;
  nextInode: number;
}

/** Everything a sandbox is made of: fresh (createMachine) or saved (restoreMachine). */
export interface MachineParts {
  random: SeededRandom;
  scheduler: Scheduler;
  host: TreeParts;
  shares: ReadonlyMap<string, TreeParts & { server: string }>;
  engineInodes: InodeCounter;
  cwd: string;
  docker?: Partial<DockerEnv>;
  budgetMs?: number;
  /** Fills the new engine (preloaded images, and for a restore everything saved). */
  populate(engine: Engine): Preloaded;
}

/** Wires the host, the daemon and the host shell together (one path for new and restored). */
export function assembleMachine(parts: MachineParts): Machine {
  const { scheduler } = parts;
  const clock = () => scheduler.now();
  const random = parts.random.fn;
  const hostInodes = new InodeCounter(parts.host.nextInode);
  const consoles = new Consoles();
  const hostFs = new MemFs({ layer: parts.host.layer, clock, inodes: hostInodes });
  const shares = new Map(
    [...parts.shares].map(([path, s]) => {
      const inodes = new InodeCounter(s.nextInode);
      return [
        path,
        { fs: new NetworkShareFs(s.server, { layer: s.layer, clock, inodes }), inodes },
      ];
    }),
  );
  const engine = new Engine({
    scheduler,
    random,
    host: hostFs,
    runner: containerRunner(bookPrograms, random, consoles),
    shares: Object.fromEntries([...shares].map(([path, s]) => [path, s.fs])),
    inodes: parts.engineInodes,
    workBudgetMs: parts.budgetMs,
  });
  const internals: MachineInternals = {
    random: parts.random,
    hostInodes,
    shares,
    preloaded: parts.populate(engine),
    pending: null,
    ready: Promise.resolve(),
  };
  const env: DockerEnv = {
    engine,
    containerShell: (id, shell) => containerShell(engine, id, shell, random),
    console: (id) => consoles.get(id),
    ...parts.docker,
  };
  const host = createHostSession([...standardCommands, dockerCommand(env)], {
    fs: new LiveFs(() => engine.hostView()),
    cwd: parts.cwd,
    now: () => scheduler.now(),
    sleep: (ms, cancel) => scheduler.sleep(ms, cancel),
    random,
    pacing: {
      yieldToHost: scheduler.yieldToHost?.bind(scheduler),
      budgetMs:
        parts.budgetMs ?? (scheduler instanceof VirtualScheduler ? VIRTUAL_WORK_BUDGET_MS : null),
    },
    completions: [dockerCompletion(engine)],
    http: (req) =>
      engine.request(req.port, {
        method: req.method,
        path: req.path,
        headers: req.headers,
        body: req.body,
      }),
  });
  return {
    engine,
    host,
    scheduler,
    internals,
    async exec(line) {
      await internals.ready;
      if (!(scheduler instanceof VirtualScheduler))
        return { ...(await host.exec(line)), hung: false };
      let result: ExecResult | null = null;
      const settled = await scheduler.settle(host.exec(line).then((r) => (result = r)));
      if (settled.hung) {
        host.cancel();
        await scheduler.settle(Promise.resolve());
      }
      return {
        ...(result ?? { exitCode: 130, stdout: '', stderr: '', output: '' }),
        hung: settled.hung,
      };
    },
  };
}
