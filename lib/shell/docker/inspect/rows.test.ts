/**
 * `docker ps --format` / `docker volume ls --format` rows and list rendering. Expected strings
 * follow the real CLI 28.2.2 output (`{{json .}}` key set and escaping, CreatedAt form,
 * `Size` without -s, Platform null, table layout with trailing padding, error prefixes).
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../template';
import { T0, create, markRunning, testEngine } from './fixture.testing';
import { PS_FORMAT, VOLUME_LS_FORMAT, renderList } from './list';
import { psRowContext, volumeRowContext } from './rows';

function setup() {
  const { engine } = testEngine();
  const c1 = create(
    engine,
    {
      image: 'diamol/ch06-todo-list',
      name: 'tplx1',
      ports: [{ hostPort: 8010, containerPort: 80 }],
    },
    { v: ['tplvol:/data', '/srv/host/config-dir:/app/config:ro'] },
  );
  markRunning(c1, T0);
  const c2 = create(engine, {
    image: 'alpine:3.9',
    name: 'tplx2',
    cmd: ['echo', '<hi & bye>'],
    env: ['X=<a&b>'],
  });
  return { engine, c1, c2 };
}

describe('ps rows', () => {
  it('{{json .}}: sorted keys, HTML-escaped, Platform null, Size even without -s', () => {
    const { engine, c2 } = setup();
    // as the real CLI prints it: the daemon puts an argument holding a space in single quotes
    expect(renderTemplate('{{json .}}', psRowContext(engine, c2))).toBe(
      `{"Command":"\\"echo '\\u003chi \\u0026 bye\\u003e'\\"","CreatedAt":"2026-11-28 01:40:15 +0000 UTC","ID":"${c2.id.slice(0, 12)}","Image":"alpine:3.9","Labels":"","LocalVolumes":"0","Mounts":"","Names":"tplx2","Networks":"bridge","Platform":null,"Ports":"","RunningFor":"Less than a second ago","Size":"0B (virtual 1.98MB)","State":"created","Status":"Created"}`,
    );
  });

  it.each<[string, string]>([
    ['{{.Names}} {{.State}} {{.Status}}', 'tplx1 running Up Less than a second'],
    ['{{.Ports}}', '0.0.0.0:8010->80/tcp, :::8010->80/tcp'],
    // Real: Mounts "tplvol,/tmp/tplwork/c…" (15-column ellipsis), LocalVolumes "1"
    ['{{.Mounts}} {{.LocalVolumes}}', 'tplvol,/srv/host/conf… 1'],
    ['{{.Label "x"}}|{{.Platform}}|{{.Networks}}', '|<nil>|bridge'],
    ['{{.Command}}', '"dotnet ToDoList.dll"'],
  ])('%s', (source, expected) => {
    const { engine, c1 } = setup();
    expect(renderTemplate(source, psRowContext(engine, c1))).toBe(expected);
  });

  it('table format: header row, tabwriter columns, trailing padding on empty cells', () => {
    const { engine, c1, c2 } = setup();
    const rows = [psRowContext(engine, c2), psRowContext(engine, c1)];
    expect(renderList('table {{.Names}}\\t{{.Status}}\\t{{.Ports}}', rows, PS_FORMAT)).toEqual({
      stdout:
        'NAMES     STATUS                  PORTS\n' +
        'tplx2     Created                 \n' +
        'tplx1     Up Less than a second   0.0.0.0:8010->80/tcp, :::8010->80/tcp\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it.each<[string, string]>([
    [
      '{{.Nope}}',
      'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
    ],
    [
      '{{.Names}} {{.Nope}}',
      'failed to execute template: template: :1:13: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
    ],
    ['{{.Names}', "failed to parse template: template: :1: bad character U+007D '}'\n"],
    ['table {{.Names}', "failed to parse template: template: :1: bad character U+007D '}'\n"],
  ])('ps error %s', (format, stderr) => {
    const { engine, c1 } = setup();
    expect(renderList(format, [psRowContext(engine, c1)], PS_FORMAT)).toEqual({
      stdout: '',
      stderr,
      exitCode: 1,
    });
  });
});

describe('volume ls rows', () => {
  it.each<[string, string]>([
    [
      '{{json .}}',
      '{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/tplvol/_data","Name":"tplvol","Scope":"local","Size":"N/A","Status":"N/A"}\n',
    ],
    [
      '{{.Driver}} {{.Name}} {{.Mountpoint}} {{.Scope}} {{.Labels}} {{.Links}} {{.Size}}',
      'local tplvol /var/lib/docker/volumes/tplvol/_data local  N/A N/A\n',
    ],
    ['table {{.Driver}}\\t{{.Name}}', 'DRIVER    VOLUME NAME\nlocal     tplvol\n'],
  ])('%s', (format, stdout) => {
    const { engine } = setup();
    const rows = engine.volumes.all().map(volumeRowContext);
    expect(renderList(format, rows, VOLUME_LS_FORMAT)).toEqual({ stdout, stderr: '', exitCode: 0 });
  });

  it.each<[string, string]>([
    [
      '{{.Nope}}',
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.volumeContext\n',
    ],
    [
      '{{.Name}} {{.Nope}}',
      'template parsing error: template: :1:12: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.volumeContext\n',
    ],
    ['{{.Name}', "template parsing error: template: :1: bad character U+007D '}'\n"],
  ])('volume ls error %s', (format, stderr) => {
    const { engine } = setup();
    const rows = engine.volumes.all().map(volumeRowContext);
    expect(renderList(format, rows, VOLUME_LS_FORMAT)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});
