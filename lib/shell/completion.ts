/** Tab completion: command names for the first word, paths after it, plus plug-in providers. */
import type { FileSystem } from '../fs';
import { byteOrder } from './glob';

export interface Completion {
  /** Index in the line (UTF-16) where the completed word starts. */
  start: number;
  /** Full replacements for the word (directories end with "/"). */
  candidates: string[];
}

export interface CompletionRequest {
  /** Words before the one being completed. */
  words: string[];
  /** The partial word. */
  prefix: string;
}

/** Plug-ins (docker) offer names: return null to leave the word to the default completion. */
export type CompletionProvider = (request: CompletionRequest) => string[] | null;

export function complete(
  line: string,
  cursor: number,
  env: {
    fs: FileSystem;
    cwd: string;
    home?: string;
    commands: string[];
    providers: CompletionProvider[];
  },
): Completion {
  const before = line.slice(0, cursor);
  const start =
    Math.max(
      before.lastIndexOf(' '),
      before.lastIndexOf('|'),
      before.lastIndexOf(';'),
      before.lastIndexOf('&'),
    ) + 1;
  const prefix = before.slice(start);
  const head = before.slice(0, start);
  const segment = head.split(/\|\||&&|[|;&]/).at(-1) ?? '';
  const words = segment.trim() === '' ? [] : segment.trim().split(/\s+/);
  for (const provider of env.providers) {
    const names = provider({ words, prefix });
    if (names)
      return { start, candidates: names.filter((n) => n.startsWith(prefix)).sort(byteOrder) };
  }
  if (words.length === 0 && !prefix.includes('/')) {
    return {
      start,
      candidates: [...new Set(env.commands)].filter((c) => c.startsWith(prefix)).sort(byteOrder),
    };
  }
  return { start, candidates: completePath(prefix, env) };
}

function completePath(
  prefix: string,
  env: { fs: FileSystem; cwd: string; home?: string },
): string[] {
  const slash = prefix.lastIndexOf('/');
  const dirPart = slash >= 0 ? prefix.slice(0, slash + 1) : '';
  const namePart = prefix.slice(slash + 1);
  let dir = dirPart === '' ? env.cwd : dirPart;
  if (dir.startsWith('~') && env.home) dir = env.home + dir.slice(1);
  if (!dir.startsWith('/')) dir = `${env.cwd}/${dir}`;
  let names: string[];
  try {
    names = env.fs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(namePart) && (namePart.startsWith('.') || !n.startsWith('.')))
    .sort(byteOrder)
    .map((n) => {
      let isDir: boolean;
      try {
        isDir = env.fs.stat(`${dir}/${n}`).kind === 'dir';
      } catch {
        isDir = false;
      }
      return dirPart + n + (isDir ? '/' : '');
    });
}
