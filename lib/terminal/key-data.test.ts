import { describe, expect, it } from 'vitest';
import { parseKeys } from './keys';
import { echoLines, keyData, type KeyPress } from './key-data';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('key data for keys the live terminal did not see', () => {
  it.each([
    ['Enter', { kind: 'enter' }],
    ['Backspace', { kind: 'backspace' }],
    ['Tab', { kind: 'tab' }],
    ['Escape', { kind: 'escape' }],
    ['ArrowUp', { kind: 'seq', name: 'up' }],
    ['ArrowDown', { kind: 'seq', name: 'down' }],
    ['ArrowRight', { kind: 'seq', name: 'right' }],
    ['ArrowLeft', { kind: 'seq', name: 'left' }],
    ['Home', { kind: 'seq', name: 'home' }],
    ['End', { kind: 'seq', name: 'end' }],
    ['Delete', { kind: 'seq', name: 'delete' }],
  ])('%s is the key the line editor knows', (key, parsed) => {
    expect(parseKeys(keyData(press(key))!)).toEqual([parsed]);
  });

  it('turns Ctrl-letters into control characters, but leaves Ctrl-V to the browser', () => {
    expect(keyData(press('c', { ctrlKey: true }))).toBe('\x03');
    expect(keyData(press('U', { ctrlKey: true }))).toBe('\x15');
    expect(keyData(press('v', { ctrlKey: true }))).toBeNull();
    expect(keyData(press('1', { ctrlKey: true }))).toBeNull();
  });

  it('leaves text, IME keys and shortcuts to input events and the browser', () => {
    for (const key of ['a', '가', ' ', 'Process', 'Unidentified', 'Shift', 'F5'])
      expect(keyData(press(key)), key).toBeNull();
    expect(keyData(press('r', { metaKey: true }))).toBeNull();
    expect(keyData(press('ArrowLeft', { altKey: true }))).toBeNull();
  });

  it('echoes the lines typed so far', () => {
    expect(echoLines([], 'docker ps')).toEqual(['docker ps']);
    expect(echoLines(['docker ps'], '\x7f\x7fimage ls\x1b[D')).toEqual(['docker image ls']);
    expect(echoLines(['안녕'], '\x7f하')).toEqual(['안하']);
    expect(echoLines(['abc'], '\x15x\rls -l\r')).toEqual(['x', 'ls -l', '']);
  });
});
