import { describe, expect, it } from 'vitest';
import { createMachine } from '../../../machine';

/**
 * publish= and expose= as Docker with a bridge network applies them (the oracle's daemon runs
 * with --bridge=none and publishes nothing, so filters.cmds marks these sim-differs).
 */
describe('docker ps --filter publish= / expose=', () => {
  it('matches the host port published, and the container ports exposed', async () => {
    const m = createMachine({ seed: 9 });
    await m.exec('docker run -d --name pub -p 8088:80 diamol/base sleep 3600');
    await m.exec('docker run -d --name plain diamol/base sleep 3600');
    const names = async (filter: string) =>
      (await m.exec(`docker ps --filter ${filter} --format '{{.Names}}'`)).stdout;
    expect(await names('publish=8088')).toBe('pub\n');
    expect(await names('publish=8088/tcp')).toBe('pub\n');
    expect(await names('publish=8088/udp')).toBe('');
    expect(await names('publish=80')).toBe('');
    expect(await names('expose=80')).toBe('pub\n');
    expect(await names('expose=8088')).toBe('');
    expect(await names('health=none')).toBe('plain\npub\n');
  });
});
