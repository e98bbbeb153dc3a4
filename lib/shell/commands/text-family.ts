/**
 * The text and system commands (one file each): echo, printf, head, tail, wc, grep, sort,
 * uniq, cut, tr, sed, xargs, env, id, whoami, sleep, true, false, pwd — both flavors.
 */
import type { Command } from '../types';
import { cut } from './cut';
import { echo } from './echo';
import { env } from './env';
import { falseCommand } from './false';
import { grep } from './grep';
import { head } from './head';
import { id } from './id';
import { printf } from './printf';
import { pwd } from './pwd';
import { sed } from './sed';
import { sleep } from './sleep';
import { sort } from './sort';
import { tail } from './tail';
import { tr } from './tr';
import { trueCommand } from './true';
import { uniq } from './uniq';
import { wc } from './wc';
import { whoami } from './whoami';
import { xargs } from './xargs';

export const textCommands: Command[] = [
  echo,
  printf,
  head,
  tail,
  wc,
  grep,
  sort,
  uniq,
  cut,
  tr,
  sed,
  xargs,
  env,
  id,
  whoami,
  sleep,
  trueCommand,
  falseCommand,
  pwd,
];
