import { describe, expect, it } from 'vitest';
import { createMachine } from '../machine';
import { machineStamp } from './fingerprint';

describe('machineStamp', () => {
  it('changes with a container, its writable layer, a volume or the host; not by reading', async () => {
    const s = createMachine();
    const stamps = [machineStamp(s.engine)];
    const step = async (line: string) => {
      await s.exec(line);
      stamps.push(machineStamp(s.engine));
    };
    await step('docker run --name box diamol/base sh -c "echo x > /f"');
    await step('docker volume create vol');
    // Not `-v v:/data`: one letter before ":" is a Windows drive to the CLI (an anonymous volume).
    await step('docker run --rm -v vol:/data diamol/base touch /data/y');
    await step('echo hi > note.txt');
    await step('docker rm box');
    expect(stamps.map((x, i) => stamps.indexOf(x) === i)).toEqual(stamps.map(() => true));
    const before = machineStamp(s.engine);
    await s.exec('cat note.txt; docker ps -a; docker volume ls; ls -l /var/lib/docker/volumes');
    expect(machineStamp(s.engine)).toBe(before);
  });
});
