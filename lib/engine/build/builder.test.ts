// Rule and exercise ids in test names are those of docs/semantics.md#m33-dockerfile-volume.
import { describe, expect, it } from 'vitest';
import { layerSize, UnionFs } from '../../fs';
import type { build } from './builder';
import { setup } from './build.testing';
const GREET = `FROM alpine:3.9
ARG GREETING=hi
ENV APP=/app \\
    NAME="my app"
ENV MODE prod
WORKDIR $APP
COPY hello.txt .
COPY sub ./sub/
RUN echo "$GREETING $NAME" > greet.txt && rm hello.txt
LABEL version="1.0" owner=me
EXPOSE 80 8080/udp
VOLUME $APP/data
RUN echo x > data/x.txt && ls data
CMD ["cat", "greet.txt"]
`;
const GREET_FILES = { 'hello.txt': 'hello\n', 'sub/': '', 'sub/a.txt': 'a\n' };

describe('build (classic builder)', () => {
  it('records the history text and layers the real daemon records', async () => {
    const { engine, run } = setup(GREET_FILES);
    const image = (await run(GREET, { tags: ['greet', 'greet:v1'] })) as Awaited<
      ReturnType<typeof build>
    >;
    expect(image.repoTags).toEqual(['greet:latest', 'greet:v1']);
    const rows = image.history.slice(1).map((h) => h.createdBy);
    // docker history --no-trunc --format '{{.CreatedBy}}' on the real daemon, oldest first
    expect(rows).toEqual([
      '/bin/sh -c #(nop)  ARG GREETING=hi',
      '/bin/sh -c #(nop)  ENV APP=/app NAME=my app',
      '/bin/sh -c #(nop)  ENV MODE=prod',
      '/bin/sh -c #(nop) WORKDIR /app',
      '/bin/sh -c #(nop) COPY file:c50ecf0f8081044924e199cfe6cfd18d0c9dd4d16be07790bb24f7088112b98e in . ',
      '/bin/sh -c #(nop) COPY dir:db5b18033d8f94701792a9d30ce1deb73fcac5844da139eb281f8317af98be24 in ./sub/ ',
      '|1 GREETING=hi /bin/sh -c echo "$GREETING $NAME" > greet.txt && rm hello.txt',
      '/bin/sh -c #(nop)  LABEL version=1.0 owner=me',
      '/bin/sh -c #(nop)  EXPOSE 80 8080/udp',
      '/bin/sh -c #(nop)  VOLUME [/app/data]',
      '|1 GREETING=hi /bin/sh -c echo x > data/x.txt && ls data',
      '/bin/sh -c #(nop)  CMD ["cat" "greet.txt"]',
    ]);
    // the real image has 6 layers: base, WORKDIR, 2 × COPY, RUN, RUN (the VOLUME mount point)
    expect(image.history.map((h) => h.emptyLayer)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(image.layers.slice(1).map((l) => layerSize(l))).toEqual([0, 6, 2, 10, 0]);
    expect(image.config).toMatchObject({
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'APP=/app',
        'NAME=my app',
        'MODE=prod',
      ],
      WorkingDir: '/app',
      Volumes: { '/app/data': {} },
      ExposedPorts: { '80/tcp': {}, '8080/udp': {} },
      Labels: { version: '1.0', owner: 'me' },
      Cmd: ['cat', 'greet.txt'],
      Entrypoint: null,
    });
    expect(engine.images.find('greet:v1')).toBe(image);
  });

  it('turns RUN rm into a whiteout and discards RUN changes under a VOLUME (M33)', async () => {
    const { run } = setup(GREET_FILES);
    const image = (await run(GREET)) as Awaited<ReturnType<typeof build>>;
    const rm = image.layers[4]!;
    expect(rm.get('/app/hello.txt')?.kind).toBe('whiteout');
    const fs = new UnionFs({ layers: image.layers });
    expect(fs.readdir('/app')).toEqual(['data', 'greet.txt', 'sub']);
    expect(fs.readTextFile('/app/greet.txt')).toBe('hi my app\n');
    expect(fs.readdir('/app/data')).toEqual([]);
  });

  it('streams the classic progress text; RUN output inline, stderr in red', async () => {
    const { run, output } = setup({ 'note.txt': 'note\n' });
    const multi = `# two stages
from alpine:3.9 as builder
run echo built > /out.txt && echo warning >&2
FROM diamol/base
COPY --from=builder /out.txt /result.txt
ADD note.txt /
ENTRYPOINT ["cat"]
`;
    const image = (await run(multi, { tags: ['multi'] })) as Awaited<ReturnType<typeof build>>;
    expect(output()).toBe(
      'Step 1/6 : from alpine:3.9 as builder\n ---> <id>\nStep 2/6 : run echo built > /out.txt && echo warning >&2\n ---> Running in <id>\n\x1b[91mwarning\n\x1b[0mRemoving intermediate container <id>\n ---> <id>\nStep 3/6 : FROM diamol/base\n ---> <id>\nStep 4/6 : COPY --from=builder /out.txt /result.txt\n ---> <id>\nStep 5/6 : ADD note.txt /\n ---> <id>\nStep 6/6 : ENTRYPOINT ["cat"]\n ---> Running in <id>\nRemoving intermediate container <id>\n ---> <id>\nSuccessfully built <id>\nSuccessfully tagged multi:latest\n',
    );
    expect(image.history.slice(1).map((h) => h.createdBy)).toEqual([
      '/bin/sh -c #(nop) COPY file:3f41dc334973c55d8b9d0463feb387b3eee2b7f381825155e7f85f452aa61c28 in /result.txt ',
      '/bin/sh -c #(nop) ADD file:ccb0ccb24e6cf82d84d282973f65a34bf418cdd700e548dbb56120f9d56cd2ff in / ',
      '/bin/sh -c #(nop)  ENTRYPOINT ["cat"]',
    ]);
    // ENTRYPOINT drops the base image's CMD unless this Dockerfile set one
    expect(image.config.Cmd).toBeNull();
  });

  it('passes --build-arg values to RUN and warns about unused ones', async () => {
    const { run, output } = setup(GREET_FILES);
    const image = (await run(GREET, {
      args: [
        ['GREETING', 'hey'],
        ['OTHER', '1'],
      ],
    })) as Awaited<ReturnType<typeof build>>;
    expect(image.history[7]!.createdBy).toBe(
      '|1 GREETING=hey /bin/sh -c echo "$GREETING $NAME" > greet.txt && rm hello.txt',
    );
    expect(new UnionFs({ layers: image.layers }).readTextFile('/app/greet.txt')).toBe(
      'hey my app\n',
    );
    expect(output()).toContain(
      '[Warning] One or more build-args [OTHER] were not consumed\nSuccessfully built',
    );
  });

  it('expands meta ARGs in FROM, ENV from the previous values, VOLUME JSON, COPY --chown', async () => {
    const { run, output } = setup({ 'h.txt': 'hi\n' });
    const dockerfile =
      'ARG BASE=alpine:3.9\nFROM $BASE\nCOPY --chown=1:2 h.txt /h.txt\nVOLUME ["/v1", "/v2"]\nENV A=1\nENV A=2 B=$A\n';
    const image = (await run(dockerfile)) as Awaited<ReturnType<typeof build>>;
    // the real daemon's history and progress for the same Dockerfile
    expect(image.history.slice(1).map((h) => h.createdBy)).toEqual([
      '/bin/sh -c #(nop) COPY --chown=1:2file:caa8a35d9d05f22286f0ca59bbce3b952bb1497e6b92d15036e6d88b36732ff7 in /h.txt ',
      '/bin/sh -c #(nop)  VOLUME [/v1 /v2]',
      '/bin/sh -c #(nop)  ENV A=1',
      '/bin/sh -c #(nop)  ENV A=2 B=1',
    ]);
    expect(output()).toMatch(
      /^Step 1\/6 : ARG BASE=alpine:3.9\nStep 2\/6 : FROM \$BASE\n ---> <id>\n/,
    );
    const fs = new UnionFs({ layers: image.layers });
    expect([fs.stat('/h.txt').uid, fs.stat('/h.txt').gid]).toEqual([1, 2]);
    expect(image.config.Volumes).toEqual({ '/v1': {}, '/v2': {} });
  });

  it('hashes `COPY . /ctx/` over what .dockerignore keeps, as the real daemon', async () => {
    const dockerfile = 'FROM alpine:3.9\nCOPY . /ctx/\nCMD ls -a /ctx\n';
    const { run } = setup({
      'keep.txt': 'keep\n',
      'secret.log': 'secret\n',
      '.dockerignore': '# logs\n*.log\n',
      Dockerfile: dockerfile,
    });
    const image = (await run(dockerfile)) as Awaited<ReturnType<typeof build>>;
    expect(image.history[1]!.createdBy).toBe(
      '/bin/sh -c #(nop) COPY dir:3660875b4fc24e7abe1544b95e65fe916d5f08400122509893638eb23af4a0cf in /ctx/ ',
    );
    expect(new UnionFs({ layers: image.layers }).readdir('/ctx')).toEqual([
      '.dockerignore',
      'Dockerfile',
      'keep.txt',
    ]);
  });

  it('leaves the last committed step of a failed build as a dangling image', async () => {
    const { engine, run } = setup({});
    const before = engine.images.all().length;
    await run('FROM alpine:3.9\nUSER nobody\nRUN id\n');
    const added = engine.images.all().slice(before);
    expect(added.map((i) => [i.repoTags, i.config.User])).toEqual([[[], 'nobody']]);
  });

  it('reuses steps built before on the same parent (` ---> Using cache`), unless --no-cache', async () => {
    const { run, reset, output } = setup({ 'h.txt': 'hi\n' });
    const dockerfile = 'FROM alpine:3.9\nENV A=1\nCOPY h.txt /\n';
    const first = (await run(dockerfile)) as { id: string };
    reset();
    const again = (await run(dockerfile, { tags: ['again'] })) as { id: string };
    expect(again.id).toBe(first.id);
    expect(output()).toBe(
      'Step 1/3 : FROM alpine:3.9\n ---> <id>\nStep 2/3 : ENV A=1\n ---> Using cache\n ---> <id>\nStep 3/3 : COPY h.txt /\n ---> Using cache\n ---> <id>\nSuccessfully built <id>\nSuccessfully tagged again:latest\n',
    );
    const fresh = (await run(dockerfile, { noCache: true })) as { id: string };
    expect(fresh.id).not.toBe(first.id);
  });
});
