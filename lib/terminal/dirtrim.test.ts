import { describe, expect, it } from 'vitest';
import { dirtrim } from '../shell';
import { createPlaygroundTerminal } from './testing';

describe('PROMPT_DIRTRIM (recorded from bash 5.2: PS1=\'\\w\'; echo "${PS1@P}")', () => {
  it.each([
    ['~/diamol/ch06/exercises/volume-image', '2', '~/.../exercises/volume-image'],
    ['~/diamol/ch06/exercises', '2', '~/.../ch06/exercises'],
    ['~/diamol/ch06', '2', '~/diamol/ch06'],
    ['~', '2', '~'],
    ['/', '2', '/'],
    ['/tmp/dt/a/b/c', '2', '.../b/c'],
    ['/usr/local/share', '2', '.../local/share'],
    ['/ab/c/d', '2', '/ab/c/d'],
    ['~/a/b/c', '2', '~/a/b/c'],
    ['~/diamol/ch06/exercises/volume-image', '1', '~/.../volume-image'],
    ['~/diamol/ch06/exercises/volume-image', undefined, '~/diamol/ch06/exercises/volume-image'],
    ['~/diamol/ch06/exercises/volume-image', 'x', '~/diamol/ch06/exercises/volume-image'],
  ])('%s with PROMPT_DIRTRIM=%s is %s', (path, setting, shown) => {
    expect(dirtrim(path, setting)).toBe(shown);
  });

  it("is 2 in the playground's host bash only", async () => {
    const io = { columns: () => 80, write: () => {} };
    const { machine } = createPlaygroundTerminal(io, { seed: 1, setTimer: setTimeout });
    await machine.host.run(
      'mkdir -p ch06/exercises/volume-image && cd ch06/exercises/volume-image',
      { stdout: io, stderr: io },
    );
    expect(machine.host.prompt()).toBe('learner@host:~/.../exercises/volume-image$ ');
  });
});
