/** docker ps / container ls: the table (tabwriter), -a, -q, -s, --no-trunc, --format, -f. */
import { commandLine, imageSize, type Container } from '../../../engine';
import {
  containerStatus,
  createdAgo,
  humanSize,
  mountsColumn,
  quoteCommand,
  shortId,
  tabwriter,
} from '../format';
import { arr, bool, str } from '../flags';
import type { DockerContext, Subcommand } from '../types';
import { formatRows } from './format-rows';

export const ps: Subcommand = {
  path: 'container ls',
  aliases: ['ps'],
  groupAliases: ['ps', 'list'],
  summary: 'List containers',
  usage: '[OPTIONS]',
  flags: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'size', short: 's', type: 'bool' },
    { name: 'no-trunc', type: 'bool' },
    { name: 'format', type: 'string' },
    { name: 'filter', short: 'f', type: 'array' },
    { name: 'latest', short: 'l', type: 'bool' },
  ],
  args: { max: 0 },
  run(d, flags) {
    let list = d.engine.list().filter((c) => bool(flags, 'all') || c.state.status === 'running');
    for (const f of arr(flags, 'filter')) {
      const [key, value = ''] = f.split('=');
      if (key === 'name') list = list.filter((c) => c.name.includes(value));
      else if (key === 'status') list = list.filter((c) => c.state.status === value);
      else if (key === 'volume')
        list = list.filter((c) =>
          c.mounts.some((m) => m.name === value || m.destination === value || m.source === value),
        );
      else if (key === 'ancestor')
        list = list.filter((c) => c.imageRef === value || c.image.repoTags.includes(value));
      else {
        d.err.write(`Error response from daemon: invalid filter '${key}'\n`);
        return 1;
      }
    }
    if (bool(flags, 'latest')) list = list.slice(0, 1);
    const noTrunc = bool(flags, 'no-trunc');
    if (bool(flags, 'quiet')) {
      for (const c of list) d.out.write(`${noTrunc ? c.id : shortId(c.id)}\n`);
      return 0;
    }
    const rows = list.map((c) => psRow(d, c, noTrunc));
    const format = str(flags, 'format');
    if (format !== undefined && format !== 'table') return formatRows(d, format, rows);
    const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
    if (bool(flags, 'size')) header.push('SIZE');
    d.out.write(tabwriter([header, ...rows.map((r) => header.map((h) => r.cells[h] ?? ''))]));
    return 0;
  },
};

export interface PsRow {
  cells: Record<string, string>;
  /** Template fields: {{.ID}}, {{.Names}}, ... */
  fields: Record<string, string>;
}

function psRow(d: DockerContext, c: Container, noTrunc: boolean): PsRow {
  const now = d.engine.scheduler.now();
  const status =
    c.state.status === 'created'
      ? containerStatus({ state: 'created' })
      : c.state.status === 'running'
        ? containerStatus({ state: 'running', upMs: now - (c.state.startedAt ?? now) })
        : containerStatus({
            state: 'exited',
            exitCode: c.state.exitCode,
            sinceFinishMs: now - (c.state.finishedAt ?? now),
          });
  const published = c.hostConfig.portBindings.map(
    (p) =>
      `0.0.0.0:${p.hostPort}->${p.containerPort}/tcp, :::${p.hostPort}->${p.containerPort}/tcp`,
  );
  const exposed = Object.keys(c.image.config.ExposedPorts ?? {}).filter(
    (p) => !c.hostConfig.portBindings.some((b) => `${b.containerPort}/tcp` === p),
  );
  const ports = [...published, ...exposed].join(', ');
  const upper = c.rootfs.upperSize();
  const size = `${humanSize(upper)} (virtual ${humanSize(upper + imageSize(c.image))})`;
  const command = quoteCommand(commandLine(c).join(' '), noTrunc);
  const fields: Record<string, string> = {
    ID: noTrunc ? c.id : shortId(c.id),
    Image: c.imageRef,
    Command: command,
    CreatedAt: new Date(c.created).toISOString(),
    RunningFor: createdAgo(now - c.created),
    Ports: c.state.status === 'running' ? ports : '',
    Status: status,
    Size: size,
    Names: c.name,
    State: c.state.status,
    Mounts: mountsColumn(
      c.mounts.filter((m) => m.listed).map((m) => m.name ?? m.source),
      noTrunc,
    ),
    Labels: '',
    Networks: 'bridge',
  };
  return {
    fields,
    cells: {
      'CONTAINER ID': fields.ID!,
      IMAGE: fields.Image!,
      COMMAND: command,
      CREATED: fields.RunningFor!,
      STATUS: status,
      PORTS: fields.Ports!,
      NAMES: c.name,
      SIZE: size,
    },
  };
}
