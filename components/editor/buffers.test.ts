import { describe, expect, it } from 'vitest';
import { scenarios, startExercise } from '@/lib/exercises';
import { isModified, loadAll, refreshed } from './buffers';

const namedVolume = scenarios.find((s) => s.id === 'named-volume')!;
const FILE = '/home/learner/diamol/ch06/exercises/volume-image/Dockerfile';
const START = 'FROM diamol/base\nCMD ["ls", "/data"]\n';

describe('editor buffers', () => {
  it('follow the host while unmodified, and keep the reader’s edits otherwise', async () => {
    const machine = await startExercise(namedVolume);
    const buffers = loadAll(machine, [FILE]);
    expect(buffers[FILE]).toMatchObject({ text: START, saved: START, version: 1 });
    expect(refreshed(machine, buffers, [FILE])).toBe(buffers); // nothing changed

    await machine.exec("echo 'VOLUME /data' >> ch06/exercises/volume-image/Dockerfile");
    const followed = refreshed(machine, buffers, [FILE]);
    expect(followed[FILE]).toMatchObject({ text: `${START}VOLUME /data\n`, version: 2 });
    expect(isModified(followed[FILE])).toBe(false);

    const edited = { [FILE]: { ...followed[FILE]!, text: 'FROM scratch\n' } };
    expect(isModified(edited[FILE])).toBe(true);
    await machine.exec('echo again >> ch06/exercises/volume-image/Dockerfile');
    expect(refreshed(machine, edited, [FILE])).toBe(edited);
  });

  it('reload from a new machine, dropping edits, with a new version', async () => {
    const first = await startExercise(namedVolume);
    const edited = loadAll(first, [FILE]);
    const buffers = { [FILE]: { ...edited[FILE]!, text: 'unsaved' } };
    const second = await startExercise(namedVolume);
    const reloaded = loadAll(second, [FILE], buffers);
    expect(reloaded[FILE]).toMatchObject({ text: START, saved: START, version: 2 });
  });
});
