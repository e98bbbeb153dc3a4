/**
 * `docker build` on the simulated daemon, classic (legacy) builder: runs the Dockerfile's steps
 * in order, each a new image (files changed: a layer; config only: an empty-layer history row),
 * and streams the daemon's progress text (`Step 1/6 : FROM alpine:3.9`, ` ---> 080c61d9499b`,
 * `Successfully built ...`). Failed steps throw BuildError, Dockerfile errors DaemonError.
 */
import { inodeCounter, type FileSystem } from '../../fs';
import type { Engine } from '../engine';
import { DaemonError } from '../errors';
import { emptyConfig, normalizeRef, type Image } from '../image';
import type { Output } from '../process';
import { BuildContext } from './context';
import { copyStep } from './copy-step';
import { dispatch } from './dispatch';
import { processWord } from './expand';
import { parseDockerfile, splitWords } from './parser';
import { BuildError, startImage, type BuildRun, type Stage } from './state';
import { completePull, planPull } from '../registry/pull';
import { familiarTagged, parseReference, ReferenceError } from '../registry/reference';

export interface BuildOptions {
  /** The host filesystem (as the daemon: root) and the absolute context directory. */
  contextFs: FileSystem;
  contextDir: string;
  /** The Dockerfile's text and its name as given (for "cannot be empty"). */
  dockerfile: string;
  dockerfileName: string;
  tags: readonly string[];
  buildArgs: ReadonlyMap<string, string>;
  /** The daemon's build output stream. */
  progress: Output;
  /** --no-cache: run every step again. */
  noCache?: boolean;
}

let inodeBase = 1 << 26;

export async function build(engine: Engine, options: BuildOptions): Promise<Image> {
  if (options.dockerfile.trim() === '')
    throw new DaemonError(`the Dockerfile (${options.dockerfileName}) cannot be empty`);
  const instructions = parseDockerfile(options.dockerfile);
  const firstFrom = instructions.findIndex((i) => i.cmd === 'from');
  if (firstFrom < 0 || instructions.slice(0, firstFrom).some((i) => i.cmd !== 'arg'))
    throw new DaemonError('no build stage in current context');
  const ignore = readIgnore(options.contextFs, options.contextDir);
  const context = new BuildContext(options.contextFs, options.contextDir, ignore);
  inodeBase += 1 << 20;
  const run: BuildRun = {
    engine,
    progress: options.progress,
    buildArgs: options.buildArgs,
    metaArgs: new Map(),
    usedArgs: new Set(),
    stages: [],
    inodes: inodeCounter(inodeBase),
    noCache: options.noCache ?? false,
  };
  let stage: Stage | undefined;
  const total = instructions.length;
  for (const [n, ins] of instructions.entries()) {
    options.progress.write(`Step ${n + 1}/${total} : ${ins.original}\n`);
    await engine.scheduler.sleep(100);
    try {
      if (ins.cmd === 'from') stage = await fromStep(run, ins.rest);
      else if (!stage) metaArg(run, ins.rest);
      else if (ins.cmd === 'copy' || ins.cmd === 'add') await copyStep(run, stage, ins, context);
      else await dispatch(run, stage, ins);
    } catch (e) {
      keepDangling(engine, stage);
      throw e;
    }
    if (stage && ins.cmd !== 'copy' && ins.cmd !== 'add')
      options.progress.write(` ---> ${stage.image.id.slice(7, 19)}\n`);
  }
  const unused = [...options.buildArgs.keys()].filter((k) => !run.usedArgs.has(k)).sort();
  if (unused.length > 0)
    options.progress.write(
      `[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`,
    );
  // earlier stages' results stay behind untagged, as with the classic builder
  for (const s of run.stages.slice(0, -1)) keepDangling(engine, s);
  const last = stage!;
  const image = last.image.id === last.base.id ? last.base : last.image;
  if (image.id === '') throw new DaemonError('No image was generated. Is your Dockerfile empty?');
  if (!engine.images.find(image.id)) engine.images.add(image);
  options.progress.write(`Successfully built ${image.id.slice(7, 19)}\n`);
  for (const tag of options.tags) {
    engine.images.tag(image, tag);
    options.progress.write(`Successfully tagged ${normalizeRef(tag)}\n`);
  }
  return image;
}

/** A failed build leaves its last committed step behind, untagged (`<none>` in docker images). */
function keepDangling(engine: Engine, stage: Stage | undefined): void {
  if (stage && stage.image.id !== stage.base.id && !engine.images.find(stage.image.id))
    engine.images.add(stage.image);
}

function readIgnore(fs: FileSystem, dir: string): string | null {
  try {
    return fs.readTextFile(`${dir === '/' ? '' : dir}/.dockerignore`);
  } catch {
    return null;
  }
}

/** `FROM scratch`: no layers, no history, no ID (` ---> ` stays empty). */
function scratch(): Image {
  return { id: '', repoTags: [], layers: [], config: emptyConfig(), history: [], created: 0 };
}

function metaArg(run: BuildRun, rest: string): void {
  const word = splitWords(rest)[0]!;
  const eq = word.indexOf('=');
  const name = eq < 0 ? word : word.slice(0, eq);
  run.metaArgs.set(name, run.buildArgs.get(name) ?? (eq < 0 ? undefined : word.slice(eq + 1)));
  run.usedArgs.add(name);
}

/**
 * The classic builder pulls a FROM image it does not have, printing the pull's lines into the
 * build output (as a pipe shows them: no progress bars).
 */
async function pullBase(run: BuildRun, text: string): Promise<Image> {
  try {
    const ref = parseReference(text);
    const plan = planPull(run.engine.registry, run.engine.images, ref);
    run.progress.write(`${ref.digest ?? ref.tag}: Pulling from ${ref.path}\n`);
    let now = 0;
    for (const m of plan.messages) {
      if (m.at > now) await run.engine.scheduler.sleep(m.at - now);
      now = Math.max(now, m.at);
      if (!m.progress) run.progress.write(`${m.id}: ${m.status}\n`);
    }
    completePull(run.engine.images, plan);
    run.progress.write(
      `Digest: ${plan.digest}\nStatus: Downloaded newer image for ${familiarTagged(ref)}\n`,
    );
    return plan.image;
  } catch (e) {
    if (e instanceof DaemonError || e instanceof ReferenceError) throw new BuildError(e.message);
    throw e;
  }
}

async function fromStep(run: BuildRun, rest: string): Promise<Stage> {
  const words = splitWords(rest);
  const meta = new Map<string, string>();
  for (const [k, v] of run.metaArgs) if (v !== undefined) meta.set(k, v);
  const ref = processWord(words[0]!, meta);
  const name = words[2]?.toLowerCase();
  const previous = run.stages.find((s) => s.name !== undefined && s.name === ref.toLowerCase());
  const parent =
    previous?.image ??
    (ref === 'scratch' ? scratch() : (run.engine.images.find(ref) ?? (await pullBase(run, ref))));
  const stage: Stage = {
    name,
    base: parent,
    image: startImage(parent),
    args: new Map(),
    cmdSet: false,
  };
  run.stages.push(stage);
  return stage;
}
