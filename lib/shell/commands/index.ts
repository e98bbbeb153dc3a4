/** Every standard command of the simulated shells, one file each (builtins live in ../builtins). */
import type { Command } from '../types';
import { bash } from './bash';
import { cat } from './cat';
import { curl } from './curl';
import { dd } from './dd';
import { fileCommands } from './fs-family';
import { gunzip, gzip, zcat } from './gzip';
import { hostname } from './hostname';
import { mount } from './mount';
import { ps } from './ps';
import { seq } from './seq';
import { sh } from './sh';
import { sudo } from './sudo';
import { tar } from './tar';
import { textCommands } from './text-family';
import { uname } from './uname';
import { which } from './which';
import { yes } from './yes';

export const standardCommands: readonly Command[] = [
  bash,
  cat,
  curl,
  dd,
  gzip,
  gunzip,
  zcat,
  hostname,
  mount,
  ps,
  seq,
  sh,
  sudo,
  tar,
  yes,
  uname,
  which,
  ...fileCommands,
  ...textCommands,
];
