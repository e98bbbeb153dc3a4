/**
 * npx tsx scripts/overlay/docker-diff-context.ts SCENARIO OUT_DIR
 *
 * Turns an overlay-oracle scenario into a Docker build context (FROM busybox, one RUN for a
 * layer's whiteouts/opaque dirs, one COPY for its files) plus ops.sh, the scenario's ops as
 * busybox shell commands. record-docker-diff.sh builds it, runs ops.sh in a container and
 * records `docker diff`, the reference for lib/fs/diff.ts.
 */
import {
  chmodSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseScenario, readFields, type ScenarioLayer } from '../../lib/fs/replay/scenario';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function layerContext(layer: ScenarioLayer, dir: string): { run: string[]; copy: boolean } {
  const run: string[] = [];
  let copy = false;
  for (const { kw, a1, rest } of layer.statements) {
    const at = join(dir, a1);
    if (kw === 'whiteout') run.push(`rm -rf ${quote(a1)}`);
    else if (kw === 'opaque') run.push(`rm -rf ${quote(a1)} && mkdir -p ${quote(a1)}`);
    else if (kw === 'mode') chmodSync(join(dir, rest), parseInt(a1, 8));
    else {
      copy = true;
      mkdirSync(kw === 'dir' ? at : dirname(at), { recursive: true });
      if (kw === 'file') writeFileSync(at, `${rest}\n`, { mode: 0o644 });
      if (kw === 'symlink') symlinkSync(rest, at);
    }
  }
  return { run, copy };
}

/**
 * Image files carry whole-second mtimes (layer tars), and Docker's diff treats a zero
 * nanosecond part as "same time". Backdating the context keeps a rewrite within the same
 * second of the build from hiding, as it would never happen with a real, older image.
 */
const IMAGE_TIME = new Date('2020-01-01T00:00:00Z');
function backdate(path: string): void {
  if (lstatSync(path).isDirectory()) {
    for (const name of readdirSync(path)) backdate(join(path, name));
  }
  lutimesSync(path, IMAGE_TIME, IMAGE_TIME);
}

const OPS: Record<string, (a1: string, rest: string, a2: string) => string> = {
  write: (p, rest) => `printf '%s\\n' ${quote(rest)} > ${quote(p)}`,
  append: (p, rest) => `printf '%s\\n' ${quote(rest)} >> ${quote(p)}`,
  rm: (p) => `rm ${quote(p)}`,
  rmrf: (p) => `rm -rf ${quote(p)}`,
  rmdir: (p) => `rmdir ${quote(p)}`,
  mkdir: (p) => `mkdir -p ${quote(p)}`,
  mv: (src, _rest, dst) => `mv ${quote(src)} ${quote(dst)}`,
  chmod: (mode, _rest, p) => `chmod ${mode} ${quote(p)}`,
  symlink: (p, target) => `ln -s ${quote(target)} ${quote(p)}`,
  hardlink: (p, existing) => `ln ${quote(existing)} ${quote(p)}`,
  touch: (p) => `touch ${quote(p)}`,
  cat: (p) => `cat ${quote(p)}`,
};

function opsScript(ops: string[]): string {
  const lines = ops.map((line) => {
    const [kw, a1, rest] = readFields(line, 3) as [string, string, string];
    const op = OPS[kw];
    if (!op) throw new Error(`op not translatable to busybox sh: ${line}`);
    return `${op(a1, rest, rest.split(' ')[0] as string)} || true`;
  });
  return ['umask 022', ...lines, ''].join('\n');
}

function main([scenarioFile, out]: string[]): void {
  if (!scenarioFile || !out) throw new Error('usage: docker-diff-context.ts SCENARIO OUT_DIR');
  const scenario = parseScenario(readFileSync(scenarioFile, 'utf8'));
  const docker = ['FROM busybox:latest'];
  scenario.layers.forEach((layer, i) => {
    const dir = join(out, `L${i}`);
    mkdirSync(dir, { recursive: true });
    const { run, copy } = layerContext(layer, dir);
    if (run.length > 0) docker.push(`RUN ${run.join(' && ')}`);
    if (copy) docker.push(`COPY L${i}/ /`);
    backdate(dir);
  });
  docker.push('CMD ["/bin/sh", "/ops.sh"]');
  writeFileSync(join(out, 'Dockerfile'), docker.join('\n') + '\n');
  writeFileSync(join(out, 'ops.sh'), opsScript(scenario.ops));
}

main(process.argv.slice(2));
