import { describe, expect, it } from 'vitest';
import { withGwa } from './describe';

describe('withGwa', () => {
  it('picks 과 after a final consonant as read aloud, 와 after a vowel', () => {
    expect(['레이어 1', '레이어 2', '레이어 3', '레이어 4', '레이어 10'].map(withGwa)).toEqual([
      '레이어 1과',
      '레이어 2와',
      '레이어 3과',
      '레이어 4와',
      '레이어 10과',
    ]);
    expect(withGwa('기록 가능 레이어')).toBe('기록 가능 레이어와');
    expect(withGwa('네트워크 공유')).toBe('네트워크 공유와');
    expect(withGwa('바인드 마운트')).toBe('바인드 마운트와');
    expect(withGwa('익명 볼륨')).toBe('익명 볼륨과');
    expect(withGwa('볼륨 todo-list')).toBe('볼륨 todo-list와');
  });
});
