/** Every standard command of the simulated shells, one file each (builtins live in ../builtins). */
import type { Command } from '../types';
import { cat } from './cat';
import { curl } from './curl';
import { fileCommands } from './fs-family';
import { sh } from './sh';
import { sudo } from './sudo';
import { textCommands } from './text-family';

export const standardCommands: readonly Command[] = [
  cat,
  curl,
  sh,
  sudo,
  ...fileCommands,
  ...textCommands,
];
