/**
 * The row contexts of `docker ps --format` (*formatter.ContainerContext) and `docker volume ls
 * --format` (*formatter.volumeContext): every column is a method, `{{json .}}` is a map of all
 * no-argument methods (sorted keys, HTML-escaped by json.Marshal).
 */
import {
  commandLine,
  imageSize,
  mountpoint,
  type Container,
  type Engine,
  type Volume,
} from '../../../engine';
import {
  containerStatus,
  createdAgo,
  humanSize,
  mountsColumn,
  quoteCommand,
  shortId,
} from '../format';
import { marshal, quoteJSON } from '../template/json';
import { GoMethod, GoStruct, type GoValue } from '../template/values';
import { listedMounts } from './container';
import { unixSecondsString } from './time';

type Columns = Record<string, GoValue>;

function labelsColumn(labels: Record<string, string> | null): string {
  return Object.keys(labels ?? {})
    .sort()
    .map((k) => `${k}=${labels![k]}`)
    .join(',');
}

/** A row context: columns as methods, plus `Label "key"`. */
export function rowContext(
  typeName: string,
  columns: Columns,
  labels: Record<string, string> | null,
): GoStruct {
  const fields = Object.entries(columns).map(([name, value]) => ({
    name,
    value: new GoMethod(() => value),
  }));
  fields.push({
    name: 'Label',
    value: new GoMethod((args) => (labels ?? {})[String(args[0])] ?? '', 1),
  });
  const json = () =>
    `{${Object.keys(columns)
      .sort()
      .map((k) => `${quoteJSON(k, true)}:${marshal(columns[k], true)}`)
      .join(',')}}`;
  return new GoStruct(typeName, fields, json);
}

/** `docker ps` PORTS: published ports on 0.0.0.0 and ::, or bare exposed ports (`80/tcp`). */
export function portsColumn(c: Container): string {
  if (c.state.status !== 'running') return '';
  const out: string[] = [];
  const published = new Set<number>();
  for (const p of c.hostConfig.portBindings) {
    published.add(p.containerPort);
    out.push(
      `0.0.0.0:${p.hostPort}->${p.containerPort}/tcp`,
      `:::${p.hostPort}->${p.containerPort}/tcp`,
    );
  }
  for (const port of Object.keys(c.image.config.ExposedPorts ?? {}))
    if (!published.has(parseInt(port, 10))) out.push(port);
  return out.sort().join(', ');
}

export function statusColumn(c: Container, now: number): string {
  if (c.state.status === 'created') return containerStatus({ state: 'created' });
  if (c.state.status === 'running')
    return containerStatus({ state: 'running', upMs: now - (c.state.startedAt ?? now) });
  return containerStatus({
    state: 'exited',
    exitCode: c.state.exitCode,
    sinceFinishMs: now - (c.state.finishedAt ?? now),
  });
}

export interface PsRowOptions {
  noTrunc?: boolean;
}

/** One `docker ps --format` row (columns as the CLI 28 formatter computes them). */
export function psRowContext(engine: Engine, c: Container, opts: PsRowOptions = {}): GoStruct {
  const now = engine.scheduler.now();
  const noTrunc = opts.noTrunc ?? false;
  const mounts = listedMounts(c);
  const upper = c.rootfs.upperSize();
  const labels = c.image.config.Labels;
  return rowContext(
    '*formatter.ContainerContext',
    {
      ID: noTrunc ? c.id : shortId(c.id),
      Names: c.name,
      Image: c.imageRef,
      Command: quoteCommand(listedCommand(commandLine(c)), noTrunc),
      CreatedAt: unixSecondsString(c.created),
      RunningFor: createdAgo(now - c.created),
      Ports: portsColumn(c),
      State: c.state.status,
      Status: statusColumn(c, now),
      Size: `${humanSize(upper)} (virtual ${humanSize(upper + imageSize(c.image))})`,
      Labels: labelsColumn(labels),
      Mounts: mountsColumn(
        mounts.map((m) => m.name ?? m.source),
        noTrunc,
      ),
      LocalVolumes: String(mounts.filter((m) => m.driver === 'local').length),
      Networks: 'bridge',
      Platform: null,
    },
    labels,
  );
}

/** One `docker volume ls --format` row. */
export function volumeRowContext(volume: Volume): GoStruct {
  return rowContext(
    '*formatter.volumeContext',
    {
      Name: volume.name,
      Driver: 'local',
      Scope: 'local',
      Mountpoint: mountpoint(volume),
      Labels: labelsColumn(volume.labels),
      Links: 'N/A',
      Size: 'N/A',
      Group: 'N/A',
      Availability: 'N/A',
      Status: 'N/A',
    },
    volume.labels,
  );
}

/** The daemon's list API: the path, then each argument, one holding a space in single quotes. */
function listedCommand([path, ...args]: string[]): string {
  return [path, ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
}
