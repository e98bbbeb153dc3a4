/**
 * lib/engine — the simulated Docker daemon: images (shared, frozen layers), containers (one
 * private writable layer each, a state machine, mount points), volumes (their own lifetime),
 * bind mounts and tmpfs over the host's filesystem, and the book's apps.
 *
 * Invariants:
 * - Image layers are never copied or changed: every container's UnionFs stacks the same Layer
 *   objects, then its own `-init` layer (empty files where Docker binds /etc/hostname, hosts and
 *   resolv.conf: docs/semantics.md#m34-docker-binds-its-own-etc-files); changes land in the
 *   container's UpperDir (copy-up, whiteouts: lib/fs).
 * - Removing a container drops its writable layer only; volumes outlive it
 * (docs/semantics.md#l3-a-volume-outlives-its-containers) except its   anonymous ones with `rm -v`
 * / `--rm` when nobody else uses them (docs/semantics.md#m29-rm--v-takes-anonymous-volumes).
 * - Mounts sit above the union (docs/semantics.md#m1-mounts-sit-above-the-union): nothing written
 * under a mount reaches the writable layer,   so `docker diff` never shows it
 * (docs/semantics.md#r23-mounts-never-show-in-diff).
 * - The engine never imports the shell: a ProcessRunner runs commands inside containers.
 * - Time comes from the Scheduler and IDs from a seeded generator: runs are reproducible.
 * - User errors are DaemonError with Docker's text; the CLI adds prefixes and exit codes.
 * - Mounts arrive as MountRequests (the API's fields); the CLI's flag parsing and its errors live
 *   in lib/shell/docker/mounts, the daemon's checks and the one duplicate-mount check here.
 */
export { Engine, mergeEnv, type CreateOptions, type EngineOptions } from './engine';
export { start, stop, kill, remove, exec, wait } from './lifecycle';
export { removeVolume, pruneVolumes, volumeUsers, volumeSize } from './volumes-ops';
export { DaemonError } from './errors';
export { shortId } from './ids';
export { descendsFrom } from './ancestry';
export { commitContainer, type CommitOptions } from './commit';
export { imageSize, normalizeRef, type Image, type ImageConfig, type HistoryEntry } from './image';
export { mountpoint, isValidVolumeName, type Volume } from './volume';
export { archiveView } from './mounts';
export type { BridgeAddress } from './network';
export {
  commandLine,
  hostnameOf,
  type Container,
  type MountPoint,
  type LogEntry,
} from './container';
export { preloadImages, PRELOAD_TIME, type PreloadSet } from './images';
export { isDebianBusyboxStatic } from './images/busybox-applets';
export {
  parseReference,
  familiarTagged,
  fullTagged,
  planPull,
  completePull,
  ReferenceError,
  type PullPlan,
  type PullMessage,
  type Reference,
} from './registry';
export { bookPrograms } from './apps';
export type { ApiMount, MountRequest, MountSpec } from './mount-spec.types';
export type {
  HttpRequest,
  HttpResponse,
  Output,
  Program,
  ProcessInfo,
  ProcessRunner,
  ProcessSpec,
  ProcessTable,
  Repl,
} from './process';
export { readTodoConfig } from './apps/todo-config';
export { preloadedOf, writeEngine, type Preloaded, type EngineJson } from './serialize';
export { ImageStore } from './image';
export { readEngine } from './deserialize';
export { build, BuildContext, BuildError } from './build';
export { registerMountPoints, verifyHostConfig } from './mount-spec';
/** Go standard-library ports the docker CLI shares with the daemon. */
export { goClean, goParseOctal32, goQuote } from './mount-spec-go';
export { derivedId, derivedNumber, DOCKER_ROOT, overlayDir } from './overlay-ids';
export { imageFrom } from './images/build-kit';
export {
  KERNEL,
  HOST_HOSTS,
  HOST_RESOLV_CONF,
  OPERATING_SYSTEM,
  CPUS,
  MEM_TOTAL_BYTES,
  DOCKER_CLIENT,
  DOCKER_SERVER,
} from './host-facts';
