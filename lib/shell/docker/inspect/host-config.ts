/**
 * HostConfig of `docker container inspect`, keys in the 20.10 daemon's order. Resource limits
 * and security options are the defaults a plain `docker run` gets. Two values follow a normal
 * install rather than the oracle daemon: CgroupnsMode "private" (cgroup v2; the oracle host is
 * cgroup v1 → "host") and Ulimits null (the oracle sets a default nofile ulimit).
 */
import type { Container, MountSpec } from '../../../engine';
import {
  GoMap,
  GoSlice,
  GoStruct,
  goMap,
  ptr,
  strings,
  struct,
  type GoValue,
} from '../template/values';

const EMPTY_LIST = () => new GoSlice([]);

const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** nat.PortMap: `{"80/tcp": [{"HostIp": "", "HostPort": "8010"}]}`. */
export function portMap(
  bindings: readonly { hostPort: number; containerPort: number }[],
  hostIps: string[],
): GoMap {
  const map = new Map<string, GoValue>();
  for (const b of bindings) {
    const key = `${b.containerPort}/tcp`;
    const list =
      map.get(key) instanceof GoSlice ? [...((map.get(key) as GoSlice).items ?? [])] : [];
    for (const ip of hostIps) list.push(portBinding(ip, String(b.hostPort)));
    map.set(key, new GoSlice(list));
  }
  return new GoMap(map, new GoSlice(null));
}

function portBinding(hostIp: string, hostPort: string): GoStruct {
  return new GoStruct('nat.PortBinding', [
    { name: 'HostIP', json: 'HostIp', value: hostIp },
    { name: 'HostPort', value: hostPort },
  ]);
}

/** mount.Mount as the CLI sends it for `--mount` (omitempty everywhere but Type and Target). */
function mountValue(spec: MountSpec): GoStruct {
  const bind =
    spec.type === 'bind' && spec.propagation !== 'rprivate'
      ? ptr(
          '*mount.BindOptions',
          struct('mount.BindOptions', { Propagation: [spec.propagation, 'omitempty'] }),
        )
      : ptr('*mount.BindOptions', null);
  const volume =
    spec.type === 'volume' && (spec.noCopy || spec.subpath)
      ? ptr(
          '*mount.VolumeOptions',
          struct('mount.VolumeOptions', {
            NoCopy: [spec.noCopy, 'omitempty'],
            Subpath: [spec.subpath ?? '', 'omitempty'],
          }),
        )
      : ptr('*mount.VolumeOptions', null);
  const tmpfs =
    spec.type === 'tmpfs' && (spec.tmpfsSize !== null || spec.tmpfsMode !== null)
      ? ptr(
          '*mount.TmpfsOptions',
          struct('mount.TmpfsOptions', {
            SizeBytes: [spec.tmpfsSize ?? 0, 'omitempty'],
            Mode: [spec.tmpfsMode ?? 0, 'omitempty'],
          }),
        )
      : ptr('*mount.TmpfsOptions', null);
  return struct('mount.Mount', {
    Type: spec.type,
    Source: [spec.source ?? '', 'omitempty'],
    Target: spec.target,
    ReadOnly: [spec.readOnly, 'omitempty'],
    Consistency: ['', 'omitempty'],
    BindOptions: [bind, 'omitempty'],
    VolumeOptions: [volume, 'omitempty'],
    TmpfsOptions: [tmpfs, 'omitempty'],
  });
}

export function hostConfig(c: Container): GoStruct {
  const h = c.hostConfig;
  const mounts = h.mounts.filter((m) => m.origin === 'mount');
  const tmpfs = h.mounts.filter((m) => m.origin === 'tmpfs');
  const fields: Record<string, GoValue | [GoValue, 'omitempty']> = {
    Binds: strings(h.binds.length > 0 ? h.binds : null),
    ContainerIDFile: '',
    LogConfig: struct('container.LogConfig', { Type: 'json-file', Config: goMap({}, '') }),
    NetworkMode: 'default',
    PortBindings: portMap(h.portBindings, ['']),
    RestartPolicy: struct('container.RestartPolicy', { Name: 'no', MaximumRetryCount: 0 }),
    AutoRemove: h.autoRemove,
    VolumeDriver: '',
    VolumesFrom: strings(h.volumesFrom.length > 0 ? h.volumesFrom : null),
    CapAdd: strings(null),
    CapDrop: strings(null),
    CgroupnsMode: 'private',
    Dns: EMPTY_LIST(),
    DnsOptions: EMPTY_LIST(),
    DnsSearch: EMPTY_LIST(),
    ExtraHosts: strings(null),
    GroupAdd: strings(null),
    IpcMode: 'private',
    Cgroup: '',
    Links: strings(null),
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: false,
    ReadonlyRootfs: h.readonlyRootfs,
    SecurityOpt: strings(null),
    Tmpfs: [
      tmpfs.length > 0
        ? goMap(Object.fromEntries(tmpfs.map((t) => [t.target, t.mode])))
        : goMap(null, ''),
      'omitempty',
    ],
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    ConsoleSize: new GoSlice([0, 0]),
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: EMPTY_LIST(),
    BlkioDeviceReadBps: EMPTY_LIST(),
    BlkioDeviceWriteBps: EMPTY_LIST(),
    BlkioDeviceReadIOps: EMPTY_LIST(),
    BlkioDeviceWriteIOps: EMPTY_LIST(),
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: EMPTY_LIST(),
    DeviceCgroupRules: strings(null),
    DeviceRequests: new GoSlice(null),
    KernelMemory: 0,
    KernelMemoryTCP: 0,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: ptr('*int64', null),
    OomKillDisable: false,
    PidsLimit: ptr('*int64', null),
    Ulimits: new GoSlice(null),
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    Mounts: [new GoSlice(mounts.length > 0 ? mounts.map(mountValue) : null), 'omitempty'],
    MaskedPaths: strings(MASKED_PATHS),
    ReadonlyPaths: strings(READONLY_PATHS),
  };
  return struct('container.HostConfig', fields);
}
