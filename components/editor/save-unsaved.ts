/**
 * Enter in the terminal saves every modified tab first: which files that writes and what the
 * panel then says. Pure (the write is passed in), tested in save-unsaved.test.ts.
 */
import { isModified, type Buffers } from './buffers';
import { displayPath } from './host-files';

export type Notice = { error: boolean; text: string } | null;

/**
 * Writes each modified buffer among `files` with `write` (an error text, or null once written)
 * and returns the notice to show: the errors, else the files written; null when nothing was
 * modified (the panel keeps its notice).
 */
export function saveUnsaved(
  files: readonly string[],
  buffers: Buffers,
  write: (path: string, text: string) => string | null,
): Notice {
  const written: string[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const b = buffers[file];
    if (!b || !isModified(b)) continue;
    const error = write(file, b.text);
    if (error) errors.push(error);
    else written.push(displayPath(file));
  }
  if (errors.length > 0) return { error: true, text: errors.join(' ') };
  if (written.length > 0)
    return { error: false, text: `명령을 실행하기 전에 저장했습니다: ${written.join(', ')}` };
  return null;
}
