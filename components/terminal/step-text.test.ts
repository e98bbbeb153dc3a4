import { describe, expect, it } from 'vitest';
import { DETACH_KEYS } from '@/lib/terminal/key-data';
import { stepText } from './step-text';

describe('a step in the command history', () => {
  it('shows a line as typed, an interrupted one with ^C, a detach and an editor save in words', () => {
    expect(stepText({ line: 'docker ps', depth: 2 })).toBe('docker ps');
    expect(stepText({ line: 'sleep 9', interrupted: true })).toBe('sleep 9  ^C');
    expect(stepText({ line: DETACH_KEYS, depth: 2 })).toBe(
      '(Ctrl-P Ctrl-Q: 컨테이너에서 빠져나옴)',
    );
    expect(stepText({ edit: 'ch06/Dockerfile', content: 'FROM x\n' })).toBe(
      '(편집기에서 저장) ch06/Dockerfile',
    );
  });
});
