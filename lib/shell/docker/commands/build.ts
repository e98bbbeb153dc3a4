/**
 * docker build / image build with the classic builder's output, as CLI 28 prints it against a
 * 20.10 daemon with DOCKER_BUILDKIT=0: the legacy-builder notice (stderr), `Sending build context
 * to Docker daemon  2.048kB`, the daemon's step stream, and on failure the error alone. `-q`
 * holds the stream back: the image ID on success, everything (to stderr) on failure.
 */
import { DaemonError, build, BuildContext, BuildError } from '../../../engine';
import { humanSizeWithPrecision } from '../format';
import { arr, bool, str } from '../flags';
import type { DockerContext, Subcommand } from '../types';

const NOTICE_DISABLED = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.

`;
const NOTICE_NO_BUILDX = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/

`;

function prepareError(d: DockerContext, message: string): number {
  d.err.write(`unable to prepare context: ${message}\n`);
  return 1;
}

function kindOf(d: DockerContext, path: string): 'file' | 'dir' | 'symlink' | null {
  try {
    const kind = d.sh.fs.stat(path).kind;
    return kind === 'chardev' ? 'file' : kind;
  } catch {
    return null;
  }
}

export const imageBuild: Subcommand = {
  path: 'image build',
  aliases: ['build'],
  summary: 'Build an image from a Dockerfile',
  usage: '[OPTIONS] PATH | URL | -',
  flags: [
    { name: 'tag', short: 't', type: 'array' },
    { name: 'file', short: 'f', type: 'string' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'build-arg', type: 'array' },
    { name: 'no-cache', type: 'bool' },
    { name: 'rm', type: 'bool' },
    { name: 'force-rm', type: 'bool' },
    { name: 'pull', type: 'bool' },
    { name: 'network', type: 'string' },
  ],
  // the argument count is checked here, after the notice, with this command's wording
  async run(d, flags, args) {
    const buildkit = d.sh.env.get('DOCKER_BUILDKIT');
    d.err.write(buildkit === '0' || buildkit === 'false' ? NOTICE_DISABLED : NOTICE_NO_BUILDX);
    if (args.length !== 1) {
      d.err.write(
        `docker: '${d.invoked}' requires 1 argument\n\nUsage:  ${d.invoked} ${imageBuild.usage}\n\nRun '${d.invoked} --help' for more information\n`,
      );
      return 1;
    }
    const path = args[0]!;
    const dir = d.sh.resolve(path);
    const kind = kindOf(d, dir);
    if (kind === null) return prepareError(d, `path "${path}" not found`);
    if (kind !== 'dir') return prepareError(d, `context must be a directory: ${dir}`);
    const file = str(flags, 'file');
    const dockerfilePath =
      file === undefined ? `${dir === '/' ? '' : dir}/Dockerfile` : d.sh.resolve(file);
    let text: string;
    try {
      d.sh.fs.lstat(dockerfilePath);
      text = d.sh.fs.readTextFile(dockerfilePath);
    } catch {
      return prepareError(
        d,
        `unable to evaluate symlinks in Dockerfile path: lstat ${dockerfilePath}: no such file or directory`,
      );
    }
    let ignore: string | null = null;
    try {
      ignore = d.sh.fs.readTextFile(`${dir === '/' ? '' : dir}/.dockerignore`);
    } catch {
      // no .dockerignore
    }
    const inside = dockerfilePath.startsWith(`${dir}/`) || dir === '/';
    const extra = inside ? 0 : 512 + Math.ceil(text.length / 512) * 512;
    const size = new BuildContext(d.sh.fs, dir, ignore).tarSize() + extra;
    const quiet = bool(flags, 'quiet');
    let held = '';
    const progress = quiet ? { write: (t: string) => void (held += t) } : d.out;
    progress.write(
      `Sending build context to Docker daemon ${humanSizeWithPrecision(size, 4).padStart(8)}\r\r\n`,
    );
    const buildArgs = new Map<string, string>();
    for (const kv of arr(flags, 'build-arg')) {
      const eq = kv.indexOf('=');
      if (eq >= 0) buildArgs.set(kv.slice(0, eq), kv.slice(eq + 1));
      else if (d.sh.env.has(kv)) buildArgs.set(kv, d.sh.env.get(kv)!);
    }
    try {
      const image = await build(d.engine, {
        contextFs: d.sh.fs,
        contextDir: dir,
        dockerfile: text,
        dockerfileName: file === undefined ? 'Dockerfile' : (file.split('/').pop() ?? file),
        tags: arr(flags, 'tag'),
        buildArgs,
        progress,
        noCache: bool(flags, 'no-cache'),
      });
      if (quiet) d.out.write(`${image.id}\n`);
      return 0;
    } catch (e) {
      if (quiet) d.err.write(held);
      if (e instanceof BuildError) {
        d.err.write(`${e.message}\n`);
        return e.exitCode;
      }
      if (e instanceof DaemonError) {
        d.err.write(`Error response from daemon: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
  },
};
