/**
 * Go values shaped like the real objects the oracle daemon returned for container `tplx1`
 * (`docker run -d --name tplx1 -p 8010:80 -v tplvol:/data -v /tmp/tplwork/cfg:/app/config:ro
 * diamol/ch06-todo-list`), so template tests compare against what the real CLI printed.
 */
import { GoSlice, goMap, goSet, ptr, strings, struct, type GoStruct } from './values';

const CMD = ['/bin/sh', '-c', "trap 'exit 0' TERM; while true; do sleep 1; done"];
const ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'SQLITE_DATA_DIRECTORY=/data',
];

export const VOLUME_MOUNT = struct('container.MountPoint', {
  Type: 'volume',
  Name: ['tplvol', 'omitempty'],
  Source: '/tmp/docker-oracle/data/volumes/tplvol/_data',
  Destination: '/data',
  Driver: ['local', 'omitempty'],
  Mode: 'z',
  RW: true,
  Propagation: '',
});

export const BIND_MOUNT = struct('container.MountPoint', {
  Type: 'bind',
  Name: ['', 'omitempty'],
  Source: '/tmp/tplwork/cfg',
  Destination: '/app/config',
  Driver: ['', 'omitempty'],
  Mode: 'ro',
  RW: false,
  Propagation: 'rprivate',
});

export function tplx1(): GoStruct {
  return struct('container.InspectResponse', {
    Id: 'a040d3ac6c3d83f9f1fcf108eacf8b189c10a220bea9f999702f67df3cb506a8',
    Created: '2026-11-28T01:40:15.563716378Z',
    Path: '/bin/sh',
    Args: strings(CMD.slice(1)),
    State: ptr(
      '*container.State',
      struct('container.State', {
        Status: 'running',
        Running: true,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 14864,
        ExitCode: 0,
        Error: '',
        StartedAt: '2026-11-28T01:40:15.651136452Z',
        FinishedAt: '0001-01-01T00:00:00Z',
        Health: [ptr('*container.Health', null), 'omitempty'],
      }),
    ),
    Name: '/tplx1',
    ExecIDs: strings(null),
    HostConfig: ptr(
      '*container.HostConfig',
      struct('container.HostConfig', {
        Binds: strings(['tplvol:/data', '/tmp/tplwork/cfg:/app/config:ro']),
        LogConfig: struct('container.LogConfig', { Type: 'json-file', Config: goMap({}, '') }),
      }),
    ),
    Mounts: new GoSlice([VOLUME_MOUNT, BIND_MOUNT]),
    Config: ptr(
      '*container.Config',
      struct('container.Config', {
        Hostname: 'a040d3ac6c3d',
        Domainname: '',
        User: '',
        AttachStdin: false,
        AttachStdout: false,
        AttachStderr: false,
        ExposedPorts: [goSet({ '80/tcp': {} }), 'omitempty'],
        Tty: false,
        OpenStdin: false,
        StdinOnce: false,
        Env: strings(ENV),
        Cmd: strings(CMD),
        Healthcheck: [ptr('*container.HealthConfig', null), 'omitempty'],
        ArgsEscaped: [false, 'omitempty'],
        Image: 'diamol/ch06-todo-list',
        Volumes: goSet({ '/data': {} }),
        WorkingDir: '/app',
        Entrypoint: strings(null),
        NetworkDisabled: [true, 'omitempty'],
        MacAddress: ['', 'omitempty'],
        OnBuild: strings(null),
        Labels: goMap({}, ''),
        StopSignal: ['', 'omitempty'],
        StopTimeout: [ptr('*int', null), 'omitempty'],
        Shell: [strings(null), 'omitempty'],
      }),
    ),
    NetworkSettings: ptr(
      '*container.NetworkSettings',
      struct('container.NetworkSettings', { IPAddress: '', Ports: goMap({}, null) }),
    ),
  });
}
