/** `--format` for list commands: a Go template per row; `table ...` adds a header row. */
import { tabwriter } from '../format';
import type { DockerContext } from '../types';

const FIELD = /\{\{\s*\.([A-Za-z]+)\s*\}\}/g;

/**
 * Renders `{{.Field}}` templates over rows. Only plain field references are supported here;
 * richer templates go through the Go template engine (../template) where it is wired in.
 */
export function formatRows(
  d: DockerContext,
  format: string,
  rows: { fields: Record<string, string> }[],
): number {
  const table = format.startsWith('table ');
  const body = table ? format.slice(6) : format;
  const render = (fields: Record<string, string>) =>
    body.replace(FIELD, (_, name: string) => fields[name] ?? '').replace(/\\t/g, '\t');
  if (table) {
    const header = body
      .replace(FIELD, (_, name: string) => HEADERS[name] ?? name.toUpperCase())
      .replace(/\\t/g, '\t');
    d.out.write(
      tabwriter([header, ...rows.map((r) => render(r.fields))].map((line) => line.split('\t'))),
    );
    return 0;
  }
  for (const r of rows) d.out.write(`${render(r.fields)}\n`);
  return 0;
}

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  State: 'STATE',
  Mounts: 'MOUNTS',
  Driver: 'DRIVER',
  Name: 'VOLUME NAME',
  Mountpoint: 'MOUNTPOINT',
  Scope: 'SCOPE',
};
