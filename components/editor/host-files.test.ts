import { describe, expect, it } from 'vitest';
import { scenarios, startExercise } from '@/lib/exercises';
import { displayPath, readHostFile, writeHostFile } from './host-files';

const unionLayers = scenarios.find((s) => s.id === 'union-layers')!;
const DIR = '/home/learner/diamol/ch06/exercises/layers';

describe('the editor on the host filesystem', () => {
  it('reads a scenario file and writes it back as the learner', async () => {
    const machine = await startExercise(unionLayers);
    expect(readHostFile(machine, `${DIR}/a.txt`)).toEqual({
      text: 'a\n',
      missing: false,
      error: null,
    });
    expect(writeHostFile(machine, `${DIR}/a.txt`, 'edited\n')).toBeNull();
    const r = await machine.exec(
      'cat ch06/exercises/layers/a.txt; ls -l ch06/exercises/layers/a.txt',
    );
    expect(r.output).toMatch(/^edited\n-rw-r--r-- 1 learner learner 7 /);
  });

  it('opens a missing file empty and creates it with its folders on save', async () => {
    const machine = await startExercise(unionLayers);
    const path = `${DIR}/new/deeper/run.sh`;
    expect(readHostFile(machine, path)).toEqual({ text: '', missing: true, error: null });
    expect(writeHostFile(machine, path, 'echo hi\n')).toBeNull();
    const r = await machine.exec(
      'ls -ld ch06/exercises/layers/new/deeper; cat ch06/exercises/layers/new/deeper/run.sh',
    );
    expect(r.output).toMatch(
      /^drwxr-xr-x \d+ learner learner .* ch06\/exercises\/layers\/new\/deeper\necho hi\n$/,
    );
  });

  it('turns fs errors into Korean text and never throws', async () => {
    const machine = await startExercise(unionLayers);
    await machine.exec(
      'rm ch06/exercises/layers/notes.txt && mkdir ch06/exercises/layers/notes.txt',
    );
    expect(writeHostFile(machine, `${DIR}/notes.txt`, 'x')).toBe(
      '저장하지 못했습니다: ch06/exercises/layers/notes.txt: 디렉터리입니다 (Is a directory)',
    );
    expect(readHostFile(machine, `${DIR}/notes.txt`).error).toBe(
      '읽지 못했습니다: ch06/exercises/layers/notes.txt: 디렉터리입니다 (Is a directory)',
    );
    expect(writeHostFile(machine, `${DIR}/a.txt/b`, 'x')).toMatch(
      /^저장하지 못했습니다: ch06\/exercises\/layers\/a\.txt(\/b)?: 디렉터리가 아닙니다 \(Not a directory\)$/,
    );
    // The learner may not write where only root may.
    expect(writeHostFile(machine, '/etc/hostname', 'x')).toBe(
      '저장하지 못했습니다: /etc/hostname: 권한이 없습니다 (Permission denied)',
    );
  });

  it('names paths as the shell in ~/diamol does', () => {
    expect(displayPath(`${DIR}/Dockerfile`)).toBe('ch06/exercises/layers/Dockerfile');
    expect(displayPath('/etc/hostname')).toBe('/etc/hostname');
  });
});
