/**
 * What only the host's LiveFs does: its view is rebuilt from the engine on every call, so volumes
 * come and go under a view the shell made long before (the POSIX suite itself runs in
 * lib/fs/fs-behaviour.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { errnoOf } from '../fs/testing';
import { machineHost } from './live-fs.testing';

const DATA = '/var/lib/docker/volumes/v1/_data';

describe('LiveFs: the host while volumes come and go', () => {
  it("serves a volume created after the learner's view was made, and forgets it when removed", async () => {
    const { fs, machine } = machineHost();
    const learner = fs.as({ uid: 1000, gid: 1000 });
    expect(learner.exists(DATA)).toBe(false);
    await machine.exec('docker volume create v1');
    fs.writeFile(`${DATA}/f`, 'in the volume');
    expect(learner.readTextFile(`${DATA}/f`)).toBe('in the volume');
    expect(machine.engine.volumes.get('v1').data.readTextFile('/f')).toBe('in the volume');
    expect(errnoOf(() => fs.rename(`${DATA}/f`, '/tmp/f'))).toBe('EXDEV');
    expect(errnoOf(() => fs.rmdir(DATA))).toBe('EBUSY');
    await machine.exec('docker volume rm v1');
    // The local driver removes the volume's folder (os.RemoveAll of volumes/v1): `ls` of a path
    // the learner kept says No such file or directory, not an empty folder.
    expect(errnoOf(() => learner.readdir(DATA))).toBe('ENOENT');
    expect(fs.exists('/var/lib/docker/volumes/v1')).toBe(false);
    expect(fs.readdir('/var/lib/docker/volumes')).toEqual([]);
  });

  it('follows an absolute symlink into a mount across, as Linux does (docs/semantics.md#m37-symlinks-cross-mounts)', async () => {
    const { fs, machine } = machineHost();
    await machine.exec('docker volume create v1');
    fs.writeFile(`${DATA}/f`, 'f');
    fs.symlink(DATA, '/tmp/data');
    expect(fs.readTextFile('/tmp/data/f')).toBe('f');
    expect(fs.readdir('/tmp/data')).toEqual(['f']);
    expect(fs.lstat('/tmp/data').kind).toBe('symlink');
    fs.writeFile('/tmp/data/g', 'g');
    expect(fs.readTextFile(`${DATA}/g`)).toBe('g');
  });
});
