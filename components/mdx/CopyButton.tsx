'use client';

import { useEffect, useRef, useState } from 'react';

/** Copies the text of the enclosing `[data-code-block]`'s `<pre>` to the clipboard. */
export function CopyButton({ className }: { className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const pre = event.currentTarget.closest('[data-code-block]')?.querySelector('pre');
    const text = (pre?.textContent ?? '').replace(/\n$/, '');
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  }

  const label = state === 'copied' ? '복사됨' : state === 'failed' ? '복사 실패' : '복사';
  return (
    <button type="button" className={className} onClick={copy} aria-live="polite">
      {label}
    </button>
  );
}
