import { describe, expect, it } from 'vitest';
import { REPO } from '@/lib/machine';
import type { Buffer, Buffers } from './buffers';
import { saveUnsaved } from './save-unsaved';

const buffer = (text: string, saved: string): Buffer => ({
  text,
  saved,
  missing: false,
  error: null,
  version: 1,
});
const a = `${REPO}/ch06/a.txt`;
const b = `${REPO}/ch06/b.txt`;
const c = '/etc/hosts';

describe('saving the modified tabs before a line runs', () => {
  it('writes only the modified files, in tab order, and names them', () => {
    const buffers: Buffers = {
      [a]: buffer('new', 'old'),
      [b]: buffer('same', 'same'),
      [c]: buffer('x', ''),
    };
    const writes: string[] = [];
    const notice = saveUnsaved([c, a, b], buffers, (path, text) => {
      writes.push(`${path}=${text}`);
      return null;
    });
    expect(writes).toEqual([`${c}=x`, `${a}=new`]);
    expect(notice).toEqual({
      error: false,
      text: '명령을 실행하기 전에 저장했습니다: /etc/hosts, ch06/a.txt',
    });
  });

  it('reports the errors (and only them) when a write fails; nothing modified: no notice', () => {
    const buffers: Buffers = { [a]: buffer('new', 'old'), [b]: buffer('new', 'old') };
    const notice = saveUnsaved([a, b], buffers, (path) => (path === b ? '권한 없음.' : null));
    expect(notice).toEqual({ error: true, text: '권한 없음.' });
    const clean: Buffers = { [a]: buffer('same', 'same') };
    expect(saveUnsaved([a, b], clean, () => 'never called')).toBeNull();
  });
});
