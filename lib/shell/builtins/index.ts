/** Shell builtins: commands that change the shell itself (cwd, variables, history, exit). */
import type { Command } from '../types';
import { cd } from './cd';
import { clear } from './clear';
import { exit } from './exit';
import { exportBuiltin } from './export';
import { help } from './help';
import { history } from './history';
import { unset } from './unset';

export const builtins: readonly Command[] = [cd, exportBuiltin, unset, exit, history, clear, help];
