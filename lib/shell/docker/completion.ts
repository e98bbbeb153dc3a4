/** Tab completion for `docker`: subcommands, flags, and the names of containers, images, volumes. */
import type { Engine } from '../../engine';
import type { CompletionProvider } from '../completion';
import { subcommands } from './registry';
import type { Subcommand } from './types';

const GROUPS = ['container', 'image', 'volume', 'system'];
const CONTAINER_ARGS = new Set([
  'start',
  'stop',
  'restart',
  'kill',
  'rm',
  'remove',
  'exec',
  'logs',
  'diff',
  'inspect',
  'rename',
  'cp',
  'port',
  'top',
]);
const IMAGE_ARGS = new Set(['run', 'create', 'history', 'rmi']);

function resolve(words: string[]): { sub?: Subcommand; group?: string; rest: string[] } {
  const [, first, second] = words;
  if (first === undefined) return { rest: [] };
  if (GROUPS.includes(first)) {
    const sub = subcommands.find(
      (s) =>
        s.path === `${first} ${second}` ||
        (s.path.startsWith(`${first} `) && s.groupAliases?.includes(second ?? '')),
    );
    return { sub, group: first, rest: words.slice(3) };
  }
  return { sub: subcommands.find((s) => s.aliases?.includes(first)), rest: words.slice(2) };
}

function flagNames(sub: Subcommand): string[] {
  return sub.flags.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
}

export function dockerCompletion(engine: Engine): CompletionProvider {
  return ({ words, prefix }) => {
    if (words[0] !== 'docker') return null;
    if (words.length === 1) {
      const top = [...GROUPS, ...subcommands.flatMap((s) => s.aliases ?? [])];
      return [...new Set(top)];
    }
    const { sub, group, rest } = resolve(words);
    if (group && words.length === 2) {
      return subcommands
        .filter((s) => s.path.startsWith(`${group} `))
        .map((s) => s.path.slice(group.length + 1));
    }
    if (!sub) return [];
    if (prefix.startsWith('-')) return flagNames(sub);
    const name = sub.path.split(' ')[1]!;
    const positional = rest.filter((w) => !w.startsWith('-'));
    if (sub.path.startsWith('volume ')) {
      return ['create', 'ls', 'prune'].includes(name)
        ? null
        : engine.volumes.all().map((v) => v.name);
    }
    if (CONTAINER_ARGS.has(name) && !(name === 'exec' && positional.length >= 1)) {
      return [...engine.containers.values()].map((c) => c.name);
    }
    if (IMAGE_ARGS.has(name) && positional.length === 0) {
      return engine.images.all().flatMap((i) => i.repoTags.map((t) => t.replace(/:latest$/, '')));
    }
    return null;
  };
}
