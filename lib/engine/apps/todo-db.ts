/**
 * The to-do list's database file. The real app uses SQLite; the simulation keeps the same file
 * at the same path, in a readable text format: a header line, then one `TODO\t<item>` per line.
 */
import type { FileSystem } from '../../fs';

export const DB_HEADER = 'SQLite format 3 (simulated)\n';

export function readItems(fs: FileSystem, path: string): string[] {
  return fs
    .readTextFile(path)
    .split('\n')
    .filter((l) => l.startsWith('TODO\t'))
    .map((l) => l.slice(5));
}

/** EnsureCreated(): an empty database when the file does not exist yet. Throws FsError. */
export function ensureCreated(fs: FileSystem, path: string): boolean {
  if (fs.exists(path)) return false;
  fs.writeFile(path, DB_HEADER);
  return true;
}

export function addItem(fs: FileSystem, path: string, item: string): void {
  fs.appendFile(path, `TODO\t${item.replace(/[\t\n]/g, ' ')}\n`);
}
