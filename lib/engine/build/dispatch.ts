/**
 * One Dockerfile step each (except FROM and COPY/ADD): what it changes in the image config, the
 * history text the classic builder records (`/bin/sh -c #(nop)  ENV A=b`), and the progress
 * lines (` ---> Running in <id>` ... `Removing intermediate container <id>`).
 */
import { normalizePath } from '../../fs';
import { buildContainer, runIn } from './build-container';
import { keyValues, processWord } from './expand';
import { splitWords, type Instruction } from './parser';
import { buildArgEnv, cached, cloneConfig, commit, vars, type BuildRun, type Stage } from './state';

const NOP = '/bin/sh -c #(nop) ';

/** Go's %q for a []string: `["a" "b"]`. */
function goStrings(list: readonly string[]): string {
  return `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;
}

function words(ins: Instruction, run: BuildRun, stage: Stage): string[] {
  const v = vars(run, stage);
  return (ins.json ?? splitWords(ins.rest)).map((w) => processWord(w, v));
}

export async function dispatch(run: BuildRun, stage: Stage, ins: Instruction): Promise<void> {
  if (ins.cmd === 'run') return runStep(run, stage, ins);
  if (ins.cmd === 'workdir') return workdirStep(run, stage, ins);
  const config = cloneConfig(stage.image.config);
  let text: string;
  switch (ins.cmd) {
    case 'env':
    case 'label': {
      const pairs = keyValues(splitWords(ins.rest), ins.rest, vars(run, stage));
      if (ins.cmd === 'env') {
        for (const { key, value } of pairs) {
          // an existing variable keeps its place (moby dispatchEnv)
          const at = config.Env.findIndex((kv) => kv.split('=')[0] === key);
          if (at >= 0) config.Env[at] = `${key}=${value}`;
          else config.Env.push(`${key}=${value}`);
        }
      } else
        config.Labels = {
          ...config.Labels,
          ...Object.fromEntries(pairs.map((p) => [p.key, p.value])),
        };
      text = `${ins.cmd.toUpperCase()} ${pairs.map((p) => `${p.key}=${p.value}`).join(' ')}`;
      break;
    }
    case 'arg': {
      const word = splitWords(ins.rest)[0]!;
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      const fallback =
        eq < 0 ? run.metaArgs.get(name) : processWord(word.slice(eq + 1), vars(run, stage));
      stage.args.set(name, run.buildArgs.get(name) ?? fallback);
      run.usedArgs.add(name);
      text = eq < 0 ? `ARG ${name}` : `ARG ${name}=${word.slice(eq + 1)}`;
      break;
    }
    case 'expose': {
      const ports = words(ins, run, stage);
      config.ExposedPorts = { ...config.ExposedPorts };
      for (const p of ports) config.ExposedPorts[p.includes('/') ? p : `${p}/tcp`] = {};
      text = `EXPOSE ${ports.join(' ')}`;
      break;
    }
    case 'user':
      config.User = words(ins, run, stage)[0]!;
      text = `USER ${config.User}`;
      break;
    case 'volume': {
      const paths = words(ins, run, stage).filter((p) => p !== '');
      config.Volumes = { ...config.Volumes };
      for (const p of paths) config.Volumes[p] = {};
      text = `VOLUME [${paths.join(' ')}]`;
      break;
    }
    case 'cmd':
    case 'entrypoint': {
      const argv = ins.json ?? ['/bin/sh', '-c', ins.rest];
      if (ins.cmd === 'cmd') {
        config.Cmd = argv;
        stage.cmdSet = true;
      } else {
        config.Entrypoint = argv;
        if (!stage.cmdSet) config.Cmd = null;
      }
      text = `${ins.cmd.toUpperCase()} ${goStrings(argv)}`;
      break;
    }
    default:
      // MAINTAINER, STOPSIGNAL, HEALTHCHECK, SHELL, ONBUILD: recorded, not modelled
      text = `${ins.cmd.toUpperCase()} ${ins.rest}`;
  }
  await metadataStep(run, stage, `${NOP} ${text}`, config);
}

/** A config-only step: Docker creates (never starts) a container and commits it. */
async function metadataStep(
  run: BuildRun,
  stage: Stage,
  createdBy: string,
  config = stage.image.config,
) {
  if (cached(run, stage, createdBy)) return;
  const c = buildContainer(run, stage, false);
  run.progress.write(` ---> Running in ${c.id.slice(0, 12)}\n`);
  run.progress.write(`Removing intermediate container ${c.id.slice(0, 12)}\n`);
  commit(run, stage, createdBy, config, null);
}

async function workdirStep(run: BuildRun, stage: Stage, ins: Instruction) {
  const path = words(ins, run, stage)[0]!;
  const config = cloneConfig(stage.image.config);
  config.WorkingDir = normalizePath(
    path.startsWith('/') ? path : `${config.WorkingDir || '/'}/${path}`,
  );
  if (cached(run, stage, `${NOP}WORKDIR ${config.WorkingDir}`)) return;
  const c = buildContainer(run, stage, false);
  if (!c.rootfs.exists(config.WorkingDir)) c.rootfs.mkdir(config.WorkingDir, { recursive: true });
  run.progress.write(` ---> Running in ${c.id.slice(0, 12)}\n`);
  run.progress.write(`Removing intermediate container ${c.id.slice(0, 12)}\n`);
  commit(run, stage, `${NOP}WORKDIR ${config.WorkingDir}`, config, c.upper);
}

async function runStep(run: BuildRun, stage: Stage, ins: Instruction) {
  // a bare `RUN` runs `/bin/sh -c` without a script, as on the real daemon
  const argv = ins.json ?? ['/bin/sh', '-c', ...(ins.rest === '' ? [] : [ins.rest])];
  const args = buildArgEnv(stage);
  const createdBy = (args.length > 0 ? [`|${args.length}`, ...args, ...argv] : argv).join(' ');
  if (cached(run, stage, createdBy)) return;
  const c = buildContainer(run, stage, true);
  run.progress.write(` ---> Running in ${c.id.slice(0, 12)}\n`);
  await runIn(run, stage, c, argv);
  run.progress.write(`Removing intermediate container ${c.id.slice(0, 12)}\n`);
  commit(run, stage, createdBy, cloneConfig(stage.image.config), c.upper);
}
