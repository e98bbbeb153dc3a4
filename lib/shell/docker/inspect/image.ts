/**
 * `docker image inspect`. Two shapes, as with the real CLI: `imageInspectRaw` is the daemon's
 * JSON (what the plain command prints); `imageInspect` is the CLI 28 typed object templates see
 * first, whose Config is the OCI image config (all omitempty: `{{json .Config}}` prints
 * `{"Env":[...],"Cmd":[...],"Volumes":{"/data":{}},"WorkingDir":"/app"}`). Preloaded images
 * look pulled: no parent, no build container, LastTagTime zero.
 */
import { imageSize, type Image } from '../../../engine';
import {
  GoStringer,
  GoStruct,
  goMap,
  goSet,
  ptr,
  strings,
  struct,
  type GoValue,
} from '../template/values';
import { overlayDir } from './ids';
import { rfc3339Nano, goTimeString } from './time';

const DOCKER_VERSION = '20.10.24';

function layerIds(image: Image): string[] {
  return image.layers.map((l) => (l.id.startsWith('sha256:') ? l.id : `sha256:${l.id}`));
}

function graphDriver(image: Image): GoStruct {
  const dirs = [...image.layers].reverse().map((l) => overlayDir(l.id));
  const top = dirs[0] ?? overlayDir(image.id);
  const data: Record<string, GoValue> = {};
  if (dirs.length > 1)
    data.LowerDir = dirs
      .slice(1)
      .map((d) => `${d}/diff`)
      .join(':');
  Object.assign(data, {
    MergedDir: `${top}/merged`,
    UpperDir: `${top}/diff`,
    WorkDir: `${top}/work`,
  });
  return struct('storage.DriverData', { Data: goMap(data, ''), Name: 'overlay2' });
}

function comment(image: Image): string {
  return image.history[image.history.length - 1]?.comment ?? '';
}

/** `docker commit -a`: the daemon keeps it in the image and in its history row. */
function author(image: Image): string {
  return image.history[image.history.length - 1]?.author ?? '';
}

function common(image: Image) {
  return {
    RepoTags: strings([...image.repoTags]),
    RepoDigests: strings([...(image.repoDigests ?? [])]),
    Parent: '',
    Comment: comment(image),
    Created: rfc3339Nano(image.created),
  };
}

/** The daemon's container.Config (also ContainerConfig); image configs carry no Hostname. */
function daemonConfig(image: Image, full: boolean): GoStruct {
  const c = image.config;
  return struct('container.Config', {
    Hostname: '',
    Domainname: '',
    User: full ? c.User : '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ExposedPorts: [goSet(full ? c.ExposedPorts : null), 'omitempty'],
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: strings(full ? c.Env : null),
    Cmd: strings(full ? c.Cmd : null),
    Image: '',
    Volumes: goSet(full ? c.Volumes : null),
    WorkingDir: full ? c.WorkingDir : '',
    Entrypoint: strings(full ? c.Entrypoint : null),
    OnBuild: strings(null),
    Labels: goMap(full ? c.Labels : null, ''),
  });
}

/** The daemon's JSON object for `docker image inspect` without --format. */
export function imageInspectRaw(image: Image): GoStruct {
  return struct('image.InspectResponse', {
    Id: image.id,
    ...common(image),
    Container: '',
    ContainerConfig: daemonConfig(image, false),
    DockerVersion: DOCKER_VERSION,
    Author: author(image),
    Config: daemonConfig(image, true),
    Architecture: 'amd64',
    Os: 'linux',
    Size: imageSize(image),
    VirtualSize: imageSize(image),
    GraphDriver: graphDriver(image),
    RootFS: struct('image.RootFS', { Type: 'layers', Layers: strings(layerIds(image)) }),
    Metadata: struct('image.Metadata', { LastTagTime: '0001-01-01T00:00:00Z' }),
  });
}

/** dockerspec.DockerOCIImageConfig: the OCI ImageConfig plus Docker's extension, embedded. */
function ociConfig(image: Image): GoStruct {
  const c = image.config;
  const oci = struct('ocispec.ImageConfig', {
    User: [c.User, 'omitempty'],
    ExposedPorts: [goSet(c.ExposedPorts), 'omitempty'],
    Env: [strings(c.Env), 'omitempty'],
    Entrypoint: [strings(c.Entrypoint), 'omitempty'],
    Cmd: [strings(c.Cmd), 'omitempty'],
    Volumes: [goSet(c.Volumes), 'omitempty'],
    WorkingDir: [c.WorkingDir, 'omitempty'],
    Labels: [goMap(c.Labels, ''), 'omitempty'],
    StopSignal: ['', 'omitempty'],
    ArgsEscaped: [false, 'omitempty'],
  });
  const ext = struct('dockerspec.DockerOCIImageConfigExt', {
    Healthcheck: [ptr('*container.HealthConfig', null), 'omitempty'],
    OnBuild: [strings(null), 'omitempty'],
    Shell: [strings(null), 'omitempty'],
  });
  return new GoStruct('dockerspec.DockerOCIImageConfig', [
    { name: 'ImageConfig', value: oci, embedded: true },
    { name: 'DockerOCIImageConfigExt', value: ext, embedded: true },
  ]);
}

/** The typed object `docker image inspect --format` executes against first. */
export function imageInspect(image: Image): GoStruct {
  const base = common(image);
  return new GoStruct('image.InspectResponse', [
    { name: 'ID', json: 'Id', value: image.id },
    ...Object.entries(base).map(([name, value]) => ({ name, value })),
    { name: 'Container', value: '', omitempty: true },
    {
      name: 'ContainerConfig',
      value: ptr('*container.Config', daemonConfig(image, false)),
      omitempty: true,
    },
    { name: 'DockerVersion', value: DOCKER_VERSION },
    { name: 'Author', value: author(image) },
    { name: 'Config', value: ptr('*dockerspec.DockerOCIImageConfig', ociConfig(image)) },
    { name: 'Architecture', value: 'amd64' },
    { name: 'Variant', value: '', omitempty: true },
    { name: 'Os', value: 'linux' },
    { name: 'OsVersion', value: '', omitempty: true },
    { name: 'Size', value: imageSize(image) },
    { name: 'VirtualSize', value: imageSize(image), omitempty: true },
    { name: 'GraphDriver', value: graphDriver(image) },
    {
      name: 'RootFS',
      value: struct('image.RootFS', { Type: 'layers', Layers: strings(layerIds(image)) }),
    },
    {
      name: 'Metadata',
      value: struct('image.Metadata', {
        LastTagTime: new GoStringer(goTimeString(null), '"0001-01-01T00:00:00Z"'),
      }),
    },
    { name: 'Descriptor', value: ptr('*ocispec.Descriptor', null), omitempty: true },
    { name: 'Manifests', value: strings(null), omitempty: true },
  ]);
}
