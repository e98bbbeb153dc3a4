import { describe, expect, it } from 'vitest';
import { DaemonError } from '../errors';
import { setup } from './build.testing';
import { BuildError } from './state';

describe('build errors (texts and exit codes of the real daemon)', () => {
  it.each([
    [
      'FROM alpine:3.9\nRUN echo before; false\n',
      "The command '/bin/sh -c echo before; false' returned a non-zero code: 1",
      1,
    ],
    [
      'FROM alpine:3.9\nRUN exit 3\n',
      "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
      3,
    ],
    [
      'FROM alpine:3.9\nCOPY nope.txt .\n',
      'COPY failed: file not found in build context or excluded by .dockerignore: stat nope.txt: file does not exist',
      1,
    ],
    [
      'FROM alpine:3.9\nUSER nobody\nRUN id\n',
      'unable to find user nobody: no matching entries in passwd file',
      1,
    ],
    [
      'FROM alpine:3.9\nRUN ["nosuchcmd"]\n',
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown',
      1,
    ],
    [
      'FROM nosuchimage\n',
      "pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      1,
    ],
    [
      'FROM alpine:3.9\nCOPY --chown=nobody h /h\n',
      "unable to convert uid/gid chown string to host mapping: can't find uid for user nobody: no such user: nobody",
      1,
    ],
  ])('%j fails with the daemon text', async (dockerfile, message, exitCode) => {
    const error = await setup({ h: 'h\n' }).run(dockerfile);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).message).toBe(message);
    expect((error as BuildError).exitCode).toBe(exitCode);
  });

  it.each([
    ['', 'the Dockerfile (Dockerfile) cannot be empty'],
    ['RUN true\n', 'no build stage in current context'],
    ['FROM alpine:3.9\nENV\n', 'dockerfile parse error line 2: ENV requires at least one argument'],
  ])('%j is refused before any step', async (dockerfile, message) => {
    const { run, output } = setup({});
    const error = await run(dockerfile);
    expect(error).toBeInstanceOf(DaemonError);
    expect((error as DaemonError).message).toBe(message);
    expect(output()).toBe('');
  });

  it('builds FROM scratch (an empty ` ---> ` line, no base history row)', async () => {
    const { run, output } = setup({ h: 'h\n' });
    const image = (await run('FROM scratch\nCOPY h /h\n')) as { history: { createdBy: string }[] };
    expect(image.history.map((h) => h.createdBy)).toEqual([
      '/bin/sh -c #(nop) COPY file:243f92020f6b51276802355d96ea881324babffa5ac5acdbab6c69bb312a0827 in /h ',
    ]);
    expect(output()).toMatch(
      /^Step 1\/2 : FROM scratch\n ---> \nStep 2\/2 : COPY h \/h\n ---> <id>\n/,
    );
    const empty = await setup({}).run('FROM scratch\n');
    expect((empty as Error).message).toBe('No image was generated. Is your Dockerfile empty?');
  });
});
