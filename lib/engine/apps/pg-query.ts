/**
 * One query string as the server runs it (simple query protocol): the whole string is parsed
 * first, so a syntax error or a statement beyond the subset runs nothing; then each statement
 * runs in turn, and an error rolls back what the earlier ones changed (one implicit
 * transaction), after their results have gone out.
 */
import { joinPath, type FileSystem } from '../../fs';
import { execute, type Result } from './pg-exec';
import { NotSimulated, PgError, statements } from './pg-lexer';
import { parse, type Statement } from './pg-parse';
import { Catalog } from './pg-storage';

export type Outcome =
  | { result: Result }
  | { error: { message: string; pos?: number; detail?: string } }
  | { note: string };

export function runQuery(fs: FileSystem, dbDir: string, sql: string, version: string): Outcome[] {
  const parsed: Statement[] = [];
  try {
    for (const s of statements(sql)) parsed.push(parse(s.text, s.offset));
  } catch (e) {
    return [failure(e)];
  }
  const saved = snapshot(fs, dbDir);
  const cat = new Catalog(fs, dbDir);
  const out: Outcome[] = [];
  for (const s of parsed) {
    try {
      out.push({ result: execute(cat, s, version) });
    } catch (e) {
      restore(fs, dbDir, saved);
      out.push(failure(e));
      break;
    }
  }
  return out;
}

function failure(e: unknown): Outcome {
  if (e instanceof PgError) return { error: { message: e.message, pos: e.pos, detail: e.detail } };
  if (e instanceof NotSimulated) return { note: e.message };
  throw e;
}

function snapshot(fs: FileSystem, dir: string): Map<string, Uint8Array> {
  return new Map(fs.readdir(dir).map((n) => [n, fs.readFile(joinPath(dir, n))]));
}

function restore(fs: FileSystem, dir: string, saved: Map<string, Uint8Array>): void {
  for (const n of fs.readdir(dir)) if (!saved.has(n)) fs.unlink(joinPath(dir, n));
  for (const [n, bytes] of saved) fs.writeFile(joinPath(dir, n), bytes, { mode: 0o600 });
}
