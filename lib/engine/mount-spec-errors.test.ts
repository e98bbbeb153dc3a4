/** Exact stderr bytes and exit codes recorded from the real CLI 28.2.2 (`| od -c`, `echo $?`). */
import { describe, expect, it } from 'vitest';
import { parseMountFlag, parseVolumeFlag } from './mount-spec';
import { mountErrorOutput, type RunInvocation } from './mount-spec-errors';
import { MountSpecError } from './mount-spec.types';

function errorOf(f: () => unknown): MountSpecError {
  try {
    f();
  } catch (e) {
    if (e instanceof MountSpecError) return e;
  }
  throw new Error('expected a MountSpecError');
}

const flagErr = errorOf(() => parseMountFlag('type=bind', '/'));
const cliErr = errorOf(() => parseVolumeFlag(':/x', '/'));
const daemonErr = errorOf(() => parseVolumeFlag('/foo:ro', '/'));

describe('mountErrorOutput', () => {
  it.each<[string, MountSpecError, RunInvocation, string, number]>([
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
    [
      'daemon/run',
      daemonErr,
      'run',
      "docker: Error response from daemon: invalid volume specification: '/foo:ro'\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'daemon/container run',
      daemonErr,
      'container run',
      "docker: Error response from daemon: invalid volume specification: '/foo:ro'\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'daemon/create',
      daemonErr,
      'create',
      "Error response from daemon: invalid volume specification: '/foo:ro'\n",
      1,
    ],
    [
      'daemon/container create',
      daemonErr,
      'container create',
      "Error response from daemon: invalid volume specification: '/foo:ro'\n",
      1,
    ],
  ])('%s', (_, err, invocation, stderr, exitCode) => {
    expect(mountErrorOutput(err, invocation)).toEqual({ stderr, exitCode });
  });
});
