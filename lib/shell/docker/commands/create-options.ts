/** Flags shared by `docker run` and `docker create`, and turning them into engine options. */
import {
  DaemonError,
  familiarTagged,
  parseReference,
  ReferenceError,
  type Reference,
  type CreateOptions,
  type MountRequest,
  verifyHostConfig,
} from '../../../engine';
import { reportDaemonError } from '../errors';
import { arr, bool, str, type FlagSpec, type FlagValues } from '../flags';
import { MountFlagError, mountErrorOutput, mountRequests, type RunInvocation } from '../mounts';
import type { DockerContext } from '../types';
import { pullImage } from './pull';

export const CREATE_FLAGS: FlagSpec[] = [
  { name: 'name', type: 'string' },
  { name: 'hostname', short: 'h', type: 'string' },
  { name: 'interactive', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'rm', type: 'bool' },
  { name: 'volume', short: 'v', type: 'array' },
  { name: 'mount', type: 'array' },
  { name: 'tmpfs', type: 'array' },
  { name: 'volumes-from', type: 'array' },
  { name: 'publish', short: 'p', type: 'array' },
  { name: 'env', short: 'e', type: 'array' },
  { name: 'workdir', short: 'w', type: 'string' },
  { name: 'user', short: 'u', type: 'string' },
  { name: 'read-only', type: 'bool' },
  { name: 'entrypoint', type: 'string' },
  { name: 'pull', type: 'string' },
];

export type Parsed = { options: CreateOptions } | { exitCode: number };

function invocation(d: DockerContext): RunInvocation {
  return d.invoked.replace(/^docker /, '') as RunInvocation;
}

/** The mount flags as the CLI sends them, or the exit code of the CLI's own error, printed. */
function mountsOf(d: DockerContext, flags: FlagValues): MountRequest[] | number {
  try {
    return mountRequests(
      { mount: arr(flags, 'mount'), tmpfs: arr(flags, 'tmpfs'), volume: arr(flags, 'volume') },
      d.sh.cwd,
    );
  } catch (e) {
    if (!(e instanceof MountFlagError)) throw e;
    const out = mountErrorOutput(e, invocation(d));
    d.err.write(out.stderr);
    return out.exitCode;
  }
}

/** `-p HOST:CONTAINER` values, or null once pflag's error is printed. */
function publishedPorts(d: DockerContext, flags: FlagValues): CreateOptions['ports'] | null {
  const ports = [];
  for (const p of arr(flags, 'publish')) {
    const m = /^(?:(?:\d+\.\d+\.\d+\.\d+):)?(\d+):(\d+)(?:\/tcp)?$/.exec(p);
    if (!m) {
      d.err.write(
        `invalid argument "${p}" for "-p, --publish" flag: Invalid containerPort: ${p}\n\nUsage:  ${d.invoked} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun '${d.invoked} --help' for more information\n`,
      );
      return null;
    }
    ports.push({ hostPort: Number(m[1]), containerPort: Number(m[2]) });
  }
  return ports;
}

/**
 * Flags → CreateOptions, printing the CLI's error and returning its exit code on bad input. The
 * CLI's own errors come first; then the daemon's checks that precede its image lookup (so any
 * pull); the rest of the daemon's checks run in engine.create.
 */
export function createOptions(d: DockerContext, flags: FlagValues, args: string[]): Parsed {
  const [image, ...cmd] = args;
  const mounts = mountsOf(d, flags);
  if (typeof mounts === 'number') return { exitCode: mounts };
  const ports = publishedPorts(d, flags);
  if (ports === null) return { exitCode: 125 };
  try {
    verifyHostConfig(mounts);
  } catch (e) {
    return { exitCode: reportDaemonError(d, e, !invocation(d).endsWith('create')) };
  }
  const entrypoint = str(flags, 'entrypoint');
  return {
    options: {
      image: image!,
      name: str(flags, 'name'),
      cmd,
      entrypoint: entrypoint === undefined ? undefined : entrypoint === '' ? [] : [entrypoint],
      env: arr(flags, 'env').map((e) => (e.includes('=') ? e : `${e}=${d.sh.env.get(e) ?? ''}`)),
      workdir: str(flags, 'workdir'),
      user: str(flags, 'user'),
      mounts,
      // HostConfig.Binds: only the -v values with a source, as sent ("."-paths resolved)
      binds: mounts.flatMap((m) => (m.kind === 'bind' ? [m.spec] : [])),
      volumesFrom: arr(flags, 'volumes-from'),
      autoRemove: bool(flags, 'rm'),
      readOnly: bool(flags, 'read-only'),
      ports,
      tty: bool(flags, 'tty'),
      interactive: bool(flags, 'interactive'),
      hostname: str(flags, 'hostname'),
    },
  };
}

/**
 * The image a container is made from, pulled from the registry when it is missing (`--pull
 * missing`, the default) or always (`--pull always`); the pull's output goes to stderr.
 */
export async function checkImage(
  d: DockerContext,
  image: string,
  pull: string | undefined,
): Promise<number | null> {
  let ref: Reference;
  try {
    ref = parseReference(image);
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    d.err.write(`docker: ${e.message}\n\nRun '${d.invoked} --help' for more information\n`);
    return 125;
  }
  const local = d.engine.images.find(image);
  if (local && pull !== 'always') return null;
  if (pull === 'never') {
    d.err.write(
      `docker: Error response from daemon: No such image: ${familiarTagged(ref)}\n\nRun '${d.invoked} --help' for more information\n`,
    );
    return 125;
  }
  if (!local) d.err.write(`Unable to find image '${familiarTagged(ref)}' locally\n`);
  try {
    if (!(await pullImage(d, ref, d.err))) return 130;
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    d.err.write(
      `docker: Error response from daemon: ${e.message}\n\nRun '${d.invoked} --help' for more information\n`,
    );
    return 125;
  }
  return null;
}

export function isDaemonError(e: unknown): e is DaemonError {
  return e instanceof DaemonError;
}
