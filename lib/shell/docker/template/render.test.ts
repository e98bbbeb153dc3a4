/**
 * Every expected string was printed by the real CLI 28.2.2 (daemon 20.10.24) for
 * `docker inspect --format '<template>' tplx1` (see oracle-values.testing.ts for the object).
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from './';
import { tplx1 } from './oracle-values.testing';
import { GoSlice, goSet, ptr, strings, struct } from './values';

const ID = 'a040d3ac6c3d83f9f1fcf108eacf8b189c10a220bea9f999702f67df3cb506a8';
const ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

describe('renderTemplate over a container (real CLI output)', () => {
  it.each<[string, string]>([
    ['{{.Name}}', '/tplx1'],
    ['{{ .Name }}', '/tplx1'],
    ['{{.State.Status}}', 'running'],
    [
      '{{.Mounts}}',
      '[{volume tplvol /tmp/docker-oracle/data/volumes/tplvol/_data /data local z true } {bind  /tmp/tplwork/cfg /app/config  ro false rprivate}]',
    ],
    [
      '{{json .Mounts}}',
      '[{"Type":"volume","Name":"tplvol","Source":"/tmp/docker-oracle/data/volumes/tplvol/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},{"Type":"bind","Source":"/tmp/tplwork/cfg","Destination":"/app/config","Mode":"ro","RW":false,"Propagation":"rprivate"}]',
    ],
    [
      '{{.State}}',
      '{running true false false false false 14864 0  2026-11-28T01:40:15.651136452Z 0001-01-01T00:00:00Z <nil>}',
    ],
    ['{{.Config.Volumes}}', 'map[/data:{}]'],
    ['{{.Config.Labels}}', 'map[]'],
    [
      '{{.Config}}',
      `{a040d3ac6c3d   false false false map[80/tcp:{}] false false false [${ENV} SQLITE_DATA_DIRECTORY=/data] [/bin/sh -c trap 'exit 0' TERM; while true; do sleep 1; done] <nil> false diamol/ch06-todo-list map[/data:{}] /app [] true  [] map[]  <nil> []}`,
    ],
    ['{{.HostConfig.Binds}}', '[tplvol:/data /tmp/tplwork/cfg:/app/config:ro]'],
    ['{{.HostConfig.LogConfig}}', '{json-file map[]}'],
    ['{{.ExecIDs}}', '[]'],
    ['{{.State.Health}}', '<nil>'],
    ['{{.NetworkSettings.Ports}}', 'map[]'],
    [
      '{{.Created}} {{.State.StartedAt}} {{.State.Pid}}',
      '2026-11-28T01:40:15.563716378Z 2026-11-28T01:40:15.651136452Z 14864',
    ],
    ['{{range .Mounts}}{{.Name}} {{.Destination}}\n{{end}}', 'tplvol /data\n /app/config\n'],
    ['{{index .Config.Volumes "/data"}}', '{}'],
    ['{{index .Config.Volumes "/nope"}}', '{}'],
    ['{{.Config.Volumes.nope}}', '<no value>'],
    ['{{.Config.Volumes.x.y}}', '<no value>'],
    ['{{index .Config.Labels "x"}}', ''],
    ['{{.Config.Labels.x}}', '<no value>'],
    [
      '{{index .Mounts 0}}',
      '{volume tplvol /tmp/docker-oracle/data/volumes/tplvol/_data /data local z true }',
    ],
    ['{{(index .Mounts 0).Name}}', 'tplvol'],
    ['{{.State.Status | upper}}', 'RUNNING'],
    ['{{upper .State.Status}}', 'RUNNING'],
    ['{{lower "ABC"}}', 'abc'],
    ['{{title .State.Status}}', 'Running'],
    ['{{println .Name}}', '/tplx1\n'],
    [`{{println .Name .Id}}`, `/tplx1 ${ID}\n`],
    ['{{print .Name .State.Running 3}}', '/tplx1true 3'],
    ['{{print "a" "b"}}', 'ab'],
    ['{{printf "%s-%d-%v-%q" .Name 3 .State.Running .Name}}', '/tplx1-3-true-"/tplx1"'],
    ['{{len .Mounts}}', '2'],
    ['{{len .Name}}', '6'],
    ['{{json .State.Running}}', 'true'],
    ['{{json .Name}}', '"/tplx1"'],
    ['{{json .Config.Volumes}}', '{"/data":{}}'],
    ['{{json .ExecIDs}}', 'null'],
    ['{{json .Config.Entrypoint}}', 'null'],
    ['{{if .State.Running}}up{{else}}down{{end}}', 'up'],
    ['{{if eq .State.Status "running"}}R{{else if eq .State.Status "exited"}}E{{end}}', 'R'],
    ['{{range $k, $v := .Config.Volumes}}{{$k}}={{$v}};{{end}}', '/data={};'],
    ['{{range $i, $m := .Mounts}}{{$i}}:{{$m.Destination}} {{end}}', '0:/data 1:/app/config '],
    ['{{range .Config.Env}}{{.}},{{end}}', `${ENV},SQLITE_DATA_DIRECTORY=/data,`],
    ['{{- .Name -}}  x  {{- .Id}}', `/tplx1x${ID}`],
    ['{{.Name}} {{/* comment */}} end', '/tplx1  end'],
    ['{{join .Config.Env ","}}', `${ENV},SQLITE_DATA_DIRECTORY=/data`],
    ['{{split .Name "t"}}', '[/ plx1]'],
    ['{{.NetworkSettings.IPAddress}}', ''],
    ['{{with .State}}{{.Status}}{{end}}', 'running'],
    ['{{$x := .Name}}{{$x}}', '/tplx1'],
    ['{{truncate .Id 5}}', 'a040d'],
    ['{{pad .Name 1 2}}', ' /tplx1  '],
    ['{{- /* c */ -}}  {{.Name}}', '/tplx1'],
    ['a  {{- /* c */}}  b', 'a  b'],
    ['{{.Name -}}\n\n  b', '/tplx1b'],
    ['{{.Name}} {{- 3}}', '/tplx13'],
    ['{{-3}}', '-3'],
    ['{{.State.Running | not}}', 'false'],
    ['{{.Name | printf "%s!"}}', '/tplx1!'],
    ['{{.Name | len}}', '6'],
    ['{{.Config.Env | len | printf "%d"}}', '2'],
    [
      '{{range .Mounts}}{{.}}{{end}}',
      '{volume tplvol /tmp/docker-oracle/data/volumes/tplvol/_data /data local z true }{bind  /tmp/tplwork/cfg /app/config  ro false rprivate}',
    ],
  ])('%s', (source, expected) => {
    expect(renderTemplate(source, tplx1())).toBe(expected);
  });

  it.each<[string, string]>([
    [
      '{{json .Mounts | printf "%.30s"}}|{{printf "%5s|%-4d|%x" "ab" 7 255}}|{{.Config.Entrypoint}}|{{range .Mounts}}{{.Type}}{{else}}none{{end}}|{{and .State.Running .Name}}|{{or .Config.User "root"}}|{{not .State.Running}}|{{len .Config.Volumes}}',
      '[{"Type":"volume","Name":"tplv|   ab|7   |ff|[]|volumebind|/tplx1|root|false|1',
    ],
  ])('functions: %s', (source, expected) => {
    expect(renderTemplate(source, tplx1())).toBe(expected);
  });

  it('handles nil slices/maps and skips HTML escaping in json (container tplx2)', () => {
    // docker create --name tplx2 -e 'X=<a&b>' alpine:3.9 echo '<hi & bye>'
    const v = struct('container.InspectResponse', {
      Mounts: new GoSlice([]),
      Config: ptr(
        '*container.Config',
        struct('container.Config', {
          Env: strings([
            'X=<a&b>',
            'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          ]),
          Cmd: strings(['echo', '<hi & bye>']),
          Volumes: goSet(null),
          Entrypoint: strings(null),
        }),
      ),
    });
    const source =
      '{{range .Mounts}}x{{else}}none{{end}}|{{.Config.Volumes}}|{{.Config.Entrypoint}}|{{.Config.Cmd}}|{{if .Config.Volumes}}v{{else}}nov{{end}}|{{json .Config.Env}}';
    expect(renderTemplate(source, v)).toBe(
      'none|map[]|[]|[echo <hi & bye>]|nov|["X=<a&b>","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]',
    );
  });
});
