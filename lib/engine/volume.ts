/**
 * Volumes: storage with a lifetime of its own
 * (docs/semantics.md#l3-a-volume-outlives-its-containers), mounted into containers by name.
 */
import { MemFs, type Clock, type InodeSource } from '../fs';
import { DaemonError } from './errors';

export const VOLUMES_ROOT = '/var/lib/docker/volumes';

export interface Volume {
  name: string;
  /**
   * Created by VOLUME, `-v /path` or `--mount` without a source (label
   * com.docker.volume.anonymous).
   */
  anonymous: boolean;
  createdAt: number;
  /**
   * `{}` from `docker volume create`, null when auto-created
   * (docs/semantics.md#volume-labels-and-options).
   */
  labels: Record<string, string> | null;
  options: Record<string, string> | null;
  /** The content; shown on the host at `<mountpoint>`. */
  data: MemFs;
}

export function mountpoint(volume: Volume): string {
  return `${VOLUMES_ROOT}/${volume.name}/_data`;
}

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function isValidVolumeName(name: string): boolean {
  return NAME.test(name);
}

export class VolumeStore {
  private readonly volumes = new Map<string, Volume>();
  /** Grows with every create and remove: views built over the volumes know when to rebuild. */
  generation = 0;

  constructor(
    private readonly clock: Clock,
    private readonly inodes: InodeSource,
    /** Called once for each new volume (the daemon makes its folder on the host). */
    private readonly created: (volume: Volume) => void = () => {},
    /** Called once for each removed volume (the local driver deletes its folder). */
    private readonly removed: (volume: Volume) => void = () => {},
  ) {}

  all(): Volume[] {
    return [...this.volumes.values()];
  }

  find(name: string): Volume | undefined {
    return this.volumes.get(name);
  }

  get(name: string): Volume {
    const v = this.volumes.get(name);
    if (!v) throw new DaemonError(`get ${name}: no such volume`, 'not-found');
    return v;
  }

  /**
   * Creates the volume, or returns the existing one of that name (create is idempotent,
   * docs/semantics.md#m18-volumes-are-created-on-first-use).
   */
  create(
    name: string,
    how: {
      anonymous: boolean;
      labels: Record<string, string> | null;
      options?: Record<string, string> | null;
    },
  ): Volume {
    const existing = this.volumes.get(name);
    if (existing) return existing;
    const labels = how.anonymous ? { 'com.docker.volume.anonymous': '' } : how.labels;
    const data = new MemFs({ clock: this.clock, inodes: this.inodes });
    const volume: Volume = {
      name,
      anonymous: how.anonymous,
      createdAt: this.clock(),
      labels,
      options: how.options ?? null,
      data,
    };
    this.volumes.set(name, volume);
    this.generation++;
    this.created(volume);
    return volume;
  }

  remove(name: string): void {
    const volume = this.volumes.get(name);
    if (!volume) return;
    this.volumes.delete(name);
    this.generation++;
    this.removed(volume);
  }
}
