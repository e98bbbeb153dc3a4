/** What the images' programs read from their process: environment variables, files that exist. */
import type { FileSystem } from '../../fs';
import type { ProcessSpec } from '../process';

/** $NAME in the process's environment, or undefined. */
export function envValue(spec: Pick<ProcessSpec, 'env'>, name: string): string | undefined {
  const prefix = `${name}=`;
  const hit = spec.env.findLast((kv) => kv.startsWith(prefix));
  return hit?.slice(prefix.length);
}

export function isFile(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).kind === 'file';
  } catch {
    return false;
  }
}

export function isDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

/** `exec "$@"` from an entrypoint script: the next program, or sh's error when it is missing. */
export async function execArgs(
  spec: ProcessSpec,
  script: string,
  line: number,
  argv: readonly string[],
): Promise<number> {
  if (argv.length === 0) return 0;
  if (!spec.exec) {
    spec.stderr.write(`${script}: ${line}: exec: ${argv[0]}: not found\n`);
    return 127;
  }
  return spec.exec(argv);
}
