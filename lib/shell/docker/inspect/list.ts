/**
 * `--format` for list commands (`docker ps`, `docker volume ls`), like the CLI's formatter:
 * `\t` / `\n` typed literally become tab / newline, surrounding spaces are trimmed, `table `
 * adds a header row (the template run over the column titles) and aligns cells with the
 * tabwriter; otherwise each row prints followed by "\n". Output is all-or-nothing: a failing
 * row prints nothing but the error.
 */
import { tabwriter } from '../format';
import { TemplateError, executeTemplate, parseTemplate } from '../template';
import { GoMap, type GoStruct } from '../template/values';
import type { CliOutput } from './output';

export interface ListFormat {
  headers: Record<string, string>;
  parseErrorPrefix: string;
  executeErrorPrefix: string;
}

export const PS_FORMAT: ListFormat = {
  headers: {
    ID: 'CONTAINER ID',
    Image: 'IMAGE',
    Command: 'COMMAND',
    CreatedAt: 'CREATED AT',
    RunningFor: 'CREATED',
    Ports: 'PORTS',
    State: 'STATE',
    Status: 'STATUS',
    Size: 'SIZE',
    Names: 'NAMES',
    Labels: 'LABELS',
    Mounts: 'MOUNTS',
    LocalVolumes: 'LOCAL VOLUMES',
    Networks: 'NETWORKS',
    Platform: 'PLATFORM',
  },
  parseErrorPrefix: 'failed to parse template: ',
  executeErrorPrefix: 'failed to execute template: ',
};

export const VOLUME_LS_FORMAT: ListFormat = {
  headers: {
    Name: 'VOLUME NAME',
    Driver: 'DRIVER',
    Scope: 'SCOPE',
    Mountpoint: 'MOUNTPOINT',
    Labels: 'LABELS',
    Links: 'LINKS',
    Size: 'SIZE',
    Group: 'GROUP',
    Availability: 'AVAILABILITY',
    Status: 'STATUS',
  },
  parseErrorPrefix: 'template parsing error: ',
  executeErrorPrefix: 'template parsing error: ',
};

export const HISTORY_FORMAT: ListFormat = {
  headers: {
    ID: 'IMAGE',
    CreatedSince: 'CREATED',
    CreatedAt: 'CREATED AT',
    CreatedBy: 'CREATED BY',
    Size: 'SIZE',
    Comment: 'COMMENT',
  },
  parseErrorPrefix: 'template parsing error: ',
  executeErrorPrefix: 'template parsing error: ',
};

export function renderList(
  requested: string,
  rows: readonly GoStruct[],
  kind: ListFormat,
): CliOutput {
  // `--format json` is the CLI's shorthand for one JSON object per row
  const format = requested === 'json' ? '{{json .}}' : requested;
  const table = format.startsWith('table');
  let body = table ? format.slice('table'.length) : format;
  body = body
    .replace(/^ +| +$/g, '')
    .replace(/\\t/g, '\t')
    .replace(/\\n/g, '\n');
  let tmpl;
  try {
    tmpl = parseTemplate(body);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { stdout: '', stderr: `${kind.parseErrorPrefix}${e.message}\n`, exitCode: 1 };
  }
  let text = '';
  try {
    if (table)
      text += `${executeTemplate(tmpl, new GoMap(new Map(Object.entries(kind.headers)), ''))}\n`;
    for (const row of rows) text += `${executeTemplate(tmpl, row)}\n`;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { stdout: '', stderr: `${kind.executeErrorPrefix}${e.message}\n`, exitCode: 1 };
  }
  if (!table) return { stdout: text, stderr: '', exitCode: 0 };
  const lines = text.replace(/\n$/, '').split('\n');
  return { stdout: tabwriter(lines.map((l) => l.split('\t'))), stderr: '', exitCode: 0 };
}
