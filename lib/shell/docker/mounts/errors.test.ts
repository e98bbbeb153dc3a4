/** Exact stderr bytes and exit codes recorded from the real CLI 28.2.2 (`| od -c`, `echo $?`). */
import { describe, expect, it } from 'vitest';
import { createMachine } from '../../../machine';
import { MountFlagError, mountErrorOutput, type RunInvocation } from './errors';
import { parseMountFlag } from './mount-flag';
import { parseVolumeFlag } from './volume-flag';

function errorOf(f: () => unknown): MountFlagError {
  try {
    f();
  } catch (e) {
    if (e instanceof MountFlagError) return e;
  }
  throw new Error('expected a MountFlagError');
}

const flagErr = errorOf(() => parseMountFlag('type=bind', '/'));
const cliErr = errorOf(() => parseVolumeFlag(':/x', '/'));

describe('mountErrorOutput', () => {
  it.each<[string, MountFlagError, RunInvocation, string, number]>([
    [
      'flag/run',
      flagErr,
      'run',
      'invalid argument "type=bind" for "--mount" flag: target is required\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information\n',
      125,
    ],
    [
      'flag/container run',
      flagErr,
      'container run',
      'invalid argument "type=bind" for "--mount" flag: target is required\n\nUsage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker container run --help\' for more information\n',
      125,
    ],
    [
      'flag/container create',
      flagErr,
      'container create',
      'invalid argument "type=bind" for "--mount" flag: target is required\n\nUsage:  docker container create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker container create --help\' for more information\n',
      125,
    ],
    [
      'cli/run',
      cliErr,
      'run',
      "docker: invalid spec: :/x: empty section between colons\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'cli/container run',
      cliErr,
      'container run',
      "docker: invalid spec: :/x: empty section between colons\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'cli/create',
      cliErr,
      'create',
      "docker: invalid spec: :/x: empty section between colons\n\nRun 'docker create --help' for more information\n",
      125,
    ],
    [
      'cli/container create',
      cliErr,
      'container create',
      "docker: invalid spec: :/x: empty section between colons\n\nRun 'docker create --help' for more information\n",
      125,
    ],
  ])('%s', (_, err, invocation, stderr, exitCode) => {
    expect(mountErrorOutput(err, invocation)).toEqual({ stderr, exitCode });
  });
});

/** The daemon's mount errors reach the learner through reportDaemonError, run or create. */
describe("a daemon's mount error, the whole way", () => {
  it.each<[RunInvocation, string, number]>([
    [
      'run',
      "docker: Error response from daemon: invalid volume specification: '/foo:ro'\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'container run',
      "docker: Error response from daemon: invalid volume specification: '/foo:ro'\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    ['create', "Error response from daemon: invalid volume specification: '/foo:ro'\n", 1],
    [
      'container create',
      "Error response from daemon: invalid volume specification: '/foo:ro'\n",
      1,
    ],
  ])('docker %s -v /foo:ro', async (invocation, stderr, exitCode) => {
    const s = createMachine({ seed: 1 });
    const r = await s.exec(`docker ${invocation} -v /foo:ro diamol/base true`);
    expect(r).toMatchObject({ stdout: '', stderr, exitCode });
  });
});

/**
 * moby 20.10: the daemon's validateHostConfig (--mount configs, --tmpfs) runs before it looks the
 * image up, registerMountPoints (-v, duplicates, volume names) after; so with an image missing,
 * only the first kind is reported before `No such image` (and before any pull).
 */
describe('a mount error or a missing image: which comes first', () => {
  const NO_IMAGE =
    "docker: Error response from daemon: No such image: nosuch:latest\n\nRun 'docker run --help' for more information\n";
  it.each<[string, string]>([
    [
      '--mount type=foo,dst=/x',
      'docker: Error response from daemon: invalid mount config for type "foo": mount type unknown\n\nRun \'docker run --help\' for more information\n',
    ],
    [
      '--tmpfs data',
      "docker: Error response from daemon: invalid mount path: 'data' mount path must be absolute\n\nRun 'docker run --help' for more information\n",
    ],
    ['-v /foo:ro', NO_IMAGE],
    ['-v v1:/data -v v2:/data', NO_IMAGE],
  ])('docker run --pull never %s nosuch', async (flags, stderr) => {
    const s = createMachine({ seed: 1 });
    const r = await s.exec(`docker run --pull never ${flags} nosuch true`);
    expect(r).toMatchObject({ stdout: '', stderr, exitCode: 125 });
  });
});

describe("the CLI's own errors come before any of the daemon's", () => {
  it('a bad -p is reported, not the --mount the daemon would refuse', async () => {
    const s = createMachine({ seed: 1 });
    const r = await s.exec('docker run --mount type=foo,dst=/x -p bogus diamol/base true');
    expect(r).toMatchObject({ stdout: '', exitCode: 125 });
    expect(r.stderr).toMatch(/^invalid argument "bogus" for "-p, --publish" flag: /);
  });
});
