/**
 * The value `docker info` prints and `--format` sees (the CLI's system.dockerInfo: the daemon's
 * types.Info embedded, plus ClientInfo). Counts, the storage driver, the root dir and the host's
 * name come from the simulated machine; the rest describes the simulated host
 * (../../../engine/host-facts, docs/semantics.md#simulated-host-facts). Only part of types.Info
 * is modelled: `{{json .}}` prints these fields, in the daemon's order.
 */
import {
  CPUS,
  DOCKER_CLIENT,
  DOCKER_ROOT,
  DOCKER_SERVER,
  KERNEL,
  MEM_TOTAL_BYTES,
  OPERATING_SYSTEM,
  type Engine,
} from '../../../engine';
import { GoSlice, GoStruct, goMap, strings, struct, type GoValue } from '../template';

export const DRIVER_STATUS: [string, string][] = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
];
export const PLUGINS = {
  Volume: ['local'],
  Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
  Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'logentries'],
};
PLUGINS.Log.push('splunk', 'syslog');
export const RUNTIMES = ['io.containerd.runc.v2', 'io.containerd.runtime.v1.linux', 'runc'];

export interface InfoCounts {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
}

export function infoCounts(engine: Engine): InfoCounts {
  const all = [...engine.containers.values()];
  const running = all.filter((c) => c.state.status === 'running').length;
  return {
    containers: all.length,
    running,
    paused: 0,
    stopped: all.length - running,
    images: new Set(engine.images.all().map((i) => i.id)).size,
  };
}

/** The host's name as the daemon reports it (its kernel's node name, /etc/hostname). */
export function hostName(engine: Engine): string {
  try {
    return engine.host.readTextFile('/etc/hostname').trim() || 'localhost';
  } catch {
    return 'localhost';
  }
}

/** [][2]string: printed and encoded as a slice of slices. */
const pairs = (list: [string, string][]) => new GoSlice(list.map((p) => strings(p)));

export function infoValue(engine: Engine): GoValue {
  const n = infoCounts(engine);
  const s = DOCKER_SERVER;
  const runtimes = goMap(
    Object.fromEntries(RUNTIMES.map((r) => [r, struct('system.Runtime', { path: 'runc' })])),
  );
  const info = struct('types.Info', {
    ID: s.id,
    Containers: n.containers,
    ContainersRunning: n.running,
    ContainersPaused: n.paused,
    ContainersStopped: n.stopped,
    Images: n.images,
    Driver: 'overlay2',
    DriverStatus: pairs(DRIVER_STATUS),
    Plugins: struct('types.PluginsInfo', {
      Volume: strings(PLUGINS.Volume),
      Network: strings(PLUGINS.Network),
      Authorization: strings(null),
      Log: strings(PLUGINS.Log),
    }),
    LoggingDriver: 'json-file',
    CgroupDriver: 'cgroupfs',
    CgroupVersion: '1',
    KernelVersion: KERNEL.release,
    OperatingSystem: OPERATING_SYSTEM,
    OSVersion: '12',
    OSType: 'linux',
    Architecture: KERNEL.machine,
    IndexServerAddress: 'https://index.docker.io/v1/',
    NCPU: CPUS,
    MemTotal: MEM_TOTAL_BYTES,
    DockerRootDir: DOCKER_ROOT,
    Name: hostName(engine),
    Labels: strings([]),
    ExperimentalBuild: false,
    ServerVersion: s.version,
    Runtimes: runtimes,
    DefaultRuntime: 'runc',
    LiveRestoreEnabled: false,
    InitBinary: 'docker-init',
    SecurityOptions: strings(['name=seccomp,profile=default']),
    Warnings: strings(null),
  });
  const client = struct('system.clientInfo', {
    Debug: false,
    Version: DOCKER_CLIENT.version,
    Context: 'default',
  });
  return new GoStruct('system.dockerInfo', [
    { name: 'Info', value: info, embedded: true },
    { name: 'ClientInfo', value: client },
  ]);
}
