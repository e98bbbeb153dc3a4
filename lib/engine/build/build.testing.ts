/** A small engine for builder tests: the preloaded images, a host with /ctx, scripted RUN commands. */
import { inodeCounter, MemFs } from '../../fs';
import { Engine } from '../engine';
import { preloadImages, PRELOAD_TIME } from '../images';
import type { ProcessRunner, ProcessSpec } from '../process';
import { VirtualScheduler } from '../../runtime';
import { build } from './builder';

/** RUN commands of these tests, scripted (the real runner is the shell's BusyBox sh). */
const SCRIPTS: Record<string, (spec: ProcessSpec, env: Map<string, string>) => number> = {
  'echo "$GREETING $NAME" > greet.txt && rm hello.txt': (spec, env) => {
    spec.fs.writeFile(`${spec.cwd}/greet.txt`, `${env.get('GREETING')} ${env.get('NAME')}\n`);
    spec.fs.rm(`${spec.cwd}/hello.txt`);
    return 0;
  },
  'echo x > data/x.txt && ls data': (spec) => {
    spec.fs.writeFile(`${spec.cwd}/data/x.txt`, 'x\n');
    spec.stdout.write(`${spec.fs.readdir(`${spec.cwd}/data`).join('\n')}\n`);
    return 0;
  },
  'echo built > /out.txt && echo warning >&2': (spec) => {
    spec.fs.writeFile('/out.txt', 'built\n');
    spec.stderr.write('warning\n');
    return 0;
  },
  'echo before; false': (spec) => {
    spec.stdout.write('before\n');
    return 1;
  },
  'exit 3': () => 3,
  id: () => 0,
};

const runner: ProcessRunner = {
  check: (spec) => (spec.argv[0] === 'nosuchcmd' ? { notFound: 'nosuchcmd' } : null),
  async run(spec) {
    const env = new Map(spec.env.map((kv) => [kv.split('=')[0]!, kv.slice(kv.indexOf('=') + 1)]));
    return SCRIPTS[spec.argv[2]!]!(spec, env);
  },
};

export function setup(files: Record<string, string>) {
  const scheduler = new VirtualScheduler(PRELOAD_TIME + 60_000);
  const host = new MemFs({ clock: () => scheduler.now() });
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const engine = new Engine({ scheduler, random, host, runner });
  preloadImages(engine.images, inodeCounter(1 << 20), engine.registry, 'oracle');
  host.mkdir('/ctx');
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) host.mkdir(`/ctx/${path}`, { mode: 0o755 });
    else host.writeFile(`/ctx/${path}`, data, { mode: 0o644 });
  }
  let output = '';
  const run = async (
    dockerfile: string,
    extra: { tags?: string[]; args?: [string, string][]; noCache?: boolean } = {},
  ) => {
    const settled = await scheduler.settle(
      build(engine, {
        contextFs: host,
        contextDir: '/ctx',
        dockerfile,
        dockerfileName: 'Dockerfile',
        tags: extra.tags ?? [],
        buildArgs: new Map(extra.args ?? []),
        progress: { write: (t) => void (output += t) },
        noCache: extra.noCache,
      }).catch((e: unknown) => e),
    );
    if (settled.hung) throw new Error('build hung');
    return settled.value;
  };
  const reset = () => void (output = '');
  return { engine, run, reset, output: () => output.replace(/\b[0-9a-f]{12}\b/g, '<id>') };
}
