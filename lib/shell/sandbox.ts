/**
 * The whole simulated machine: the learner's host (bash in ~/ch06), the Docker daemon with the
 * book's images, and `docker` on the host's PATH. Tests and `sim` drive it on virtual time.
 */
import { inodeCounter } from '../fs';
import {
  bookPrograms,
  Engine,
  preloadImages,
  PRELOAD_TIME,
  VirtualScheduler,
  type Scheduler,
} from '../engine';
import { standardCommands } from './commands';
import { containerRunner, containerShell } from './container-runner';
import { dockerCommand } from './docker/cli';
import { dockerCompletion } from './docker/completion';
import type { DockerEnv } from './docker/types';
import { addBookFiles, NFS_MOUNT, networkShare } from './book-host';
import { createHostFs, createHostSession, HOME, LEARNER } from './host';
import { LiveFs } from './live-fs';
import type { ExecResult, Session } from './session';
import { seededRandom } from './transcript';

export interface Sandbox {
  engine: Engine;
  host: Session;
  scheduler: Scheduler;
  /** Runs a line at the host prompt; on virtual time, time moves while the line waits. */
  exec(line: string): Promise<ExecResult & { hung: boolean }>;
}

/** The learner starts one minute after the images were built. */
export const SANDBOX_START = PRELOAD_TIME + 60_000;

export interface SandboxOptions {
  seed?: number;
  scheduler?: Scheduler;
  docker?: Partial<DockerEnv>;
  /** Start directory (created, owned by the learner); the learner's home by default. */
  cwd?: string;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const random = seededRandom(options.seed ?? 1);
  const scheduler = options.scheduler ?? new VirtualScheduler(SANDBOX_START);
  const hostFs = createHostFs(() => scheduler.now());
  addBookFiles(hostFs);
  const cwd = options.cwd ?? HOME;
  if (!hostFs.exists(cwd)) {
    hostFs.mkdir(cwd, { recursive: true });
    hostFs.chown(cwd, LEARNER.uid, LEARNER.gid);
  }
  const engine = new Engine({
    scheduler,
    random,
    host: hostFs,
    runner: containerRunner(bookPrograms, random),
    shares: { [NFS_MOUNT]: networkShare(() => scheduler.now()) },
  });
  preloadImages(engine.images, inodeCounter(1 << 20));
  const env: DockerEnv = {
    engine,
    containerShell: (id, shell) => containerShell(engine, id, shell, random),
    ...options.docker,
  };
  const host = createHostSession([...standardCommands, dockerCommand(env)], {
    fs: new LiveFs(() => engine.hostView()),
    cwd,
    now: () => scheduler.now(),
    sleep: (ms, cancel) => scheduler.sleep(ms, cancel),
    random,
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
    async exec(line) {
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
