/**
 * `docker login` and `docker logout`: the sandbox has no network, so a login answers as a real
 * daemon without one does (transcript: fixtures/registry-offline.docker.transcript).
 */
import { bool, str } from '../flags';
import type { Subcommand } from '../types';
import { stdinIsTerminal } from './console';
import { NO_NETWORK } from './push';

export const login: Subcommand = {
  path: 'login',
  aliases: ['login'],
  summary: 'Authenticate to a registry',
  usage: '[OPTIONS] [SERVER]',
  flags: [
    { name: 'username', short: 'u', type: 'string' },
    { name: 'password', short: 'p', type: 'string' },
    { name: 'password-stdin', type: 'bool' },
  ],
  args: { max: 1 },
  run(d, flags, [server]) {
    const password = str(flags, 'password');
    const username = str(flags, 'username');
    if (password !== undefined)
      d.err.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    const haveSecret = password !== undefined || bool(flags, 'password-stdin');
    if (!(username !== undefined && haveSecret) && !stdinIsTerminal(d)) {
      d.err.write('Error: Cannot perform an interactive login from a non TTY device\n');
      return 1;
    }
    const host = server && server !== 'docker.io' ? server : 'registry-1.docker.io';
    d.err.write(`Error response from daemon: ${NO_NETWORK(`https://${host}/v2/`, host)}\n`);
    return 1;
  },
};

export const logout: Subcommand = {
  path: 'logout',
  aliases: ['logout'],
  summary: 'Log out from a registry',
  usage: '[SERVER]',
  flags: [],
  args: { max: 1 },
  run(d, _flags, [server]) {
    const name = server ?? 'https://index.docker.io/v1/';
    d.out.write(`Removing login credentials for ${name}\n`);
    return 0;
  },
};
