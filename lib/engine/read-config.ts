/** Checked reading of the plain-data parts of saved images and containers (configs, history). */
import {
  arr,
  bool,
  emptyRecord,
  int,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  str,
  strArr,
  strRecord,
} from '../fs';
import type { ContainerConfig, HostConfig } from './container';
import type { HistoryEntry, ImageConfig } from './image';
import type { MountSpec } from './mount-spec.types';

export function readImageConfig(v: unknown, at: string): ImageConfig {
  const f = obj(v, at);
  return {
    Cmd: nullable(f.Cmd, `${at}.Cmd`, strArr),
    Entrypoint: nullable(f.Entrypoint, `${at}.Entrypoint`, strArr),
    WorkingDir: str(f.WorkingDir, `${at}.WorkingDir`),
    User: str(f.User, `${at}.User`),
    Env: strArr(f.Env, `${at}.Env`),
    Volumes: nullable(f.Volumes, `${at}.Volumes`, emptyRecord),
    ExposedPorts: nullable(f.ExposedPorts, `${at}.ExposedPorts`, emptyRecord),
    Labels: nullable(f.Labels, `${at}.Labels`, strRecord),
  };
}

export function readHistory(v: unknown, at: string): HistoryEntry[] {
  return arr(v, at).map((raw, i) => {
    const here = `${at}[${i}]`;
    const f = obj(raw, here);
    const entry: HistoryEntry = {
      created: num(f.created, `${here}.created`),
      createdBy: str(f.createdBy, `${here}.createdBy`),
      emptyLayer: bool(f.emptyLayer, `${here}.emptyLayer`),
    };
    const stepId = optional(f.stepId, `${here}.stepId`, str);
    if (stepId !== undefined) entry.stepId = stepId;
    const comment = optional(f.comment, `${here}.comment`, str);
    if (comment !== undefined) entry.comment = comment;
    const author = optional(f.author, `${here}.author`, str);
    if (author !== undefined) entry.author = author;
    return entry;
  });
}

export function readContainerConfig(v: unknown, at: string): ContainerConfig {
  const f = obj(v, at);
  const hostname = optional(f.hostname, `${at}.hostname`, str);
  const config: ContainerConfig = {
    entrypoint: nullable(f.entrypoint, `${at}.entrypoint`, strArr),
    cmd: strArr(f.cmd, `${at}.cmd`),
    env: strArr(f.env, `${at}.env`),
    workingDir: str(f.workingDir, `${at}.workingDir`),
    user: str(f.user, `${at}.user`),
    tty: bool(f.tty, `${at}.tty`),
    openStdin: bool(f.openStdin, `${at}.openStdin`),
  };
  if (hostname !== undefined) config.hostname = hostname;
  return config;
}

const PORT = 65535;

export function readHostConfig(v: unknown, at: string): HostConfig {
  const f = obj(v, at);
  return {
    binds: strArr(f.binds, `${at}.binds`),
    mounts: arr(f.mounts, `${at}.mounts`).map((m, i) => readMountSpec(m, `${at}.mounts[${i}]`)),
    volumesFrom: strArr(f.volumesFrom, `${at}.volumesFrom`),
    autoRemove: bool(f.autoRemove, `${at}.autoRemove`),
    readonlyRootfs: bool(f.readonlyRootfs, `${at}.readonlyRootfs`),
    portBindings: arr(f.portBindings, `${at}.portBindings`).map((p, i) => {
      const b = obj(p, `${at}.portBindings[${i}]`);
      return {
        hostPort: int(b.hostPort, `${at}.portBindings[${i}].hostPort`, 0, PORT),
        containerPort: int(b.containerPort, `${at}.portBindings[${i}].containerPort`, 0, PORT),
      };
    }),
  };
}

const PROPAGATION = ['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'] as const;

function readMountSpec(v: unknown, at: string): MountSpec {
  const f = obj(v, at);
  const intOrNull = (x: unknown, where: string) => nullable(x, where, (y, w) => int(y, w));
  return {
    type: oneOf(f.type, `${at}.type`, ['volume', 'bind', 'tmpfs'] as const),
    source: nullable(f.source, `${at}.source`, str),
    target: str(f.target, `${at}.target`),
    readOnly: bool(f.readOnly, `${at}.readOnly`),
    origin: oneOf(f.origin, `${at}.origin`, ['v', 'mount', 'tmpfs'] as const),
    mode: str(f.mode, `${at}.mode`),
    noCopy: bool(f.noCopy, `${at}.noCopy`),
    propagation: oneOf(f.propagation, `${at}.propagation`, PROPAGATION),
    createSource: bool(f.createSource, `${at}.createSource`),
    subpath: nullable(f.subpath, `${at}.subpath`, str),
    tmpfsSize: intOrNull(f.tmpfsSize, `${at}.tmpfsSize`),
    tmpfsMode: intOrNull(f.tmpfsMode, `${at}.tmpfsMode`),
  };
}
