/**
 * `docker commit --change`: Dockerfile instructions applied to the new image's config, only
 * those the daemon allows there (moby's validCommitCommands); others are
 * `<cmd> is not a valid change command`.
 */
import { parseDockerfile, splitWords } from './build/parser';
import { keyValues, processWord } from './build/expand';
import { DaemonError } from './errors';
import type { ImageConfig } from './image';
import { normalizePath } from '../fs';

const ALLOWED = [
  'cmd',
  'entrypoint',
  'env',
  'expose',
  'label',
  'onbuild',
  'stopsignal',
  'user',
  'volume',
  'workdir',
];

function envVars(config: ImageConfig): Map<string, string> {
  return new Map(
    config.Env.map((kv) => [kv.split('=')[0]!, kv.slice(kv.indexOf('=') + 1)] as const),
  );
}

/** Applies each change in order to `config` (changed in place). */
export function applyChanges(config: ImageConfig, changes: readonly string[]): void {
  for (const change of changes) {
    for (const ins of parseDockerfile(change)) {
      if (!ALLOWED.includes(ins.cmd))
        throw new DaemonError(`${ins.cmd} is not a valid change command`);
      const vars = envVars(config);
      const words = () => (ins.json ?? splitWords(ins.rest)).map((w) => processWord(w, vars));
      switch (ins.cmd) {
        case 'cmd':
        case 'entrypoint': {
          const argv = ins.json ?? ['/bin/sh', '-c', ins.rest];
          if (ins.cmd === 'cmd') config.Cmd = argv;
          else config.Entrypoint = argv;
          break;
        }
        case 'env':
          for (const { key, value } of keyValues(splitWords(ins.rest), ins.rest, vars)) {
            const at = config.Env.findIndex((kv) => kv.split('=')[0] === key);
            if (at >= 0) config.Env[at] = `${key}=${value}`;
            else config.Env.push(`${key}=${value}`);
          }
          break;
        case 'label':
          for (const { key, value } of keyValues(splitWords(ins.rest), ins.rest, vars))
            config.Labels = { ...config.Labels, [key]: value };
          break;
        case 'expose':
          for (const p of words())
            config.ExposedPorts = {
              ...config.ExposedPorts,
              [p.includes('/') ? p : `${p}/tcp`]: {},
            };
          break;
        case 'user':
          config.User = words()[0] ?? '';
          break;
        case 'volume':
          for (const p of words().filter((w) => w !== ''))
            config.Volumes = { ...config.Volumes, [p]: {} };
          break;
        case 'workdir': {
          const path = words()[0] ?? '';
          config.WorkingDir = normalizePath(
            path.startsWith('/') ? path : `${config.WorkingDir || '/'}/${path}`,
          );
          break;
        }
        default: // ONBUILD, STOPSIGNAL: accepted, not modelled
      }
    }
  }
}
