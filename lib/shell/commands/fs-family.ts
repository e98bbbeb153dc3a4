/** The file commands (one file each): ls, touch, mkdir, rm, rmdir, cp, mv, ln, chmod, chown,
 * stat, find, tree (host only), du, df, readlink, realpath, basename, dirname. */
import type { Command } from '../types';
import { basename } from './basename';
import { chmod } from './chmod';
import { chown } from './chown';
import { cp } from './cp';
import { df } from './df';
import { dirname } from './dirname';
import { du } from './du';
import { find } from './find';
import { ln } from './ln';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { readlink } from './readlink';
import { realpath } from './realpath';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { stat } from './stat';
import { touch } from './touch';
import { tree } from './tree';

export const fileCommands: Command[] = [
  ls,
  touch,
  mkdir,
  rm,
  rmdir,
  cp,
  mv,
  ln,
  chmod,
  chown,
  stat,
  find,
  tree,
  du,
  df,
  readlink,
  realpath,
  basename,
  dirname,
];
