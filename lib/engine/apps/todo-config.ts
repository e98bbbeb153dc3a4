/**
 * The to-do app's configuration, read like ASP.NET Core does it: /app/appsettings.json, then
 * the optional /app/config/config.json and /app/config/secrets.json override it (the book
 * mounts those with a bind mount).
 */
import type { FileSystem } from '../../fs';

export type LogLevel =
  'Trace' | 'Debug' | 'Information' | 'Warning' | 'Error' | 'Critical' | 'None';

export interface TodoConfig {
  /** Path of the database file from ConnectionStrings:ToDoDb ("Filename=/data/todo-list.db"). */
  databasePath: string;
  logLevel: LogLevel;
  /** Files that were found and applied, in order. */
  sources: string[];
}

const FILES = ['/app/appsettings.json', '/app/config/config.json', '/app/config/secrets.json'];

type Json = { [k: string]: Json } | string | number | boolean | null | Json[];

function merge(a: Json, b: Json): Json {
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const out: { [k: string]: Json } = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k]!, v) : v;
    return out;
  }
  return b;
}

function get(obj: Json, ...keys: string[]): Json | undefined {
  let cur: Json | undefined = obj;
  for (const k of keys)
    cur = cur && typeof cur === 'object' && !Array.isArray(cur) ? cur[k] : undefined;
  return cur;
}

/** Reads the configuration; a file that is not valid JSON is an error, as in .NET. */
export function readTodoConfig(fs: FileSystem): TodoConfig | { error: string } {
  let config: Json = {};
  const sources: string[] = [];
  for (const file of FILES) {
    let text: string;
    try {
      text = fs.readTextFile(file);
    } catch {
      if (file === FILES[0])
        return {
          error: `The configuration file 'appsettings.json' was not found and is not optional.`,
        };
      continue;
    }
    try {
      config = merge(config, JSON.parse(text) as Json);
      sources.push(file);
    } catch {
      return { error: `Failed to load configuration from file '${file}'.` };
    }
  }
  const db = String(get(config, 'ConnectionStrings', 'ToDoDb') ?? 'Filename=/data/todo-list.db');
  const level = String(get(config, 'Logging', 'LogLevel', 'Default') ?? 'Information') as LogLevel;
  return { databasePath: db.replace(/^Filename=/i, '').trim(), logLevel: level, sources };
}
