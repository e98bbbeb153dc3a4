/**
 * The container state machine (created → running → exited, docker start/stop/kill/rm/exec), as
 * Docker has it: stop sends TERM and kills after the timeout, the writable layer survives
 * stop (docs/semantics.md#l2-the-writable-layer-lives-as-long-as-the-container), tmpfs content does
 * not (docs/semantics.md#l5-tmpfs-content-does-not-survive-a-stop), `--rm` removes the container
 * and its anonymous volumes when the process ends (docs/semantics.md#m30---rm-is-rm--v-on-exit).
 */
import { encodeUtf8 } from '../fs';
import type { Container } from './container';
import { commandLine, hostnameOf } from './container';
import type { Engine } from './engine';
import { DaemonError } from './errors';
import { createMountTarget, freshTmpfs, typeMismatch } from './mounts';
import { tmpfsStartError } from './mount-spec-tmpfs';
import { ttyOutput, type Output } from './process';
import { removeAnonymousVolumes } from './volumes-ops';

const RUNC_INIT =
  'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

const EXEC_NOT_FOUND = (name: string) =>
  `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown`;

export async function start(
  engine: Engine,
  c: Container,
  /** Where attached output goes, and the width of the terminal a TTY container sees. */
  attach: { stdout?: Output; stderr?: Output; columns?: number } = {},
): Promise<void> {
  if (c.state.status === 'running') return;
  const mismatch = typeMismatch(c, engine.hostView());
  if (mismatch) {
    const msg = `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "${mismatch.source}" to rootfs at "${mismatch.destination}": mount ${mismatch.source}:${mismatch.destination} (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type`;
    return failStart(c, msg, 127);
  }
  // runc mounts each tmpfs; the kernel refuses bad size=/mode= options (exit code 128 in inspect)
  const refused = c.hostConfig.mounts.map(tmpfsStartError).find((e) => e !== null);
  if (refused) return failStart(c, refused, 128);
  // sethostname(2) takes at most 64 bytes (HOST_NAME_MAX); runc's EINVAL, as recorded
  if (encodeUtf8(hostnameOf(c)).length > 64)
    return failStart(c, `${RUNC_INIT}sethostname: invalid argument: unknown`, 128);
  const host = engine.hostView();
  for (const m of c.mounts)
    if (m.type === 'tmpfs') {
      createMountTarget({ rootfs: c.rootfs, host }, m, true);
      m.tmpfs = freshTmpfs(m, () => engine.scheduler.now());
    }
  const argv = commandLine(c);
  if (argv.length === 0) throw new DaemonError('No command specified');
  const { spec, term, cancel } = engine.processSpec(c, argv, attach, {
    tty: c.config.tty ? { columns: attach.columns ?? 80 } : null,
    stdinOpen: c.config.openStdin || c.config.tty,
    init: true,
  });
  const problem = engine.internals.runner.check(spec);
  if (problem && 'notFound' in problem) return failStart(c, EXEC_NOT_FOUND(problem.notFound), 127);
  if (problem && 'permissionDenied' in problem)
    return failStart(
      c,
      EXEC_NOT_FOUND(problem.permissionDenied).replace(
        'executable file not found in $PATH',
        'permission denied',
      ),
      126,
    );
  let settled = false;
  let resolveExited = () => {};
  c.exited = new Promise<void>((r) => (resolveExited = r));
  c.state = {
    status: 'running',
    exitCode: 0,
    startedAt: engine.scheduler.now(),
    finishedAt: null,
    error: '',
  };
  engine.sandboxes.assignAddress(c);
  engine.sandboxes.refreshEtcFiles(c);
  const finish = (code: number) => {
    if (settled) return;
    settled = true;
    cancel.cancel();
    c.state = { ...c.state, status: 'exited', exitCode: code, finishedAt: engine.scheduler.now() };
    engine.internals.listeners.delete(c.id);
    engine.internals.kills.delete(c.id);
    c.stop = undefined;
    resolveExited();
    if (c.hostConfig.autoRemove && engine.containers.has(c.id))
      remove(engine, c, { force: true, volumes: true });
  };
  engine.internals.kills.set(c.id, () => finish(137));
  c.stop = () => term.fire();
  engine.internals.runner.run(spec).then(finish, () => finish(1));
}

function failStart(c: Container, message: string, exitCode: number): never {
  c.state = { ...c.state, exitCode, error: message };
  throw new DaemonError(message, 'system');
}

/** Waits for the running process to end; resolves its exit code. */
export async function wait(c: Container): Promise<number> {
  if (c.state.status === 'running' && c.exited) await c.exited;
  return c.state.exitCode;
}

/** TERM, then KILL after `timeoutSeconds` (default 10), like `docker stop`. */
export async function stop(engine: Engine, c: Container, timeoutSeconds = 10): Promise<void> {
  if (c.state.status !== 'running') return;
  c.stop?.();
  const exited = c.exited ?? Promise.resolve();
  await Promise.race([exited, engine.scheduler.sleep(timeoutSeconds * 1000)]);
  if (c.state.status === 'running') engine.internals.kills.get(c.id)?.();
}

export function kill(engine: Engine, c: Container): void {
  if (c.state.status !== 'running')
    throw new DaemonError(
      `Cannot kill container: ${c.name}: Container ${c.id} is not running`,
      'conflict',
    );
  engine.internals.kills.get(c.id)?.();
}

export function remove(
  engine: Engine,
  c: Container,
  options: { force?: boolean; volumes?: boolean } = {},
): void {
  if (c.state.status === 'running') {
    if (!options.force)
      throw new DaemonError(
        `You cannot remove a running container ${c.id}. Stop the container before attempting removal or force remove`,
        'conflict',
      );
    engine.internals.kills.get(c.id)?.();
  }
  engine.containers.delete(c.id);
  if (options.volumes) removeAnonymousVolumes(engine, c);
}

/** `docker exec`: another process in a running container, as the container's user by default. */
export async function exec(
  engine: Engine,
  c: Container,
  argv: string[],
  io: { stdout: Output; stderr: Output },
  options: {
    user?: string;
    workdir?: string;
    env?: string[];
    /** `docker exec -t`: the command runs on a terminal this wide. */
    tty?: { columns: number } | null;
  } = {},
): Promise<number> {
  if (c.state.status !== 'running')
    throw new DaemonError(`Container ${c.id} is not running`, 'conflict');
  const { spec, process } = engine.processSpec(c, argv, {}, options);
  const problem = engine.internals.runner.check(spec);
  if (problem) process.end();
  if (problem && 'notFound' in problem)
    throw new DaemonError(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${problem.notFound}": executable file not found in $PATH: unknown`,
      'system',
    );
  // exec output is not part of `docker logs`
  const out = spec.tty ? ttyOutput(io.stdout) : null;
  const streams = out ? { stdout: out, stderr: out } : io;
  return engine.internals.runner.run({ ...spec, ...streams }).finally(() => process.end());
}
