/**
 * Output framing of `docker inspect`, recorded from the real CLI 28.2.2 + daemon 20.10.24
 * (stdout, stderr, exit code).
 */
import { describe, expect, it } from 'vitest';
import { inspectOutput, type InspectTarget } from './output';
import { GoSlice, goMap, ptr, struct } from '../template/values';
import { volumeTarget, volumeTargetGeneric } from './';
import { testEngine } from './fixture.testing';

const obj = (name: string) =>
  struct('container.InspectResponse', {
    Name: name,
    State: ptr('*container.State', struct('container.State', { Pid: 14864 })),
    Mounts: new GoSlice([struct('container.MountPoint', { Name: 'tplvol' })]),
    Config: goMap({}),
  });
const found = (name: string): InspectTarget => ({
  value: obj(name),
  raw: obj(name),
  fallback: true,
});
const missing: InspectTarget = { error: 'Error: No such object: nosuch' };

describe('inspectOutput', () => {
  it.each<[string, string | undefined, InspectTarget[], string, string, number]>([
    ['docker inspect nosuch', undefined, [missing], '[]\n', 'Error: No such object: nosuch\n', 1],
    [
      'docker inspect nosuch nosuch2',
      undefined,
      [missing, { error: 'Error: No such object: nosuch2' }],
      '[]\n',
      'Error: No such object: nosuch\nError: No such object: nosuch2\n',
      1,
    ],
    [
      'docker container inspect nosuch',
      undefined,
      [{ error: 'Error response from daemon: No such container: nosuch' }],
      '[]\n',
      'Error response from daemon: No such container: nosuch\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name}}' nosuch",
      '{{.Name}}',
      [missing],
      '\n',
      'Error: No such object: nosuch\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name}}' nosuch tplx1",
      '{{.Name}}',
      [missing, found('/tplx1')],
      '/tplx1\n',
      'Error: No such object: nosuch\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name}}' tplx1 tplx2",
      '{{.Name}}',
      [found('/tplx1'), found('/tplx2')],
      '/tplx1\n/tplx2\n',
      '',
      0,
    ],
    [
      "docker inspect --format '{{.Nope}}' tplx1",
      '{{.Nope}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name}} {{.Nope}}' tplx1 tplx2",
      '{{.Name}} {{.Nope}}',
      [found('/tplx1'), found('/tplx2')],
      '\n',
      'template parsing error: template: :1:12: executing "" at <.Nope>: map has no entry for key "Nope"\n'.repeat(
        2,
      ),
      1,
    ],
    [
      "docker inspect --format '{{.name}}' tplx1",
      '{{.name}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :1:2: executing "" at <.name>: map has no entry for key "name"\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name 1}}' tplx1",
      '{{.Name 1}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :1:2: executing "" at <.Name>: Name is not a method but has arguments\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name.Foo}}' tplx1 (raw: interface {})",
      '{{.Name.Foo}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :1:7: executing "" at <.Name.Foo>: can\'t evaluate field Foo in type interface {}\n',
      1,
    ],
    [
      "docker inspect --format '{{.Name}' tplx1",
      '{{.Name}',
      [found('/tplx1')],
      '',
      "template parsing error: template: :1: bad character U+007D '}'\n",
      64,
    ],
    [
      "docker inspect --format '{{.Name' tplx1",
      '{{.Name',
      [found('/tplx1')],
      '',
      'template parsing error: template: :1: unclosed action\n',
      64,
    ],
    [
      "docker inspect --format '{{.Name}} {{end}}' tplx1",
      '{{.Name}} {{end}}',
      [found('/tplx1')],
      '',
      'template parsing error: template: :1: unexpected {{end}}\n',
      64,
    ],
    [
      "docker inspect --format '{{.Name}}\\n{{.Nope}}' tplx1",
      '{{.Name}}\n{{.Nope}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :2:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
      1,
    ],
    [
      "docker inspect --format '{{.Mounts.Name}}' tplx1",
      '{{.Mounts.Name}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :1:9: executing "" at <.Mounts.Name>: can\'t evaluate field Name in type interface {}\n',
      1,
    ],
    // Typed: len of an int fails; the raw JSON number is a json.Number (a string type).
    [
      "docker inspect --format '{{len .State.Pid}}' (Pid 14864)",
      '{{len .State.Pid}}',
      [found('/tplx1')],
      '5\n',
      '',
      0,
    ],
    [
      'docker inspect --format \'{{eq .State.Pid "x"}}\'',
      '{{eq .State.Pid "x"}}',
      [found('/tplx1')],
      'false\n',
      '',
      0,
    ],
    [
      "docker inspect --format '{{upper 3}}'",
      '{{upper 3}}',
      [found('/tplx1')],
      '\n',
      'template parsing error: template: :1:8: executing "" at <3>: expected string; found 3\n',
      1,
    ],
  ])('%s', (_, format, targets, stdout, stderr, exitCode) => {
    expect(inspectOutput(format, targets)).toEqual({ stdout, stderr, exitCode });
  });

  it('volume inspect has no raw fallback; plain inspect of a volume does', () => {
    const { engine } = testEngine();
    const vol = engine.volumes.create('tplvol', { anonymous: false, labels: null });
    expect(inspectOutput('{{.Nope}}', [volumeTarget(vol)]).stderr).toBe(
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type volume.Volume\n',
    );
    expect(inspectOutput('{{.Nope}}', [volumeTargetGeneric(vol)]).stderr).toBe(
      'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
    );
  });
});
