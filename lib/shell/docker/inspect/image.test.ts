/**
 * imageInspect (the CLI's typed object) and imageInspectRaw (the daemon's JSON). Shapes recorded
 * with `docker image inspect` on the oracle's diamol/ch06-todo-list stand-in (its CMD differs:
 * the sim image runs the book's `dotnet ToDoList.dll` entrypoint and EXPOSEs 80).
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../template';
import { marshal } from '../template/json';
import { testEngine } from './fixture.testing';
import { inspectOutput } from './output';
import { imageTarget } from './';
import { imageInspect, imageInspectRaw } from './image';

function todo() {
  return testEngine().engine.images.get('diamol/ch06-todo-list');
}

describe('image inspect', () => {
  it.each<[string, string]>([
    ['{{.Config.Volumes}}', 'map[/data:{}]'],
    ['{{json .Config.Volumes}}', '{"/data":{}}'],
    ['{{.Config.Cmd}} {{.Config.Labels}}', '[] map[]'],
    ['{{.Config.Entrypoint}}', '[dotnet ToDoList.dll]'],
    // Real (stand-in): {"Env":[...],"Cmd":[...],"Volumes":{"/data":{}},"WorkingDir":"/app"}
    [
      '{{json .Config}}',
      '{"ExposedPorts":{"80/tcp":{}},"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","SQLITE_DATA_DIRECTORY=/data"],"Entrypoint":["dotnet","ToDoList.dll"],"Volumes":{"/data":{}},"WorkingDir":"/app"}',
    ],
    // Real (stand-in): {{ map[] [PATH=... SQLITE_DATA_DIRECTORY=/data] [] [/bin/sh -c ...] map[/data:{}] /app map[]  false} {<nil> [] []}}
    [
      '{{.Config}}',
      '{{ map[80/tcp:{}] [PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin SQLITE_DATA_DIRECTORY=/data] [dotnet ToDoList.dll] [] map[/data:{}] /app map[]  false} {<nil> [] []}}',
    ],
    ['{{.RootFS.Type}} {{len .RootFS.Layers}}', 'layers 2'],
    [
      '{{.Os}}/{{.Architecture}} {{.RepoTags}} {{.RepoDigests}}',
      'linux/amd64 [diamol/ch06-todo-list:latest] []',
    ],
  ])('%s', (source, expected) => {
    expect(renderTemplate(source, imageInspect(todo()))).toBe(expected);
  });

  it('{{.Id}} and {{.Size}} fall back to the raw JSON like the CLI (typed field is ID)', () => {
    const image = todo();
    const out = inspectOutput('{{.Id}} {{.Size}} {{.RootFS.Layers}}', [imageTarget(image)]);
    expect(out.stdout).toBe(`${image.id} 1984360 [${image.layers.map((l) => l.id).join(' ')}]\n`);
    expect(out.exitCode).toBe(0);
  });

  it('raw JSON keys in the daemon order', () => {
    const json = JSON.parse(marshal(imageInspectRaw(todo()))) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(json)).toEqual(
      'Id RepoTags RepoDigests Parent Comment Created Container ContainerConfig DockerVersion Author Config Architecture Os Size VirtualSize GraphDriver RootFS Metadata'.split(
        ' ',
      ),
    );
    // Real has no ExposedPorts (omitempty) because the stand-in does not EXPOSE.
    expect(Object.keys(json.Config!)).toEqual(
      'Hostname Domainname User AttachStdin AttachStdout AttachStderr ExposedPorts Tty OpenStdin StdinOnce Env Cmd Image Volumes WorkingDir Entrypoint OnBuild Labels'.split(
        ' ',
      ),
    );
    expect(json.Config!.Labels).toBeNull();
  });
});
