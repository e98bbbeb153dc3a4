/**
 * The classic builder's intermediate containers: the step's image + a fresh writable layer,
 * with a throw-away anonymous volume on every VOLUME path (spec
 * docs/semantics.md#m33-dockerfile-volume: what a RUN writes there is never committed). RUN
 * executes through the engine's ProcessRunner, like any container.
 */
import { Layer, MemFs, UnionFs } from '../../fs';
import type { Container, MountPoint } from '../container';
import { copyContents } from '../copy';
import { DaemonError } from '../errors';
import { initLayer } from '../etc-files';
import type { Output } from '../process';
import { BuildError, buildArgEnv, type BuildRun, type Stage } from './state';

export function buildContainer(run: BuildRun, stage: Stage, withVolumes: boolean): Container {
  const { engine } = run;
  const clock = () => engine.scheduler.now();
  const id = engine.ids.hex64();
  const upper = new Layer({ id, clock, inodes: run.inodes });
  const image = stage.image;
  // like any container's, its own -init layer under the writable one (Docker's /etc files)
  const init = initLayer(id, image.layers, clock());
  const rootfs = new UnionFs({ layers: [...image.layers, init], upper, clock, inodes: run.inodes });
  const workingDir = image.config.WorkingDir || '/';
  const mounts = withVolumes
    ? volumeMounts(run, rootfs, Object.keys(image.config.Volumes ?? {}))
    : [];
  return {
    id,
    name: id.slice(0, 12),
    image,
    imageRef: image.id,
    created: clock(),
    config: {
      entrypoint: null,
      cmd: [],
      env: [...image.config.Env],
      workingDir,
      user: image.config.User,
      tty: false,
      openStdin: false,
    },
    hostConfig: {
      binds: [],
      mounts: [],
      volumesFrom: [],
      autoRemove: true,
      readonlyRootfs: false,
      portBindings: [],
    },
    upper,
    rootfs,
    mounts,
    state: { status: 'created', exitCode: 0, startedAt: null, finishedAt: null, error: '' },
    logs: [],
  };
}

/**
 * Anonymous volumes (not in the volume store: they die with the container), pre-filled
 * (docs/semantics.md#m21-an-empty-volume-receives-the-images-files).
 */
function volumeMounts(run: BuildRun, rootfs: UnionFs, paths: string[]): MountPoint[] {
  const clock = () => run.engine.scheduler.now();
  return paths.sort().map((destination) => {
    const data = new MemFs({ clock, inodes: run.inodes });
    if (rootfs.exists(destination) && rootfs.stat(destination).kind === 'dir')
      copyContents(rootfs, destination, data, '/');
    else rootfs.mkdir(destination, { recursive: true });
    const name = run.engine.ids.hex64();
    return {
      type: 'volume',
      name,
      source: `/var/lib/docker/volumes/${name}/_data`,
      destination,
      driver: 'local',
      mode: '',
      rw: true,
      propagation: '',
      volume: { name, anonymous: true, createdAt: clock(), labels: null, options: null, data },
      listed: true,
    };
  });
}

const OCI = (name: string, why: string) =>
  `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${name}": ${why}: unknown`;

/** Runs `argv` in the container; stderr goes to the build output in red, as the daemon sends it. */
export async function runIn(
  run: BuildRun,
  stage: Stage,
  c: Container,
  argv: string[],
): Promise<void> {
  const { engine, progress } = run;
  if (!c.rootfs.exists(c.config.workingDir))
    c.rootfs.mkdir(c.config.workingDir, { recursive: true });
  const red: Output = { write: (text) => progress.write(`\x1b[91m${text}\x1b[0m`) };
  let spec;
  try {
    spec = engine.processSpec(
      c,
      argv,
      { stdout: progress, stderr: red },
      { env: buildArgEnv(stage), init: true },
    ).spec;
  } catch (e) {
    if (e instanceof DaemonError) throw new BuildError(e.message);
    throw e;
  }
  const runner = engine.internals.runner;
  const problem = runner.check(spec);
  if (problem && 'notFound' in problem)
    throw new BuildError(OCI(problem.notFound, 'executable file not found in $PATH'));
  if (problem && 'permissionDenied' in problem)
    throw new BuildError(OCI(problem.permissionDenied, 'permission denied'));
  const code = await runner.run(spec);
  if (code !== 0)
    throw new BuildError(`The command '${argv.join(' ')}' returned a non-zero code: ${code}`, code);
}
