/** Lists, and-or chains and pipelines, with set -e, pipefail and `&`. */
import type { AndOr, Pipeline, Script } from '../ast';
import type { Fds } from '../redirect';
import type { Shell } from '../shell';
import { runCommand } from './command';
import { PipeBuffer } from './pipe';
import { BrokenPipe } from './pipe';
import { ExitSignal } from './signals';
import { Input } from './input';

export async function runList(sh: Shell, script: Script, fds: Fds): Promise<number> {
  let status = sh.lastStatus;
  for (const andOr of script) {
    await sh.checkpoint();
    if (andOr.background) {
      status = startBackground(sh, andOr, fds);
      continue;
    }
    status = await runAndOr(sh, andOr, fds);
    sh.lastStatus = status;
    // `exec 3>f` changed the shell's own fds: the rest of the list sees them.
    if (sh.persistent) fds = { ...fds, ...sh.persistent };
  }
  return status;
}

/** A condition: set -e is off inside it (if, while, until, the left of && and ||). */
export async function runCondition(sh: Shell, script: Script, fds: Fds): Promise<number> {
  sh.errexitGuard++;
  try {
    return await runList(sh, script, fds);
  } finally {
    sh.errexitGuard--;
  }
}

async function runAndOr(sh: Shell, andOr: AndOr, fds: Fds): Promise<number> {
  const chain = [{ op: '&&', pipeline: andOr.first }, ...andOr.rest];
  let status = 0;
  for (const [k, { op, pipeline }] of chain.entries()) {
    if (k > 0 && ((op === '&&' && status !== 0) || (op === '||' && status === 0))) continue;
    const last = k === chain.length - 1;
    if (!last) sh.errexitGuard++;
    try {
      status = await runPipeline(sh, pipeline, fds);
    } finally {
      if (!last) sh.errexitGuard--;
    }
    sh.lastStatus = status;
    if (last && status !== 0 && !pipeline.negated && sh.options.errexit && sh.errexitGuard === 0)
      throw new ExitSignal(status);
  }
  return status;
}

async function runPipeline(sh: Shell, pipeline: Pipeline, fds: Fds): Promise<number> {
  if (pipeline.negated) sh.errexitGuard++;
  let status: number;
  try {
    status =
      pipeline.commands.length === 1
        ? await runCommand(sh, pipeline.commands[0]!, fds)
        : await runStages(sh, pipeline, fds);
  } finally {
    if (pipeline.negated) sh.errexitGuard--;
  }
  return pipeline.negated ? (status === 0 ? 1 : 0) : status;
}

/** `a | b | c`: each stage in a subshell, its output the next one's input. */
async function runStages(sh: Shell, pipeline: Pipeline, fds: Fds): Promise<number> {
  let stdin = fds.stdin;
  const statuses: number[] = [];
  const last = pipeline.commands.length - 1;
  for (const [k, cmd] of pipeline.commands.entries()) {
    const pipe = k < last ? new PipeBuffer() : null;
    const stageFds: Fds = {
      ...fds,
      stdin,
      out: pipe ?? fds.out,
      outIsTerminal: pipe ? false : fds.outIsTerminal,
    };
    statuses.push(await runStage(sh, cmd, stageFds));
    stdin = pipe ? new Input(pipe.text) : Input.empty();
  }
  if (sh.options.pipefail) return statuses.findLast((s) => s !== 0) ?? 0;
  return statuses[last]!;
}

async function runStage(sh: Shell, cmd: Pipeline['commands'][number], fds: Fds): Promise<number> {
  const sub = sh.subshell();
  try {
    return await sub.runScript([{ first: { negated: false, commands: [cmd] }, rest: [] }], fds);
  } catch (e) {
    if (e instanceof BrokenPipe) return 141;
    throw e;
  }
}

let nextPid = 0;

/** `cmd &`: starts in a subshell and runs alongside what follows; `wait` collects it. */
function startBackground(sh: Shell, andOr: AndOr, fds: Fds): number {
  const sub = sh.subshell();
  const pid = sh.host.pid + 100 + (nextPid++ % 20000);
  const done = sub.runScript([{ ...andOr, background: false }], { ...fds, stdin: Input.empty() });
  sh.jobs.push({ pid, done: done.catch(() => 1) });
  sh.lastBackgroundPid = pid;
  return 0;
}
