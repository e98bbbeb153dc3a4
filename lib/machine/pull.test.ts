import { describe, expect, it } from 'vitest';
import { createMachine, restoreMachine, snapshot } from '.';

/**
 * Pulls from the simulated Docker Hub: the lines only Docker Hub prints (the local-registry
 * recordings in lib/shell/docker/fixtures-registry cover the rest), and what stays behind.
 */
async function exec(line: string, m = createMachine()) {
  const { output, exitCode } = await m.exec(line);
  return { output, exitCode };
}

describe('docker pull from the simulated Docker Hub', () => {
  it('names library/ images as Docker Hub does and ends with the full reference', async () => {
    const { output, exitCode } = await exec('docker pull alpine');
    expect(exitCode).toBe(0);
    const lines = output.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Using default tag: latest',
      'latest: Pulling from library/alpine',
    ]);
    expect(lines.slice(-2)).toEqual([
      'Status: Downloaded newer image for alpine:latest',
      'docker.io/library/alpine:latest',
    ]);
  });

  it('denies an unknown repository and names an unknown tag', async () => {
    const m = createMachine();
    expect(await exec('docker pull nosuch', m)).toEqual({
      output:
        "Using default tag: latest\nError response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      exitCode: 1,
    });
    expect(await exec('docker pull alpine:9.9', m)).toEqual({
      output:
        'Error response from daemon: manifest for alpine:9.9 not found: manifest unknown: manifest unknown\n',
      exitCode: 1,
    });
    expect((await exec('docker run --rm nosuch', m)).output).toBe(
      "Unable to find image 'nosuch:latest' locally\ndocker: Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\nRun 'docker run --help' for more information\n",
    );
  });

  it('serves the book images too: removed, they come back on the next run', async () => {
    const m = createMachine();
    await exec('docker rmi diamol/ch06-file-display', m);
    const { output } = await exec('docker run --rm diamol/ch06-file-display', m);
    expect(output).toMatch(
      /^Unable to find image 'diamol\/ch06-file-display:latest' locally\nlatest: Pulling from diamol\/ch06-file-display\n[0-9a-f]{12}: Already exists\n/,
    );
    expect(output).toMatch(
      /\nhttps:\/\/www\.manning\.com\/books\/learn-docker-in-a-month-of-lunches\n$/,
    );
  });

  it('runs bash in ubuntu, with GNU tools', async () => {
    const { output } = await exec('docker run --rm ubuntu ls /nope');
    expect(output).toMatch(/\nls: cannot access '\/nope': No such file or directory\n$/);
  });

  it('keeps pulled images and their digests across a save and restore', async () => {
    const m = createMachine();
    await exec('docker pull -q nginx', m);
    const before = (await exec('docker images --digests nginx', m)).output;
    const restored = restoreMachine(JSON.parse(JSON.stringify(snapshot(m))));
    expect((await exec('docker images --digests nginx', restored)).output).toBe(before);
    expect(before).toMatch(/^nginx +latest +sha256:[0-9a-f]{64} +[0-9a-f]{12} /m);
  });
});
