import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../shell/sandbox';
import { restoreSandbox, snapshot } from '../shell/sandbox-state';
import {
  decodeShare,
  encodeShare,
  MAX_UNDO,
  PlaygroundHistory,
  readSaved,
  writeSaved,
} from './index';

async function run(s: Sandbox, history: PlaygroundHistory, line: string) {
  history.record(line, snapshot(s));
  return s.exec(line);
}

describe('undo, save and share', () => {
  it('undo brings back the machine as it was before the last command', async () => {
    let s = createSandbox({ seed: 5 });
    const history = new PlaygroundHistory();
    await run(s, history, 'docker run --name rn1 diamol/ch06-random-number');
    await run(s, history, 'docker rm rn1');
    expect((await s.exec('docker ps -aq')).stdout).toBe('');
    const undo = history.undo()!;
    expect(undo.line).toBe('docker rm rn1');
    s = restoreSandbox(undo.state);
    expect((await s.exec('docker ps -a --format "{{.Names}}"')).stdout).toBe('rn1\n');
    expect(history.timeline).toEqual(['docker run --name rn1 diamol/ch06-random-number']);
    s = restoreSandbox(history.undo()!.state);
    expect((await s.exec('docker ps -aq')).stdout).toBe('');
    expect(history.undo()).toBeNull();
  });

  it('keeps at most MAX_UNDO snapshots', async () => {
    const s = createSandbox();
    const history = new PlaygroundHistory();
    for (let i = 0; i < MAX_UNDO + 5; i++) await run(s, history, `echo ${i}`);
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(MAX_UNDO);
  });

  it('saves and reads back a playground; refuses corrupt, foreign and old saves with a notice', async () => {
    const s = createSandbox();
    await s.exec('docker volume create keep');
    const text = writeSaved('named-volume', ['docker volume create keep'], snapshot(s));
    const read = readSaved(text, 'named-volume');
    expect(read && 'saved' in read).toBe(true);
    if (!read || !('saved' in read)) return;
    const back = restoreSandbox(read.saved.state);
    expect((await back.exec('docker volume ls -q')).stdout).toBe('keep\n');
    expect(readSaved(null, 'x')).toBeNull();
    expect(readSaved('{nope', 'named-volume')).toEqual({
      notice: expect.stringContaining('읽을 수 없어'),
    });
    expect(readSaved(text, 'bind-mount')).toEqual({ notice: expect.stringContaining('다른 실습') });
    expect(readSaved(text.replace('"version":1', '"version":0'), 'named-volume')).toEqual({
      notice: expect.stringContaining('예전에 저장한'),
    });
  });

  it('a share link carries the saved playground in the fragment', async () => {
    const s = createSandbox();
    await s.exec('echo 안녕 > hello.txt');
    const text = writeSaved('bind-mount', ['echo 안녕 > hello.txt'], snapshot(s));
    const link = encodeShare(text);
    expect(link).toMatch(/^play=[A-Za-z0-9_-]+$/);
    expect(decodeShare(`#${link}`)).toBe(text);
    expect(decodeShare('#other=1')).toBeNull();
    expect(decodeShare('#play=%%%')).toBeNull();
  });
});
