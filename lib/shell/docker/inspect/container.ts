/**
 * `docker container inspect`: the engine's Container as the 20.10 daemon's JSON object (keys in
 * its order), as Go values so the same tree serves templates (%v, `json`) and the full output.
 */
import {
  commandLine,
  hostnameOf,
  type Container,
  type Engine,
  type MountPoint,
} from '../../../engine';
import { GoSlice, GoStruct, goMap, goSet, ptr, strings, struct } from '../template/values';
import { hostConfig } from './host-config';
import { DOCKER_ROOT, derivedNumber, overlayDir } from './ids';
import { networkSettings } from './network';
import { rfc3339Nano } from './time';

/** One `Mounts` entry; Name and Driver are omitted for binds and tmpfs (omitempty). */
export function mountPointValue(m: MountPoint): GoStruct {
  return struct('container.MountPoint', {
    Type: m.type,
    Name: [m.name ?? '', 'omitempty'],
    Source: m.source,
    Destination: m.destination,
    Driver: [m.driver ?? '', 'omitempty'],
    Mode: m.mode,
    RW: m.rw,
    Propagation: m.propagation,
  });
}

/** The mounts inspect lists (not `--tmpfs` ones), in the engine's order. */
export function listedMounts(c: Container): MountPoint[] {
  return c.mounts.filter((m) => m.listed);
}

function state(c: Container): GoStruct {
  const running = c.state.status === 'running';
  return struct('container.State', {
    Status: c.state.status,
    Running: running,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: running ? derivedNumber(`pid:${c.id}:${c.state.startedAt}`, 1000, 32000) : 0,
    ExitCode: c.state.exitCode,
    Error: c.state.error,
    StartedAt: rfc3339Nano(c.state.startedAt),
    FinishedAt: rfc3339Nano(c.state.finishedAt),
    Health: [ptr('*container.Health', null), 'omitempty'],
  });
}

/** overlay2 dirs: the writable layer (<id>, <id>-init) over the image layers, top first. */
export function graphDriver(c: Container): GoStruct {
  const rw = overlayDir(`rw:${c.id}`);
  const lowers = [
    `${rw}-init/diff`,
    ...[...c.image.layers].reverse().map((l) => `${overlayDir(l.id)}/diff`),
  ];
  return struct('container.DriverData', {
    Data: goMap(
      {
        LowerDir: lowers.join(':'),
        MergedDir: `${rw}/merged`,
        UpperDir: `${rw}/diff`,
        WorkDir: `${rw}/work`,
      },
      '',
    ),
    Name: 'overlay2',
  });
}

function config(c: Container): GoStruct {
  const image = c.image.config;
  const anonymous = c.hostConfig.mounts.filter(
    (m) => m.origin === 'v' && m.type === 'volume' && m.source === null,
  );
  const volumes = {
    ...(image.Volumes ?? {}),
    ...Object.fromEntries(anonymous.map((m) => [m.target, {}])),
  };
  const ports = {
    ...(image.ExposedPorts ?? {}),
    ...Object.fromEntries(c.hostConfig.portBindings.map((p) => [`${p.containerPort}/tcp`, {}])),
  };
  const workingDir =
    c.config.workingDir === '/' && image.WorkingDir === '' ? '' : c.config.workingDir;
  return struct('container.Config', {
    Hostname: hostnameOf(c),
    Domainname: '',
    User: c.config.user,
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ExposedPorts: [goSet(Object.keys(ports).length > 0 ? ports : null), 'omitempty'],
    Tty: c.config.tty,
    OpenStdin: c.config.openStdin,
    StdinOnce: false,
    Env: strings(c.config.env),
    Cmd: strings(c.config.cmd.length > 0 ? c.config.cmd : null),
    Healthcheck: [ptr('*container.HealthConfig', null), 'omitempty'],
    ArgsEscaped: [false, 'omitempty'],
    Image: c.imageRef,
    Volumes: goSet(Object.keys(volumes).length > 0 ? volumes : null),
    WorkingDir: workingDir,
    Entrypoint: strings(c.config.entrypoint),
    NetworkDisabled: [false, 'omitempty'],
    MacAddress: ['', 'omitempty'],
    OnBuild: strings(null),
    Labels: goMap({ ...(image.Labels ?? {}) }, ''),
    StopSignal: ['', 'omitempty'],
    StopTimeout: [ptr('*int', null), 'omitempty'],
    Shell: [strings(null), 'omitempty'],
  });
}

/**
 * The object `docker container inspect` prints for `c`. Shaped like the CLI's Go type: an
 * embedded *ContainerJSONBase (Id ... GraphDriver; Go field `ID`, JSON `Id`), then Mounts,
 * Config, NetworkSettings, so `{{.}}` prints `{0xc... [mounts] 0xc... 0xc... <nil>}` as real.
 */
export function containerInspect(engine: Engine, c: Container): GoStruct {
  const argv = commandLine(c);
  const started = c.state.startedAt !== null;
  const dir = `${DOCKER_ROOT}/containers/${c.id}`;
  const base = struct('container.ContainerJSONBase', {
    Created: rfc3339Nano(c.created),
    Path: argv[0] ?? '',
    Args: strings(argv.slice(1)),
    State: ptr('*container.State', state(c)),
    Image: c.image.id,
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${c.id}-json.log` : '',
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: strings(null),
    HostConfig: ptr('*container.HostConfig', hostConfig(c)),
    GraphDriver: graphDriver(c),
  });
  const withId = new GoStruct(base.typeName, [
    { name: 'ID', json: 'Id', value: c.id },
    ...base.fields,
  ]);
  return new GoStruct('container.InspectResponse', [
    {
      name: 'ContainerJSONBase',
      value: ptr('*container.ContainerJSONBase', withId),
      embedded: true,
    },
    { name: 'Mounts', value: new GoSlice(listedMounts(c).map(mountPointValue)) },
    { name: 'Config', value: ptr('*container.Config', config(c)) },
    {
      name: 'NetworkSettings',
      value: ptr('*container.NetworkSettings', networkSettings(engine, c)),
    },
    { name: 'ImageManifestDescriptor', value: ptr('*ocispec.Descriptor', null), omitempty: true },
  ]);
}
