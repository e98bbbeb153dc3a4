/**
 * Volume operations with Docker's rules: in-use refusal
 * (docs/semantics.md#m31-a-volume-in-use-cannot-be-removed), anonymous cleanup
 * (docs/semantics.md#m29-rm--v-takes-anonymous-volumes), prune
 * (docs/semantics.md#m32-volume-prune-takes-unused-anonymous-volumes).
 */
import { layerSize } from '../fs';
import type { Container } from './container';
import type { Engine } from './engine';
import { DaemonError } from './errors';
import type { Volume } from './volume';

/** Containers (running or not) that mount the volume. */
export function volumeUsers(engine: Engine, volume: Volume): Container[] {
  return [...engine.containers.values()].filter((c) => c.mounts.some((m) => m.volume === volume));
}

export function removeVolume(engine: Engine, name: string, force = false): void {
  const volume = engine.volumes.find(name);
  if (!volume) {
    if (force) return;
    throw new DaemonError(`get ${name}: no such volume`, 'not-found');
  }
  const users = volumeUsers(engine, volume);
  if (users.length > 0)
    throw new DaemonError(
      `remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]`,
      'conflict',
    );
  engine.volumes.remove(name);
}

/**
 * docs/semantics.md#m29-rm--v-takes-anonymous-volumes: with `rm -v` / `--rm`, the container's
 * anonymous volumes go too, unless another container uses them.
 */
export function removeAnonymousVolumes(engine: Engine, c: Container): void {
  for (const m of c.mounts) {
    if (m.volume?.anonymous && volumeUsers(engine, m.volume).length === 0)
      engine.volumes.remove(m.volume.name);
  }
}

export function volumeSize(volume: Volume): number {
  return layerSize(volume.data.layer);
}

/**
 * docs/semantics.md#m32-volume-prune-takes-unused-anonymous-volumes (current Docker): unused
 * anonymous volumes; with `all`, unused named ones too.
 */
export function pruneVolumes(
  engine: Engine,
  all: boolean,
): { deleted: string[]; reclaimed: number } {
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const volume of engine.volumes.all()) {
    if (!all && !volume.anonymous) continue;
    if (volumeUsers(engine, volume).length > 0) continue;
    reclaimed += volumeSize(volume);
    engine.volumes.remove(volume.name);
    deleted.push(volume.name);
  }
  return { deleted, reclaimed };
}
