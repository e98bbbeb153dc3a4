/** Error wording shared by commands (quoting is in quote.ts). */
import { isFsError, strerror } from '../fs';

/** The strerror text of an fs error; anything that is not an FsError is a bug and rethrown. */
export function errorText(e: unknown): string {
  if (isFsError(e)) return strerror(e.code);
  throw e;
}
