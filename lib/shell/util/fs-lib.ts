/** The one door from the file commands to lib/fs: what they use of it, in one place. */
export {
  FsError,
  MemFs,
  MoveError,
  dirname,
  fixedClock,
  isFsError,
  joinPath,
  move,
  normalizePath,
  strerror,
} from '../../fs';
export type { ErrnoCode, FileSystem, Stat } from '../../fs';
export { encodeUtf8 } from '../../fs';
