/**
 * Error texts of the real CLI 28.2.2 (Go 1.24 text/template). Parse errors were printed by
 * `docker inspect --format X tplx1` as `template parsing error: <message>` (exit 64).
 * Execution errors on typed objects were printed by `docker ps --format` / `docker volume ls
 * --format` / `docker volume inspect --format` (the inspect fallback is tested in ../inspect).
 */
import { describe, expect, it } from 'vitest';
import { TemplateError, renderTemplate } from './';
import { tplx1 } from './oracle-values.testing';
import { struct } from './values';

function error(source: string, value = tplx1()): { message: string; phase: string } {
  try {
    renderTemplate(source, value);
  } catch (e) {
    if (e instanceof TemplateError) return { message: e.message, phase: e.phase };
    throw e;
  }
  throw new Error(`no error for ${source}`);
}

describe('parse errors', () => {
  it.each<[string, string]>([
    ['{{.Name', 'template: :1: unclosed action'],
    ['{{.Name}', "template: :1: bad character U+007D '}'"],
    ['{{.Name}} {{end}}', 'template: :1: unexpected {{end}}'],
    ['{{.Name}}{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{if .State.Running}}yes', 'template: :1: unexpected EOF'],
    ['{{range .Mounts}}{{.Name}}', 'template: :1: unexpected EOF'],
    ['{{foo .Name}}', 'template: :1: function "foo" not defined'],
    ['{{.Name | foo}}', 'template: :1: function "foo" not defined'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['a\n{{.Name', 'template: :2: unclosed action'],
    ['{{if .Name}}\nx', 'template: :2: unexpected EOF'],
    ['x\n  {{.Name}}\n{{end}}', 'template: :3: unexpected {{end}}'],
    ['{{ .Name}}{{/* x */ }}', 'template: :1: comment ends before closing delimiter'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{}}', 'template: :1: missing value for command'],
  ])('%s', (source, message) => {
    expect(error(source)).toEqual({ message, phase: 'parse' });
  });
});

describe('execution errors', () => {
  const ps = struct('*formatter.ContainerContext', { Names: 'tplx1' });
  const volume = struct('volume.Volume', { Name: 'tplvol' });
  it.each<[string, ReturnType<typeof struct> | undefined, string]>([
    // docker ps --format '{{.Nope}}'
    [
      '{{.Nope}}',
      ps,
      'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    ],
    // docker ps -a --format '{{.Names}} {{.Nope}}'
    [
      '{{.Names}} {{.Nope}}',
      ps,
      'template: :1:13: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    ],
    // docker volume inspect --format '{{.Nope}}' tplvol
    [
      '{{.Nope}}',
      volume,
      'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type volume.Volume',
    ],
    // docker inspect --format ... tplx1 (these fail the same way typed and raw)
    [
      '{{index .Config.Volumes 1}}',
      undefined,
      'template: :1:2: executing "" at <index .Config.Volumes 1>: error calling index: value has type int; should be string',
    ],
    [
      '{{index .Mounts 5}}',
      undefined,
      'template: :1:2: executing "" at <index .Mounts 5>: error calling index: index out of range: 5',
    ],
    ['{{nil}}', undefined, 'template: :1:2: executing "" at <nil>: nil is not a command'],
    ['{{upper 3}}', undefined, 'template: :1:8: executing "" at <3>: expected string; found 3'],
  ])('%s', (source, value, message) => {
    expect(error(source, value ?? tplx1())).toEqual({ message, phase: 'execute' });
  });

  // Position :1:8 is what the real CLI printed; the typed type name is Go's rule (the real
  // inspect then retried on raw JSON: `map has no entry for key "Nope"`).
  it('reports the second element of a field chain as the position', () => {
    expect(error('{{.State.Nope}}').message).toBe(
      'template: :1:8: executing "" at <.State.Nope>: can\'t evaluate field Nope in type *container.State',
    );
  });
});
