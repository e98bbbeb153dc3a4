import { describe, expect, it } from 'vitest';
import { TreeWriter } from '../fs';
import { createMachine } from './machine';

/** The host's disk as JSON: any change to it shows. */
const disk = (m: ReturnType<typeof createMachine>) =>
  JSON.stringify(new TreeWriter().dir(m.engine.host.layer.root));

describe("the host's view of the disk", () => {
  it('is built once per set of volumes, not per command', async () => {
    const m = createMachine();
    const first = m.engine.hostView();
    await m.exec('ls / > /dev/null');
    expect(m.engine.hostView()).toBe(first);
    await m.exec('docker volume create data');
    const second = m.engine.hostView();
    expect(second).not.toBe(first);
    await m.exec('docker volume rm data');
    expect(m.engine.hostView()).not.toBe(second);
  });

  it('changes nothing when read: the volume folder is made when the volume is', async () => {
    const m = createMachine();
    await m.exec('docker volume create data');
    const before = disk(m);
    m.engine.hostView();
    m.engine.hostView().readdir('/');
    expect(disk(m)).toBe(before);
    expect(m.engine.host.exists('/var/lib/docker/volumes/data/_data')).toBe(true);
    expect((await m.exec('sudo ls /var/lib/docker/volumes')).stdout).toContain('data');
  });

  it("follows a learner's symlink into a volume's folder to the volume's files (docs/semantics.md#m37-symlinks-cross-mounts)", async () => {
    const m = createMachine();
    await m.exec('docker volume create v1');
    await m.exec('docker run --rm -v v1:/data diamol/base sh -c "echo hi > /data/f"');
    await m.exec('sudo ln -s /var/lib/docker/volumes/v1/_data ~/d');
    expect((await m.exec('sudo cat ~/d/f')).stdout).toBe('hi\n');
    expect((await m.exec('sudo ls ~/d/')).stdout).toBe('f\n');
    // written through the link, read in a container: one volume
    await m.exec('sudo sh -c "echo more >> ~learner/d/f"');
    const inside = await m.exec('docker run --rm -v v1:/data diamol/base cat /data/f');
    expect(inside.stdout).toBe('hi\nmore\n');
    // the link itself is still a link
    expect((await m.exec('readlink ~/d')).stdout).toBe('/var/lib/docker/volumes/v1/_data\n');
  });
});
