/**
 * Runs processes inside containers for the engine: BusyBox sh (bash where the image has it and
 * the process is bash) over the container's filesystem,
 * as the container's user, with the book's programs (the to-do app) available by name.
 */
import { joinPath, normalizePath, type FileSystem } from '../fs';
import {
  bookPrograms,
  type Engine,
  type Program,
  type ProcessRunner,
  type ProcessSpec,
} from '../engine';
import {
  standardCommands,
  Consoles,
  isInteractiveShell,
  quoteArgv,
  ReplSession,
  Session,
  type Command,
  type SessionOptions,
} from '../shell';

function envRecord(env: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of env) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

function programCommand(program: Program, spec: ProcessSpec): Command {
  return {
    // in a container only, whichever shell it runs (debian-based images get bash)
    name: program.name,
    run: (ctx) =>
      program.run(
        {
          ...spec,
          fs: ctx.fs,
          stdout: ctx.stdout,
          stderr: ctx.stderr,
          cwd: ctx.cwd,
          env: [...ctx.env].map(([k, v]) => `${k}=${v}`),
          exec: (argv) =>
            ctx.session.run(quoteArgv(argv), { stdout: ctx.stdout, stderr: ctx.stderr }),
        },
        ctx.args,
      ),
  };
}

/** Finds argv[0] the way execvp does: a path as given, else each $PATH directory. */
function locate(fs: FileSystem, spec: ProcessSpec): string | null {
  const name = spec.argv[0] ?? '';
  if (name.includes('/')) {
    const path = normalizePath(name.startsWith('/') ? name : joinPath(spec.cwd, name));
    return fs.exists(path) ? path : null;
  }
  const pathVar =
    envRecord(spec.env).PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  for (const dir of pathVar.split(':'))
    if (dir && fs.exists(joinPath(dir, name))) return joinPath(dir, name);
  return null;
}

/** The process the session is, in its container's PID namespace (`ps`). */
function processOf(spec: ProcessSpec): SessionOptions['process'] {
  if (spec.pid === undefined || !spec.processes) return undefined;
  const name = spec.argv[0] ?? '';
  const self = {
    pid: spec.pid,
    ppid: 0,
    uid: spec.identity.uid,
    gid: spec.identity.gid,
    argv: [...spec.argv],
    comm: name.slice(name.lastIndexOf('/') + 1).slice(0, 15),
  };
  return { self, table: spec.processes };
}

/** A BusyBox sh over the process's filesystem, as its user, with the book's programs. */
function containerSession(
  programs: readonly Program[],
  spec: ProcessSpec,
  random: () => number,
  sleep: ProcessSpec['sleep'] = spec.sleep,
): Session {
  // a GNU userland (debian, ubuntu: /bin/bash) gets GNU tools' words and bash's; dash, their
  // /bin/sh, is not simulated apart from bash
  const bash = spec.fs.exists('/bin/bash');
  return new Session({
    flavor: bash ? 'bash' : 'busybox',
    user: bash ? (spec.identity.uid === 0 ? 'root' : undefined) : undefined,
    hostname: spec.hostname ?? spec.containerId?.slice(0, 12),
    process: processOf(spec),
    fs: spec.fs,
    identity: spec.identity,
    cwd: spec.cwd,
    env: envRecord(spec.env),
    commands: [...standardCommands, ...programs.map((p) => programCommand(p, spec))],
    now: spec.now,
    // Ctrl-C typed into an attached shell ends its sleep as the container's kill does
    sleep: (ms, ctrlC) => new Promise((done) => (sleep(ms).then(done), ctrlC.onCancel(done))),
    random,
    columns: spec.tty?.columns ?? null,
    name: spec.argv[0] === '/bin/sh' ? '/bin/sh' : undefined,
    pacing: { yieldToHost: spec.yieldToHost, budgetMs: spec.workBudgetMs },
  });
}

export function containerRunner(
  programs: readonly Program[],
  random: () => number,
  consoles: Consoles = new Consoles(),
): ProcessRunner {
  return {
    check(spec) {
      const found = locate(spec.fs, spec);
      if (!found) return { notFound: spec.argv[0] ?? '' };
      const st = spec.fs.stat(found);
      if (st.kind === 'dir' || (st.mode & 0o111) === 0)
        return { permissionDenied: spec.argv[0] ?? '' };
      return null;
    },
    async run(spec) {
      const session = containerSession(programs, spec, random);
      spec.cancel.onCancel(() => session.cancel());
      // a shell with a TTY or open stdin and no script waits for what is typed into it
      if (spec.stdinOpen && isInteractiveShell(spec.argv)) return consoles.hold(spec, session);
      // the container's process: ash execs its last command in its place (no fork)
      session.shell.execsLastCommand = true;
      const [first, flag, script] = spec.argv;
      const line =
        (first === '/bin/sh' || first === 'sh') && flag === '-c' && script !== undefined
          ? script
          : quoteArgv(spec.argv);
      return session.run(line, { stdout: spec.stdout, stderr: spec.stderr });
    },
  };
}

/**
 * `docker exec -it c redis-cli`: a program's own prompt inside a running container, as a session
 * the terminal can hold; null when argv names no such program or makes it run one-shot.
 */
export function containerRepl(
  engine: Engine,
  id: string,
  argv: readonly string[],
  options: { user?: string; workdir?: string; env?: string[] },
): ReplSession | null {
  const name = argv[0]?.slice(argv[0].lastIndexOf('/') + 1);
  const program = bookPrograms.find((p) => p.name === name);
  if (!program?.repl) return null;
  const c = engine.container(id);
  const { spec } = engine.processSpec(c, [...argv], {}, { ...options, stdinOpen: true });
  if (locate(spec.fs, spec) === null) return null;
  const repl = program.repl(spec, argv.slice(1));
  return repl && new ReplSession(repl, spec);
}

/** An interactive BusyBox shell inside a running container (`docker exec -it c sh`). */
export function containerShell(
  engine: Engine,
  id: string,
  options: { user?: string; workdir?: string },
  random: () => number,
): Session {
  const c = engine.container(id);
  const { spec, process } = engine.processSpec(c, ['sh'], {}, options);
  const session = containerSession(bookPrograms, spec, random, (ms) => engine.scheduler.sleep(ms));
  process.liveWhile(() => session.exited === null);
  return session;
}
