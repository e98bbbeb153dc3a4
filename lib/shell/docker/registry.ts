/** Every docker subcommand the simulation offers, one file each under commands/. */
import { attach } from './commands/attach';
import { imageBuild } from './commands/build';
import { commit } from './commands/commit';
import { containerPrune } from './commands/container-prune';
import { cp } from './commands/cp';
import { create } from './commands/create';
import { diff } from './commands/diff';
import { exec } from './commands/exec';
import { history } from './commands/history';
import { imagePrune } from './commands/image-prune';
import { images } from './commands/images';
import { info } from './commands/info';
import { containerInspect, imageInspect, inspect, volumeInspect } from './commands/inspect';
import { logs } from './commands/logs';
import { ps } from './commands/ps';
import { pull } from './commands/pull';
import { login, logout } from './commands/login';
import { push, search } from './commands/push';
import { rename } from './commands/rename';
import { rm } from './commands/rm';
import { rmi } from './commands/rmi';
import { tag } from './commands/tag';
import { run } from './commands/run';
import { start } from './commands/start';
import { kill, restart, stop } from './commands/stop';
import { systemDf } from './commands/system-df';
import { systemPrune } from './commands/system-prune';
import { volumeCreate, volumeLs, volumePrune, volumeRm } from './commands/volume';
import { version } from './commands/version';
import type { Subcommand } from './types';

export const subcommands: readonly Subcommand[] = [
  run,
  create,
  start,
  stop,
  restart,
  kill,
  rm,
  ps,
  exec,
  attach,
  cp,
  commit,
  diff,
  logs,
  rename,
  containerPrune,
  volumeCreate,
  volumeLs,
  volumeRm,
  volumePrune,
  images,
  history,
  rmi,
  imagePrune,
  tag,
  pull,
  push,
  search,
  login,
  logout,
  systemDf,
  systemPrune,
  inspect,
  containerInspect,
  imageInspect,
  volumeInspect,
  imageBuild,
  info,
  version,
];
