/**
 * Save and restore the whole simulated machine (undo, reload, share): the host filesystem and
 * network share, the daemon (built images, containers with their writable layers and mounts,
 * volumes), the host shell (cwd, variables, history, last status), the clock, inode counters
 * and the random generator. `JSON.stringify(snapshot(s))` is the stored form.
 *
 * Not saved, by nature: running processes. A restore starts every container that was running
 * again (same writable layer, volumes and binds; the to-do app re-reads its database), like
 * a daemon restart; what the restart prints is dropped so `docker logs` reads as before,
 * StartedAt is kept, a tmpfs starts empty (as on any start) and sleeps start over. Preloaded
 * images are referenced by ID and rebuilt (preloadImages is deterministic).
 */
import {
  Layer,
  InodeCounter,
  TreeReader,
  TreeWriter,
  type DirJson,
  absPath,
  arr,
  int,
  nullable,
  num,
  obj,
  str,
  strArr,
  StateError,
  type Fields,
  inodeCounter,
} from '../fs';
import {
  start,
  type Container,
  type LogEntry,
  ImageStore,
  preloadImages,
  readEngine,
  preloadedOf,
  writeEngine,
  type EngineJson,
} from '../engine';
import { VirtualScheduler, type Scheduler } from '../runtime';
import { type DockerEnv, SeededRandom } from '../shell';
import { assembleMachine, type Machine, type TreeParts } from './machine';

export { StateError };

export const STATE_FORMAT = 'layerlab-sandbox';
export const STATE_VERSION = 1;

export interface ShellJson {
  cwd: string;
  previousCwd: string | null;
  /** Every shell variable, exported or not, in definition order. */
  vars: [string, string][];
  exported: string[];
  status: number;
  history: string[];
  /** `alias` definitions in definition order; absent in saves made before aliases existed. */
  aliases?: [string, string][];
  /** Shell functions as written, in definition order; absent in saves made before they were kept. */
  functions?: string[];
}

export interface MachineState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** The scheduler's time (ms since the epoch). */
  clock: number;
  /** mulberry32 state: IDs, names and $RANDOM continue the same sequence. */
  random: number;
  host: { root: DirJson; nextInode: number };
  shares: { path: string; server: string; root: DirJson; nextInode: number }[];
  shell: ShellJson;
  engine: EngineJson & { nextInode: number };
}

export interface RestoreOptions {
  /** The UI's real-time scheduler; by default virtual time continues from the saved clock. */
  scheduler?: Scheduler;
  docker?: Partial<DockerEnv>;
}

/** The sandbox as plain JSON-ready data. Take it at the prompt, between lines. */
export function snapshot(sandbox: Machine): MachineState {
  const { engine, host, internals } = sandbox;
  const w = new TreeWriter();
  const shell = host.shell;
  const hostRoot = w.dir(engine.host.layer.root);
  const shares = [...internals.shares].map(([path, s]) => ({
    path,
    server: s.fs.server,
    root: w.dir(s.fs.layer.root),
    nextInode: s.inodes.last + 1,
  }));
  const pending = internals.pending;
  const engineJson = writeEngine(
    engine,
    internals.preloaded,
    w,
    (c) => pending?.logs.get(c) ?? c.logs,
  );
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    clock: sandbox.scheduler.now(),
    random: pending?.random ?? internals.random.state,
    host: { root: hostRoot, nextInode: internals.hostInodes.last + 1 },
    shares,
    shell: {
      cwd: shell.cwd,
      previousCwd: shell.previousCwd,
      vars: [...shell.env],
      exported: [...shell.exported],
      status: shell.lastStatus,
      history: [...host.history],
      aliases: [...shell.aliases],
      functions: [...shell.functions.values()].map((fn) => fn.source),
    },
    engine: { ...engineJson, nextInode: nextOf(engine.inodes) },
  };
}

function nextOf(inodes: unknown): number {
  if (inodes instanceof InodeCounter) return inodes.last + 1;
  throw new Error('snapshot: the engine was not built by createMachine (no saved inode counter)');
}

/**
 * Rebuilds a working sandbox from `state` (an object or its JSON text). Throws StateError for
 * anything that is not a complete version-1 state; nothing else escapes.
 */
export function restoreMachine(state: unknown, options: RestoreOptions = {}): Machine {
  try {
    return restore(typeof state === 'string' ? parseJson(state) : state, options);
  } catch (e) {
    if (e instanceof StateError) throw e;
    throw new StateError(`corrupt state: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StateError('not a saved sandbox (invalid JSON)', '', 'format');
  }
}

function restore(doc: unknown, options: RestoreOptions): Machine {
  if (typeof doc !== 'object' || doc === null || (doc as Fields).format !== STATE_FORMAT)
    throw new StateError('not a saved sandbox', 'format', 'format');
  const f = doc as Fields;
  if (f.version !== STATE_VERSION)
    throw new StateError(
      `unsupported state version ${JSON.stringify(f.version)}`,
      'version',
      'version',
    );
  const savedClock = num(f.clock, 'clock');
  const scheduler = options.scheduler ?? new VirtualScheduler(savedClock);
  const clock = () => scheduler.now();
  const random = new SeededRandom(int(f.random, 'random', 0, 0xffffffff));
  const r = new TreeReader();
  const tree = (v: unknown, at: string): TreeParts => {
    const g = obj(v, at);
    const layer = new Layer({ clock, inodes: new InodeCounter() });
    r.fillRoot(layer.root, g.root, `${at}.root`);
    return { layer, nextInode: int(g.nextInode, `${at}.nextInode`, 1) };
  };
  const host = tree(f.host, 'host');
  const shares = new Map(
    arr(f.shares, 'shares').map((v, i) => {
      const g = obj(v, `shares[${i}]`);
      const share = { server: str(g.server, `shares[${i}].server`), ...tree(g, `shares[${i}]`) };
      return [absPath(g.path, `shares[${i}].path`), share] as const;
    }),
  );
  const sh = readShell(f.shell, 'shell');
  const engineFields = obj(f.engine, 'engine');
  const engineNext = int(engineFields.nextInode, 'engine.nextInode', 1);
  const sandbox = assembleMachine({
    random,
    scheduler,
    host,
    shares,
    engineInodes: new InodeCounter(1 << 24),
    cwd: sh.cwd,
    docker: options.docker,
    populate(engine) {
      const scratch = new ImageStore();
      preloadImages(scratch, inodeCounter(1 << 20), engine.registry);
      const preloaded = preloadedOf(scratch.all(), engine.registry);
      readEngine(engineFields, 'engine', engine, preloaded, r);
      return preloaded;
    },
  });
  (sandbox.engine.inodes as InodeCounter).last = engineNext - 1;
  applyShell(sandbox, sh);
  restartRunning(sandbox);
  return sandbox;
}

function readShell(v: unknown, at: string): ShellJson {
  const f = obj(v, at);
  return {
    cwd: absPath(f.cwd, `${at}.cwd`),
    previousCwd: nullable(f.previousCwd, `${at}.previousCwd`, str),
    vars: pairs(f.vars, `${at}.vars`),
    exported: strArr(f.exported, `${at}.exported`),
    status: int(f.status, `${at}.status`, 0, 255),
    history: strArr(f.history, `${at}.history`),
    aliases: f.aliases === undefined ? [] : pairs(f.aliases, `${at}.aliases`),
    functions: f.functions === undefined ? [] : strArr(f.functions, `${at}.functions`),
  };
}

function pairs(v: unknown, at: string): [string, string][] {
  return arr(v, at).map((p, i) => {
    const pair = strArr(p, `${at}[${i}]`);
    if (pair.length !== 2)
      throw new StateError('corrupt state: expected a [name, value] pair', `${at}[${i}]`);
    return [pair[0]!, pair[1]!];
  });
}

function applyShell(sandbox: Machine, saved: ShellJson): void {
  const shell = sandbox.host.shell;
  shell.cwd = saved.cwd;
  shell.previousCwd = saved.previousCwd;
  shell.env.clear();
  for (const [k, v] of saved.vars) shell.env.set(k, v);
  shell.exported.clear();
  for (const k of saved.exported) shell.exported.add(k);
  shell.lastStatus = saved.status;
  shell.aliases.clear();
  for (const [k, v] of saved.aliases ?? []) shell.aliases.set(k, v);
  shell.functions.clear();
  shell.restoreFunctions(saved.functions ?? []);
  // Session exposes its history read-only; a restore is the one writer besides Session.run.
  (sandbox.host.history as string[]).push(...saved.history);
}

/** Starts the containers that were running; their restart output is dropped (see the top). */
function restartRunning(sandbox: Machine): void {
  const { engine, internals } = sandbox;
  const running = [...engine.containers.values()].filter((c) => c.state.status === 'running');
  if (running.length === 0) return;
  const pending = { logs: new Map<Container, LogEntry[]>(), random: internals.random.state };
  internals.pending = pending;
  for (const c of running) {
    const saved = c.state;
    pending.logs.set(c, c.logs);
    c.logs = [];
    c.state = { ...saved, status: 'exited', finishedAt: engine.scheduler.now() };
    start(engine, c).catch(() => {});
    if (c.state.status === 'running') c.state.startedAt = saved.startedAt;
  }
  internals.ready = (async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
    for (const [c, logs] of pending.logs) c.logs = logs;
    internals.random.state = pending.random;
    internals.pending = null;
  })();
}
