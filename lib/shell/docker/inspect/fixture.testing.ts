/** Shared fixture of the inspect tests: a real Engine with the preloaded images. */
import {
  Engine,
  PRELOAD_TIME,
  preloadImages,
  type Container,
  type CreateOptions,
} from '../../../engine';
import { mountRequests } from '../mounts';
import { VirtualScheduler } from '../../../runtime';
import { MemFs, inodeCounter } from '../../../fs';
import { seededRandom } from '../../transcript';

/** 2026-11-28T01:40:15.563Z: the sim clock when tests create containers. */
export const T0 = Date.UTC(2026, 10, 28, 1, 40, 15, 563);

/** An engine whose clock starts at `start` (images were built at PRELOAD_TIME). */
export function testEngine(start = T0): { engine: Engine; scheduler: VirtualScheduler } {
  const scheduler = new VirtualScheduler(Math.max(start, PRELOAD_TIME));
  const host = new MemFs();
  host.mkdir('/srv/host', { recursive: true });
  const engine = new Engine({
    scheduler,
    random: seededRandom(7),
    host,
    runner: { check: () => null, run: async () => 0 },
  });
  preloadImages(engine.images, inodeCounter(1 << 20), engine.registry, 'oracle');
  return { engine, scheduler };
}

export interface Flags {
  v?: string[];
  mount?: string[];
  tmpfs?: string[];
}

/** `docker create` with -v/--mount/--tmpfs flags parsed the CLI's way. */
export function create(engine: Engine, options: CreateOptions, flags: Flags = {}): Container {
  const mounts = mountRequests(
    { mount: flags.mount ?? [], tmpfs: flags.tmpfs ?? [], volume: flags.v ?? [] },
    '/',
  );
  return engine.create({ ...options, mounts, binds: flags.v });
}

/** Marks `c` running since `at` (the stub runner would exit at once). */
export function markRunning(c: Container, at: number): void {
  c.state = { status: 'running', exitCode: 0, startedAt: at, finishedAt: null, error: '' };
}

export function markExited(
  c: Container,
  startedAt: number,
  finishedAt: number,
  exitCode: number,
): void {
  c.state = { status: 'exited', exitCode, startedAt, finishedAt, error: '' };
}
